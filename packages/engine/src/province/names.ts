import { canonicalTones, toAscii, type ProvincePlugin } from "@cdsvn/core";

/** "tỉnh Hà Tĩnh", "Thành phố Hải Phòng", "TP. Hải Phòng" → the name without its unit word. */
export function stripUnit(name: string): string {
  return name.replace(/^(?:tỉnh|thành phố|tp\.?)\s+/iu, "").trim();
}

/** "Thanh Hoá", "hai phong", "TP. Hải Phòng" → "thanh-hoa", "hai-phong": the form ids are written in. */
function slug(name: string): string {
  return toAscii(stripUnit(name.trim())).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** The plugin for an id or any spelling of its province's name ("Thanh Hoá", "hai phong"), or null. */
export function findPlugin(idOrName: string, plugins: readonly ProvincePlugin[]): ProvincePlugin | null {
  const key = slug(idOrName);
  if (key === "") return null;
  return plugins.find((p) => p.meta.id === key || slug(p.meta.name) === key || p.meta.names.some((n) => slug(n) === key)) ?? null;
}

/** "tỉnh" or "thành phố", as plans write it before the name. */
export function unitWord(plugin: ProvincePlugin): string {
  return plugin.meta.kind === "thanh-pho" ? "thành phố" : "tỉnh";
}

/** A name with the tone marks of "oa", "oe", "uy" on one canonical vowel and single spaces, case kept. */
export function canonicalName(name: string): string {
  return canonicalTones(name.normalize("NFC")).replace(/\s+/g, " ").trim();
}
