import { checkPlugin } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { plugin } from "../src/index.ts";

describe("@cdsvn/plugin-nghe-an", () => {
  it("passes the conformance kit", () => {
    expect(checkPlugin(plugin)).toEqual([]);
  });
});
