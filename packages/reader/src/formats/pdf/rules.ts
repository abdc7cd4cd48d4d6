import { SNAP, type HRule, type VRule } from "./geometry.ts";

/** PDF.js operator numbers used here (OPS in pdf.js; stable across its 4.x and 5.x releases). */
const OP = { save: 10, restore: 11, transform: 12, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, constructPath: 91 } as const;
/** PDF.js path commands inside a constructPath (DrawOPS). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;
const PAINTS = new Set<number>([OP.stroke, OP.closeStroke, OP.fill, OP.eoFill, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: readonly number[]): Matrix => [
  n[0]! * m[0] + n[1]! * m[2], n[0]! * m[1] + n[1]! * m[3],
  n[2]! * m[0] + n[3]! * m[2], n[2]! * m[1] + n[3]! * m[3],
  n[4]! * m[0] + n[5]! * m[2] + m[4], n[4]! * m[1] + n[5]! * m[3] + m[5],
];

/** A segment or thin rectangle shorter than this is a tick or a dot, not a table border. */
const MIN_LENGTH = 4;
/** A filled rectangle thinner than this is a border line (Word draws some borders as filled bars). */
const MAX_BAR = 2.5;

/**
 * The straight horizontal and vertical lines a page paints (table borders), from PDF.js's operator
 * list: stroked segments, and filled rectangles thin enough to be lines. Curves and big filled
 * areas (shading, images) are ignored. At most `maxSegments` are read: a page drawing more is not
 * a page of a plan, and its tables are read without their borders.
 */
export function rulings(fnArray: ArrayLike<number>, argsArray: readonly unknown[], maxSegments: number): { h: HRule[]; v: VRule[] } {
  const h: HRule[] = [];
  const v: VRule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < fnArray.length && h.length + v.length < maxSegments; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    if (fn === OP.save) stack.push(ctm);
    else if (fn === OP.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OP.transform && args) ctm = multiply(ctm, args as number[]);
    else if (fn === OP.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0];
      if (Array.isArray(m) || ArrayBuffer.isView(m)) ctm = multiply(ctm, Array.from(m as ArrayLike<number>));
    } else if (fn === OP.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OP.constructPath && args) {
      const paint = args[0] as number;
      if (!PAINTS.has(paint)) continue;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      const filled = paint !== OP.stroke && paint !== OP.closeStroke;
      pathSegments(data, ctm, filled, h, v);
    }
  }
  return { h, v };
}

function pathSegments(data: ArrayLike<number>, m: Matrix, filled: boolean, h: HRule[], v: VRule[]): void {
  const at = (x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
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
