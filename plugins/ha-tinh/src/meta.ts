import type { PluginMeta } from "@cdsvn/core";

export const meta: PluginMeta = {
  id: "ha-tinh",
  name: "Hà Tĩnh",
  names: ["Hà Tĩnh", "tỉnh Hà Tĩnh", "Tỉnh Hà Tĩnh", "HÀ TĨNH"],
  kind: "tinh",
  code: "42",
  engine: "^0.1.0",
};
