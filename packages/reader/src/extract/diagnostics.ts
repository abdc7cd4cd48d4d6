import type { Diagnostic, Span } from "@cdsvn/core";

/** A `parse` diagnostic: something the extractor met and could not place. Never silence. */
export function parseDiagnostic(
  rule: string,
  messageId: string,
  message: string,
  span: Span | null,
  data?: Record<string, unknown>,
  severity: Diagnostic["severity"] = "warning",
): Diagnostic {
  return {
    ruleId: `parse/${rule}`, messageId, category: "parse", severity, message, span, line: null, path: null,
    ...(data ? { data } : {}),
  };
}
