// Type-checked by the tarball test against the published declarations (until @cdsvn/engine ships).
import { readFile } from "node:fs/promises";
import { check, genericRules } from "@cdsvn/checker";
import { EMPTY_KNOWLEDGE, type Diagnostic, type Plan, type ProvincePlugin } from "@cdsvn/core";
import haTinh from "@cdsvn/plugin-ha-tinh";
import { readPlan } from "@cdsvn/reader";

const bytes = new Uint8Array(await readFile("plan.txt"));
const { plan, tree }: { plan: Plan; tree: unknown } = await readPlan(bytes, { fileName: "plan.txt" });
const plugin: ProvincePlugin = haTinh;
const diagnostics: Diagnostic[] = check({ plan, rules: [...genericRules, ...plugin.rules], knowledge: EMPTY_KNOWLEDGE });
console.log(tree !== null, diagnostics.length);
