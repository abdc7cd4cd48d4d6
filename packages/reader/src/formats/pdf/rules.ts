import { SNAP, type HRule, type VRule } from "./geometry.ts";

/** PDF.js path commands inside a constructPath (DrawOPS). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** A segment or thin rectangle shorter than this is a tick or a dot, not a table border. */
const MIN_LENGTH = 4;
/** A filled rectangle thinner than this is a border line (Word draws some borders as filled bars). */
const MAX_BAR = 2.5;

/**
 * The straight horizontal and vertical lines of one painted path (table borders), in page space
 * through the matrix `m`: stroked segments, and filled rectangles thin enough to be lines. Curves
 * and big filled areas (shading, images) are ignored.
 */
export function pathSegments(data: ArrayLike<number>, m: readonly number[], filled: boolean, h: HRule[], v: VRule[]): void {
  const at = (x: number, y: number): [number, number] => [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
  let sub: [number, number][] = [];
  const flush = () => {
    if (sub.length < 2) { sub = []; return; }
    if (filled) {
      // A filled subpath: only a thin bar is a line (its long axis).
      const xs = sub.map((p) => p[0]);
      const ys = sub.map((p) => p[1]);
      const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
      if (y1 - y0 <= MAX_BAR && x1 - x0 >= MIN_LENGTH) h.push({ y: (y0 + y1) / 2, x0, x1 });
      else if (x1 - x0 <= MAX_BAR && y1 - y0 >= MIN_LENGTH) v.push({ x: (x0 + x1) / 2, y0, y1 });
    } else {
      for (let k = 1; k < sub.length; k++) segment(sub[k - 1]!, sub[k]!, h, v);
    }
    sub = [];
  };
  for (let i = 0; i < data.length;) {
    const cmd = data[i]!;
    if (cmd === DRAW.moveTo) { flush(); sub.push(at(data[i + 1]!, data[i + 2]!)); i += 3; }
    else if (cmd === DRAW.lineTo) { sub.push(at(data[i + 1]!, data[i + 2]!)); i += 3; }
    else if (cmd === DRAW.curveTo) { flush(); i += 7; }
    else if (cmd === DRAW.quadraticCurveTo) { flush(); i += 5; }
    else if (cmd === DRAW.closePath) { if (sub.length > 1) sub.push(sub[0]!); i += 1; }
    else break; // an encoding this code does not know: stop rather than misread
  }
  flush();
}

function segment(a: [number, number], b: [number, number], h: HRule[], v: VRule[]): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy <= SNAP / 2 && dx >= MIN_LENGTH) h.push({ y: (a[1] + b[1]) / 2, x0: Math.min(a[0], b[0]), x1: Math.max(a[0], b[0]) });
  else if (dx <= SNAP / 2 && dy >= MIN_LENGTH) v.push({ x: (a[0] + b[0]) / 2, y0: Math.min(a[1], b[1]), y1: Math.max(a[1], b[1]) });
}
