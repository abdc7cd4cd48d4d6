// Bundled by the tarball test with esbuild for the browser: fails on any Node built-in.
import { EMPTY_KNOWLEDGE } from "@cdsvn/core";
import { check, genericRules } from "@cdsvn/checker";
import { readPlan } from "@cdsvn/reader";
import haTinh from "@cdsvn/plugin-ha-tinh";

export async function review(bytes, fileName) {
  const { plan, tree } = await readPlan(bytes, { fileName });
  return check({ plan, tree, rules: [...genericRules, ...haTinh.rules], knowledge: EMPTY_KNOWLEDGE });
}
