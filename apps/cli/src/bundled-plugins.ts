import type { ProvincePlugin } from "@cdsvn/core";
import haTinh from "@cdsvn/plugin-ha-tinh";
import haiPhong from "@cdsvn/plugin-hai-phong";
import ngheAn from "@cdsvn/plugin-nghe-an";
import thanhHoa from "@cdsvn/plugin-thanh-hoa";

/**
 * The province plugins the CLI ships with and always loads, with the package each comes from (its rule
 * docs are read from there). Imported statically: nothing from disk or the network at run time. Plugins
 * named in a config or with `--plugin` come after them; one with the same id replaces a bundled one.
 */
export const BUNDLED: readonly { readonly plugin: ProvincePlugin; readonly packageName: string }[] = [
  { plugin: haTinh, packageName: "@cdsvn/plugin-ha-tinh" },
  { plugin: haiPhong, packageName: "@cdsvn/plugin-hai-phong" },
  { plugin: thanhHoa, packageName: "@cdsvn/plugin-thanh-hoa" },
  { plugin: ngheAn, packageName: "@cdsvn/plugin-nghe-an" },
];

export const BUNDLED_PLUGINS: readonly ProvincePlugin[] = BUNDLED.map((b) => b.plugin);
