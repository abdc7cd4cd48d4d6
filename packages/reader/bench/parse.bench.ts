/**
 * `pnpm bench` (turbo → the reader's `bench` script): the median time to read one ~40 KB plan,
 * in-process, through the whole readPlan (decode → tree → Plan) and through the front-end alone.
 * Uses a seed from ../shared when it exists, else the example plan repeated to 40 KB.
 * Target: a median under 5 ms per plan.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readDocument, readPlan } from "../src/read.ts";
import { ADVERSARIAL } from "../test/support/adversarial.ts";
import { textPlanTree, treeToDocx, treeToHtml } from "../test/support/convert.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");
const seeds = resolve(root, "../shared/seeds");

function plan(): { name: string; bytes: Uint8Array } {
  if (existsSync(seeds)) {
    const name = readdirSync(seeds).filter((f) => f.endsWith(".txt")).map((f) => ({ f, size: readFileSync(join(seeds, f)).length }))
      .sort((a, b) => Math.abs(a.size - 40_000) - Math.abs(b.size - 40_000))[0]?.f;
    if (name) return { name, bytes: new Uint8Array(readFileSync(join(seeds, name))) };
  }
  const examples = join(root, "examples");
  const name = readdirSync(examples).find((f) => f.endsWith(".txt"))!;
  const one = readFileSync(join(examples, name), "utf8");
  return { name: `${name} ×${Math.ceil(40_000 / one.length)}`, bytes: new TextEncoder().encode(one.repeat(Math.ceil(40_000 / one.length))) };
}

async function median(label: string, run: () => Promise<unknown>, iterations = 200): Promise<number> {
  for (let i = 0; i < 20; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(34)} median ${m.toFixed(2)} ms   p90 ${times[Math.floor(times.length * 0.9)]!.toFixed(2)} ms`);
  return m;
}

const { name, bytes } = plan();
console.log(`plan: ${name} (${(bytes.length / 1024).toFixed(1)} KB)`);
const tree = textPlanTree(bytes, name);
const docx = await treeToDocx(tree);
const html = new TextEncoder().encode(treeToHtml(tree));
const txt = await median("readPlan .txt (whole reader)", () => readPlan(bytes, { fileName: "plan.txt" }));
await median("readDocument .txt (front-end)", () => readDocument(bytes, { fileName: "plan.txt" }));
await median("readDocument .html (front-end)", () => readDocument(html, { fileName: "plan.html" }), 100);
await median("readDocument .docx (front-end)", () => readDocument(docx, { fileName: "plan.docx" }), 100);
await median("readPlan .html", () => readPlan(html, { fileName: "plan.html" }), 100);
await median("readPlan .docx", () => readPlan(docx, { fileName: "plan.docx" }), 100);
console.log(`target: median < 5 ms for a 40 KB plan — ${txt < 5 ? "met" : "NOT met"} (${txt.toFixed(2)} ms)`);

// Linear time: every regular expression meets 5 MB lines built to make backtracking explode
// (the robustness tests assert completion; the time is measured here). Target: each < 2 s.
let worst = { label: "", ms: 0 };
for (const ext of ["txt", "md", "html"] as const) {
  for (const [label, line] of ADVERSARIAL) {
    const t = performance.now();
    await readPlan(new TextEncoder().encode(line), { fileName: `adversarial.${ext}` });
    const ms = performance.now() - t;
    if (ms > worst.ms) worst = { label: `.${ext} ${label}`, ms };
  }
}
console.log(`adversarial 5 MB lines (${ADVERSARIAL.length} × txt/md/html): worst ${worst.ms.toFixed(0)} ms (${worst.label}) — target < 2000 ms ${worst.ms < 2000 ? "met" : "NOT met"}`);
