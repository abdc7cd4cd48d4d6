import type { ProvincePlugin } from "@cdsvn/core";
import { BUNDLED_PLUGINS } from "./bundled-plugins.ts";

/** The bundled province plugins (for commands that list data: frameworks, registry). */
export function loadPlugins(): readonly ProvincePlugin[] {
  return BUNDLED_PLUGINS;
}
