import type { PluginMeta } from "@cdsvn/core";

export const meta: PluginMeta = {
  id: "hai-phong",
  name: "Hải Phòng",
  names: ["Hải Phòng", "thành phố Hải Phòng", "Thành phố Hải Phòng", "TP. Hải Phòng", "TP Hải Phòng", "HẢI PHÒNG"],
  kind: "thanh-pho",
  // Hải Dương merged into Hải Phòng on 01/7/2025; merged communes may still cite its documents.
  formerNames: ["tỉnh Hải Dương", "Hải Dương"],
  code: "31",
  engine: "^0.1.0",
};
