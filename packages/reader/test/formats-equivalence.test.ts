import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readPlan } from "../src/read.ts";
import { textPlanTree, treeToDocx, treeToHtml } from "./support/convert.ts";
import { planShape } from "./support/plan-shape.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");
const examples = join(root, "examples");
const seeds = resolve(root, "../shared/seeds");

const shapeOf = async (bytes: Uint8Array, fileName: string) => {
  const { plan } = await readPlan(bytes, { fileName });
  return planShape(plan);
};

describe("the same plan as .txt, .docx and .html gives the same Plan (committed fixtures)", () => {
  const plans = readdirSync(examples).filter((f) => /\.(txt|md)$/.test(f));
  it("has example plans with committed .docx and .html versions", () => {
    expect(plans.length).toBeGreaterThan(0);
    for (const f of plans) {
      const stem = f.replace(/\.(txt|md)$/, "");
      expect(existsSync(join(examples, `${stem}.docx`)), `${stem}.docx`).toBe(true);
      expect(existsSync(join(examples, `${stem}.html`)), `${stem}.html`).toBe(true);
    }
  });
  for (const f of plans) {
    const stem = f.replace(/\.(txt|md)$/, "");
    it(`${stem}: .docx and .html equal .txt, field for field`, async () => {
      const text = await shapeOf(readFileSync(join(examples, f)), f);
      const docx = await shapeOf(readFileSync(join(examples, `${stem}.docx`)), `${stem}.docx`);
      const html = await shapeOf(readFileSync(join(examples, `${stem}.html`)), `${stem}.html`);
      expect(docx).toEqual(text);
      expect(html).toEqual(text);
    });
  }
});

describe.skipIf(!existsSync(seeds))("the five seeds, converted at test time, give the same Plan in every format", () => {
  const files = existsSync(seeds) ? readdirSync(seeds).filter((f) => /\.(txt|md)$/.test(f)) : [];
  for (const f of files) {
    it(f, async () => {
      const bytes = readFileSync(join(seeds, f));
      const tree = textPlanTree(bytes, f);
      const text = await shapeOf(bytes, f);
      const docx = await shapeOf(await treeToDocx(tree), f.replace(/\.\w+$/, ".docx"));
      const html = await shapeOf(new TextEncoder().encode(treeToHtml(tree)), f.replace(/\.\w+$/, ".html"));
      expect(docx).toEqual(text);
      expect(html).toEqual(text);
    }, 30_000);
  }
});
