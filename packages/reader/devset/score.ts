/**
 * Scores the reader on the development set (manifest.json): target F1 (comparator, value, unit of every
 * stated target) and each meta field, against expectations written by hand. Run from the repository:
 *   node packages/reader/devset/score.ts [--set NAME]
 * `--set NAME` scores only the documents of one collection (a held-out set is scored alone first, before
 * the reader is changed for it, so its score estimates how the reader does on texts it has never seen).
 * A development set, not a test: it reports, it asserts nothing.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readPlan } from "../src/index.ts";

interface Expect {
  readonly documentKind?: string;
  readonly documentNumber?: string | null;
  readonly issuedDate?: string | null;
  readonly planYear?: number | null;
  readonly unitName?: string | null;
  readonly targets?: readonly (readonly [string, number, string])[];
}
const here = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, "manifest.json"), "utf8")) as { documents: { file: string; set?: string; expect: Expect }[] };
const setAt = process.argv.indexOf("--set");
const onlySet = setAt >= 0 ? process.argv[setAt + 1] : undefined;
const documents = onlySet === undefined ? manifest.documents : manifest.documents.filter((d) => d.set === onlySet);
const META = ["documentKind", "documentNumber", "issuedDate", "planYear", "unitName"] as const;
const metaRight: Record<string, [number, number]> = Object.fromEntries(META.map((k) => [k, [0, 0]]));
let tp = 0, fp = 0, fn = 0;
for (const doc of documents) {
  const bytes = readFileSync(join(here, "texts", doc.file));
  let meta: Record<string, unknown> = {};
  let got: string[] = [];
  try {
    const { plan } = await readPlan(bytes, { fileName: doc.file });
    meta = plan.meta as Record<string, unknown>;
    got = plan.indicators.map((i) => `${i.target.comparator} ${i.target.value} ${i.target.unit}`);
  } catch (e) {
    meta = { error: String(e) };
  }
  const wrong: string[] = [];
  for (const k of META) {
    if (!(k in doc.expect)) continue;
    metaRight[k]![1]++;
    if (meta[k] === doc.expect[k]) metaRight[k]![0]++;
    else wrong.push(`${k}=${JSON.stringify(meta[k])} (want ${JSON.stringify(doc.expect[k])})`);
  }
  let line = `${doc.file.padEnd(28)} meta ${wrong.length === 0 ? "ok" : wrong.join(", ")}`;
  if (doc.expect.targets) {
    const want = doc.expect.targets.map(([c, v, u]) => `${c} ${v} ${u}`);
    const left = [...want];
    let hit = 0;
    for (const g of got) { const at = left.indexOf(g); if (at >= 0) { left.splice(at, 1); hit++; } }
    tp += hit; fp += got.length - hit; fn += want.length - hit;
    line += ` | targets ${hit}/${want.length}, ${got.length - hit} extra${got.length - hit ? ` (${got.filter((g) => !want.includes(g)).join("; ")})` : ""}${left.length ? ` missed: ${left.join("; ")}` : ""}`;
  }
  console.log(line);
}
const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn);
// No target stated and none found: nothing to score (an F1 of 0 would read as a failure).
if (tp + fp + fn === 0) console.log("\ntarget F1 n/a (no target stated, none found)");
else console.log(`\ntarget F1 ${(2 * p * r / Math.max(1e-9, p + r)).toFixed(3)} (precision ${p.toFixed(3)}, recall ${r.toFixed(3)}; ${tp} right, ${fp} extra, ${fn} missed)`);
for (const k of META) console.log(`${k.padEnd(15)} ${metaRight[k]![0]}/${metaRight[k]![1]}`);
