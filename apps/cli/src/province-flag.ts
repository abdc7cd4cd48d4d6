import { message, type Locale } from "@cdsvn/core";
import type { Engine } from "@cdsvn/engine";
import { UsageError } from "./errors.ts";
import { MERGED_INTO, VIETNAM_PROVINCES, provinceSlug } from "./provinces.ts";
import { closest } from "./suggest.ts";

/** `--province` as the engine should get it, and the stderr note to print once when it has no plugin. */
export interface ProvinceFlag {
  readonly id: string | null;
  readonly note: string | null;
}

/**
 * One rule for `--province` in every command (validate, compare, export): a loaded plugin's id or name
 * → that plugin; a province of Vietnam without a plugin → accepted, national checks only, with a note;
 * anything else → a usage error that suggests the closest ids.
 */
export function resolveProvinceFlag(value: string | null, engine: Engine, locale: Locale): ProvinceFlag | UsageError {
  if (value === null) return { id: null, note: null };
  const plugin = engine.findPlugin(value);
  if (plugin) return { id: plugin.meta.id, note: null };
  const slug = provinceSlug(value);
  if (VIETNAM_PROVINCES.includes(slug)) return { id: slug, note: message(locale, "cli.provinceWithoutPlugin", { id: slug }) };
  const pluginIds = engine.plugins.map((p) => p.meta.id);
  const successor = MERGED_INTO[slug];
  const near = closest(slug || value, [...new Set([...pluginIds, ...VIETNAM_PROVINCES])]);
  const candidates = successor ? [successor, ...near.filter((c) => c !== successor)].slice(0, 3) : near;
  const parts = [message(locale, "cli.unknownProvince", { value })];
  if (candidates.length > 0) parts.push(didYouMean(locale, candidates));
  else parts.push(message(locale, "cli.provincesWithPlugin", { ids: pluginIds.join(", ") }));
  return new UsageError({ message: parts.join("; ") });
}

/** "did you mean ha-tinh or ha-noi?" in the user's language; empty when there is nothing close. */
export function didYouMean(locale: Locale, candidates: readonly string[]): string {
  return candidates.length === 0 ? "" : message(locale, "cli.didYouMean", { candidates: candidates.join(` ${message(locale, "cli.or")} `) });
}
