import { PLAN_FACTS_VERSION, type PlanFacts, type Span } from "@cdsvn/core";
import { citationFacts } from "./citations.ts";
import { dutyFacts } from "./duties.ts";
import { figureStatements } from "./figures.ts";
import { outlineLines, outlineOf } from "./outline.ts";

/**
 * The document facts rules read, computed once from the NFC text the plan's spans point into.
 * `onFigureLimit` is told where the first figure past the limit (`FIGURE_LIMIT`) stands, if one is.
 */
export function extractFacts(text: string, onFigureLimit?: (dropped: Span) => void): PlanFacts {
  const lines = outlineLines(text);
  return {
    version: PLAN_FACTS_VERSION,
    text,
    outline: outlineOf(lines),
    figures: figureStatements(lines, onFigureLimit),
    citations: citationFacts(text),
    duties: dutyFacts(lines),
  };
}
