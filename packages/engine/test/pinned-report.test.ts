import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import haTinh from "@cdsvn/plugin-ha-tinh";
import haiPhong from "@cdsvn/plugin-hai-phong";
import ngheAn from "@cdsvn/plugin-nghe-an";
import thanhHoa from "@cdsvn/plugin-thanh-hoa";
import { describe, expect, it } from "vitest";
import { createEngine } from "../src/index.ts";

/**
 * The whole analysis of the example plan, pinned byte for byte: the report (plan, findings, comparison),
 * the tree and the province choice, in both languages. Speed work on the reader, the rules and the
 * comparison must leave it unchanged; a change of behaviour shows here as a diff to review, and is
 * accepted with `vitest -u` in the commit that means it.
 */
const root = resolve(import.meta.dirname, "../../..");
const engine = createEngine({ plugins: [haTinh, haiPhong, ngheAn, thanhHoa] });

describe("the example plan's analysis", () => {
  for (const file of ["xa-an-phu-2026.txt", "xa-an-phu-2026.docx"]) {
    for (const locale of ["vi", "en"] as const) {
      it(`${file}, ${locale}: unchanged`, async () => {
        const bytes = new Uint8Array(readFileSync(resolve(root, "examples", file)));
        const { report, tree, province } = await engine.analyzeDetailed({ bytes, fileName: file }, { compare: true, locale });
        const pinned = `${JSON.stringify({ report, province, tree }, null, 1)}\n`;
        await expect(pinned).toMatchFileSnapshot(`pinned/${file}.${locale}.json`);
      });
    }
  }
});
