// Types only: fflate loads when an Office file is written, so `cds parse` never loads a zip writer.
import type { Zippable } from "fflate";

/**
 * When a written file says it was made. Reproducible-builds convention first (SOURCE_DATE_EPOCH,
 * seconds), then a date the caller derives from the input (the plan's issue date), else 1980-01-01,
 * the earliest time a zip entry can hold. Never the clock: the same input gives the same bytes.
 */
export function documentTimestamp(fromInput?: Date | null): Date {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const epoch = env?.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d{1,12}$/.test(epoch.trim())) return clampToZip(new Date(Number(epoch.trim()) * 1000));
  if (fromInput && !Number.isNaN(fromInput.getTime())) return clampToZip(fromInput);
  return ZIP_EPOCH;
}

const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));
const ZIP_END = new Date(Date.UTC(2099, 11, 31));

function clampToZip(d: Date): Date {
  return d < ZIP_EPOCH ? ZIP_EPOCH : d > ZIP_END ? ZIP_END : d;
}

/** The latest ISO date ("2026-06-24", "2026-07", "2026") among the plans, as a UTC Date, or null. */
export function latestIsoDate(dates: ReadonlyArray<string | null | undefined>): Date | null {
  let best: Date | null = null;
  for (const iso of dates) {
    const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso) : null;
    if (!m) continue;
    const d = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
    if (!Number.isNaN(d.getTime()) && (best === null || d > best)) best = d;
  }
  return best;
}

/** The core-properties timestamps Office writers stamp with the clock. */
const CORE_DATES_RE = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;

/**
 * Rewrites an Office zip (docx, xlsx) so its bytes depend on its content only: every entry in the
 * same order with the same time, and the created/modified dates of docProps/core.xml set to `at`.
 * The writers stamp both with the clock, so two runs on one input would otherwise differ.
 */
export async function stabilizeZip(bytes: Uint8Array, at: Date): Promise<Uint8Array> {
  const { unzipSync, zipSync } = await import("fflate");
  const entries = unzipSync(bytes);
  const iso = `${at.toISOString().slice(0, 19)}Z`;
  // fflate writes an entry's time from the local-time fields of its Date; build one whose local
  // fields are `at`'s UTC fields, so the bytes do not depend on the machine's time zone either.
  const mtime = new Date(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds());
  const files: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    const content = name === "docProps/core.xml" ? new TextEncoder().encode(new TextDecoder().decode(data).replace(CORE_DATES_RE, `$1${iso}$2`)) : data;
    files[name] = [content, { mtime, level: 6 }];
  }
  return zipSync(files, { mtime });
}
