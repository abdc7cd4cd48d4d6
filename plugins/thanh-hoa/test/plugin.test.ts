import { checkPlugin } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { plugin } from "../src/index.ts";

describe("@cdsvn/plugin-thanh-hoa", () => {
  it("passes the conformance kit", () => {
    expect(checkPlugin(plugin)).toEqual([]);
  });
  it("knows both tone placements of the name", () => {
    expect(plugin.meta.names).toEqual(expect.arrayContaining(["Thanh Hóa", "Thanh Hoá"]));
  });
});
