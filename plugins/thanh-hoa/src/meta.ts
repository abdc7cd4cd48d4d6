import type { PluginMeta } from "@cdsvn/core";

export const meta: PluginMeta = {
  id: "thanh-hoa",
  name: "Thanh Hóa",
  // Both tone placements are in use ("Thanh Hoá" in many commune plans).
  names: ["Thanh Hóa", "Thanh Hoá", "tỉnh Thanh Hóa", "tỉnh Thanh Hoá", "THANH HÓA", "THANH HOÁ"],
  kind: "tinh",
  code: "38",
  engine: "^0.1.0",
};
