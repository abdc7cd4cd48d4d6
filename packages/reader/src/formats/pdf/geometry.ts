/**
 * What the PDF front-end works with: text pieces and ruling lines in page space (PDF points,
 * origin bottom-left, y up), as PDF.js reports them.
 */

/** A run of text PDF.js drew in one go: its left baseline point, advance width and font size. */
export interface Piece {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
  /** The PDF font resource it was drawn with (a writer that subsets fonts draws one line in several). */
  readonly font?: string;
}

/** A horizontal ruling (table border) from x0 to x1 at y. */
export interface HRule { readonly y: number; readonly x0: number; readonly x1: number }
/** A vertical ruling at x from y0 (bottom) to y1 (top). */
export interface VRule { readonly x: number; readonly y0: number; readonly y1: number }

export type Box = readonly [x0: number, y0: number, x1: number, y1: number];

/** A page as the layout step needs it. */
export interface PageContent {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly pieces: readonly Piece[];
  readonly hRules: readonly HRule[];
  readonly vRules: readonly VRule[];
}

/** Two coordinates closer than this (points) are the same line or edge: half a pen width and a rounding. */
export const SNAP = 1.5;

/** Groups sorted numbers whose neighbours are within `tolerance` into one value (their mean). */
export function cluster(values: readonly number[], tolerance = SNAP): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[group.length - 1]! > tolerance) {
      out.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) out.push(group.reduce((a, b) => a + b, 0) / group.length);
  return out;
}
