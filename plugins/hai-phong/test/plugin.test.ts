import { checkPlugin } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { plugin } from "../src/index.ts";
import { CITY_TABLE_2026 } from "../src/frameworks.ts";

describe("@cdsvn/plugin-hai-phong", () => {
  it("passes the conformance kit", () => {
    expect(checkPlugin(plugin)).toEqual([]);
  });
  it("has the 18 items of the city's 2026 commune table", () => {
    expect(CITY_TABLE_2026).toHaveLength(18);
  });
});
