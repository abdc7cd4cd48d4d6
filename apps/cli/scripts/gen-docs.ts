/**
 * Generates the docs that are derived from code (JSON Schemas, and catalogues as packages add
 * them) into docs/. With --check, writes nothing and exits 1 when a checked-in file is stale, so
 * CI catches a schema or catalogue that no longer matches the code.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ruleIndex } from "./docs-rule-index.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const check = process.argv.includes("--check");

// The generic rules' index is generated from the rule folders and imported by everything below, so it is
// written (or checked) before the checker is loaded: a new rule folder cannot leave the import broken.
const [indexPath, indexContent] = ruleIndex(root);
if (!check && readOrNull(join(root, indexPath)) !== indexContent) {
  writeFileSync(join(root, indexPath), indexContent);
  console.error(`docs: wrote ${indexPath}`);
}
const { renderRuleIndex, renderRulePage, rulePageName } = await import("@cdsvn/checker");
const { jsonSchemas } = await import("@cdsvn/core");
const { ruleCatalogue } = await import("../src/rule-docs.ts");
const { frameworkDocs } = await import("./docs-frameworks.ts");
const { provinceDocs } = await import("./docs-provinces.ts");

function readOrNull(abs: string): string | null {
  try { return readFileSync(abs, "utf8"); } catch { return null; }
}

/** Every generated file: path relative to the repo root → content. Add generators here. */
function generated(): Map<string, string> {
  const files = new Map<string, string>();
  files.set(indexPath, indexContent);
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    files.set(`docs/schemas/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  }
  // The rule catalogue: an index and one page per rule (generic and plugin rules), from meta + doc.md.
  const rules = ruleCatalogue();
  files.set("docs/rules/README.md", renderRuleIndex(rules));
  for (const entry of rules) files.set(`docs/rules/${rulePageName(entry.rule.meta.id)}`, renderRulePage(entry));
  for (const [path, content] of frameworkDocs()) files.set(path, content);
  for (const [path, content] of provinceDocs()) files.set(path, content);
  return files;
}

let stale = 0;
for (const [path, content] of generated()) {
  const abs = join(root, path);
  let current: string | null = null;
  try { current = readFileSync(abs, "utf8"); } catch { current = null; }
  if (current === content) continue;
  if (check) {
    console.error(`docs: ${path} is out of date; run: pnpm docs:gen`);
    stale++;
  } else {
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    console.error(`docs: wrote ${path}`);
  }
}
if (stale > 0) process.exitCode = 1;
