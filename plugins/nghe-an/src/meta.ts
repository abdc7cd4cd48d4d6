import type { PluginMeta } from "@cdsvn/core";

export const meta: PluginMeta = {
  id: "nghe-an",
  name: "Nghệ An",
  names: ["Nghệ An", "tỉnh Nghệ An", "Tỉnh Nghệ An", "NGHỆ AN"],
  kind: "tinh",
  code: "40",
  engine: "^0.1.0",
};
