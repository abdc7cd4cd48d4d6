import { message, type Diagnostic, type MessageId, type Span } from "@cdsvn/core";

/** The id of a reader's note: a `parse.*` entry of core's catalogue without its prefix. */
export type ParseMessageId = MessageId extends infer Id ? (Id extends `parse.${infer K}` ? K : never) : never;

/**
 * A `parse` diagnostic: something the extractor met and could not place. Never silence. Its words come
 * from core's catalogue (`parse.<messageId>`, filled from `data`), in Vietnamese; the engine words it
 * again in the run's language from the same entry and data.
 */
export function parseDiagnostic(
  rule: string,
  messageId: ParseMessageId,
  span: Span | null,
  data: Record<string, unknown>,
  severity: Diagnostic["severity"] = "warning",
): Diagnostic {
  return {
    ruleId: `parse/${rule}`, messageId, category: "parse", severity, message: message("vi", `parse.${messageId}`, data), span, line: null, path: null,
    data,
  };
}
