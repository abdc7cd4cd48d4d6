import { z } from "zod";
import { Plan } from "./model/plan.ts";
import { Report } from "./model/report.ts";
import { Config } from "./rule/contract.ts";
import { FrameworkFile } from "./framework/file.ts";
import { LegalDocument } from "./framework/model.ts";

const SCHEMA_BASE = "https://cdsvn.github.io/cds/schemas";

/**
 * The JSON Schemas published under docs/schemas, generated from the zod model so they cannot drift:
 * CI regenerates them and fails when the checked-in files differ.
 */
export function jsonSchemas(): Record<string, unknown> {
  const make = (schema: z.ZodType, name: string) => ({
    $id: `${SCHEMA_BASE}/${name}`,
    ...z.toJSONSchema(schema, { target: "draft-2020-12", io: "output", unrepresentable: "any" }),
  });
  return {
    "plan.schema.json": make(Plan, "plan.schema.json"),
    "report.schema.json": make(Report, "report.schema.json"),
    "config.schema.json": make(Config, "config.schema.json"),
    "framework.schema.json": make(FrameworkFile, "framework.schema.json"),
    "legal-document.schema.json": make(LegalDocument, "legal-document.schema.json"),
  };
}
