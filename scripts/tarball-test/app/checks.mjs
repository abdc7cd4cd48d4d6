// Runs inside the temporary project the tarball test installs: the library as an app uses it.
// Through @cdsvn/engine when it is published (CDS_HAS_ENGINE=1), else @cdsvn/reader + @cdsvn/checker.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { EMPTY_KNOWLEDGE, checkPlugin } from "@cdsvn/core";
import outside from "cds-plugin-quang-ninh-fixture";

assert.deepEqual(checkPlugin(outside), [], "the outside plugin passes the conformance kit");

if (process.env.CDS_HAS_ENGINE) {
  const { createEngine } = await import("@cdsvn/engine");
  const haTinh = (await import("@cdsvn/plugin-ha-tinh")).default;
  const engine = createEngine({ plugins: [haTinh, outside] });
  for (const fileName of ["plan.txt", "plan.docx", "plan.pdf"]) {
    const report = await engine.analyze({ bytes: new Uint8Array(await readFile(fileName)), fileName }, { compare: true, province: "ha-tinh", year: 2026 });
    assert.equal(report.plan.meta.planYear, 2026, `${fileName}: plan year`);
    assert.ok(Array.isArray(report.diagnostics), `${fileName}: diagnostics`);
  }
  const withOutside = await engine.analyze({ bytes: new Uint8Array(await readFile("plan.txt")), fileName: "plan.txt" }, { province: "quang-ninh" });
  assert.ok(withOutside.diagnostics.some((d) => d.ruleId === "quang-ninh/fixture-plan-seen"), "the outside plugin's rule ran");
} else {
  const { readPlan } = await import("@cdsvn/reader");
  const { check, genericRules } = await import("@cdsvn/checker");
  for (const fileName of ["plan.txt", "plan.docx", "plan.pdf"]) {
    const { plan, tree } = await readPlan(new Uint8Array(await readFile(fileName)), { fileName });
    assert.equal(plan.meta.planYear, 2026, `${fileName}: plan year`);
    const diagnostics = check({ plan, tree, rules: [...genericRules, ...outside.rules], knowledge: EMPTY_KNOWLEDGE });
    assert.ok(diagnostics.some((d) => d.ruleId === "quang-ninh/fixture-plan-seen"), `${fileName}: the outside plugin's rule ran`);
  }
}
console.log("library checks passed");
