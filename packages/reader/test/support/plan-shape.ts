/**
 * A plan with everything that says *where* rather than *what* taken out: spans (offsets into the
 * format's own text), the source block (file, format, text length); and in text values the
 * whitespace, whose line breaks follow the layout of each format; and the document facts (`facts`), read
 * from the text's lines, which follow the layout too. What remains must be equal across formats.
 */
export function planShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(planShape);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "span" || k.endsWith("Span") || k === "source" || k === "facts" || k === "line" || k === "column") continue;
    out[k] = typeof v === "string" ? v.replace(/\s+/g, " ").trim() : planShape(v);
  }
  return out;
}
