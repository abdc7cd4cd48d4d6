import { cluster, SNAP, type Box, type HRule, type Piece, type VRule } from "./geometry.ts";

/** A table found from its borders: column edges (left → right), row edges (top → bottom), and its cells. */
export interface RuledTable {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly box: Box;
  /** Cells by the row they start in: a merged cell appears once, with its spans. */
  readonly rows: LatticeCell[][];
}

export interface LatticeCell {
  readonly row: number;
  readonly col: number;
  readonly colSpan: number;
  readonly rowSpan: number;
  readonly box: Box;
  /** The pieces printed inside the cell. */
  readonly pieces: Piece[];
}

/**
 * Parallel borders this close (points) are one edge: a double line, or the separate borders of
 * neighbouring cells that a browser prints (HTML's default `border-collapse: separate` draws each
 * cell's own box, 1.5 pt apart). No column or row of a table is this narrow.
 */
const DOUBLE = 3.5;

/** Tables bigger than this (grid rows × columns) are not laid out: their text is read as lines. */
const MAX_ATOMS = 20_000;

/**
 * Tables from their ruling lines (the way a reader sees a bordered table): connected horizontal
 * and vertical borders make one table; its distinct border positions are the column and row
 * edges, stable down the page whatever the text does; a missing border between two grid cells
 * means they are one merged cell. Pieces are placed in the cell that holds their middle.
 */
export function ruledTables(hRules: readonly HRule[], vRules: readonly VRule[]): RuledTable[] {
  const h = mergeH(hRules);
  const v = mergeV(vRules);
  if (h.length < 2 || v.length < 2) return [];
  // Connected components of borders: a vertical touches a horizontal when they cross or meet.
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const touch = (a: HRule, b: VRule) => b.x >= a.x0 - DOUBLE && b.x <= a.x1 + DOUBLE && a.y >= b.y0 - DOUBLE && a.y <= b.y1 + DOUBLE;
  // Sorted by x, each horizontal meets only the verticals inside its extent: near-linear for real pages.
  const vByX = v.map((r, i) => ({ r, i })).sort((a, b) => a.r.x - b.r.x);
  h.forEach((hr, hi) => {
    let lo = 0, hi2 = vByX.length;
    while (lo < hi2) { const mid = (lo + hi2) >> 1; if (vByX[mid]!.r.x < hr.x0 - DOUBLE) lo = mid + 1; else hi2 = mid; }
    for (let k = lo; k < vByX.length && vByX[k]!.r.x <= hr.x1 + DOUBLE; k++) {
      if (touch(hr, vByX[k]!.r)) parent[find(hi)] = find(h.length + vByX[k]!.i);
    }
  });
  const groups = new Map<number, { h: HRule[]; v: VRule[] }>();
  h.forEach((r, i) => { const g = groups.get(find(i)) ?? { h: [], v: [] }; g.h.push(r); groups.set(find(i), g); });
  v.forEach((r, i) => { const g = groups.get(find(h.length + i)) ?? { h: [], v: [] }; g.v.push(r); groups.set(find(h.length + i), g); });
  const tables: RuledTable[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const t = grid(g.h, g.v);
    if (t) tables.push(t);
  }
  return tables.sort((a, b) => b.box[3] - a.box[3]);
}

function grid(h: readonly HRule[], v: readonly VRule[]): RuledTable | null {
  const xs = cluster(v.map((r) => r.x), DOUBLE);
  const ys = cluster(h.map((r) => r.y), DOUBLE).reverse();
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  if (cols < 1 || rows < 1 || cols * rows > MAX_ATOMS) return null;
  // One column is a frame around text (or rules between paragraphs), not a table: its lines are
  // read as running text, where a table without inner borders is found by its gutters.
  if (cols === 1) return null;
  // An edge is the mean of the borders clustered into it: each of them lies within DOUBLE / 2 of it.
  const near = DOUBLE / 2 + SNAP / 2;
  // The borders lying on each column edge and on each row edge, found once (not once per grid cell).
  const vOn = xs.map((x) => v.filter((r) => Math.abs(r.x - x) <= near));
  const hOn = ys.map((y) => h.filter((r) => Math.abs(r.y - y) <= near));
  const hasV = (c: number, yTop: number, yBottom: number) => {
    const mid = (yTop + yBottom) / 2;
    return vOn[c]!.some((r) => r.y0 <= mid && r.y1 >= mid);
  };
  const hasH = (r: number, x0: number, x1: number) => {
    const mid = (x0 + x1) / 2;
    return hOn[r]!.some((s) => s.x0 <= mid && s.x1 >= mid);
  };
  // owner[r][c]: the top-left grid cell of the merged cell (r, c) belongs to.
  const owner: [number, number][][] = [];
  for (let r = 0; r < rows; r++) {
    owner.push([]);
    for (let c = 0; c < cols; c++) {
      const joinLeft = c > 0 && !hasV(c, ys[r]!, ys[r + 1]!);
      const joinUp = r > 0 && !hasH(r, xs[c]!, xs[c + 1]!);
      if (joinLeft) owner[r]!.push(owner[r]![c - 1]!);
      else if (joinUp) owner[r]!.push(owner[r - 1]![c]!);
      else owner[r]!.push([r, c]);
    }
  }
  const cells: LatticeCell[][] = Array.from({ length: rows }, () => []);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const [or, oc] = owner[r]![c]!;
      if (or !== r || oc !== c) continue;
      let colSpan = 1;
      while (c + colSpan < cols && sameOwner(owner[r]![c + colSpan]!, r, c)) colSpan++;
      let rowSpan = 1;
      while (r + rowSpan < rows && sameOwner(owner[r + rowSpan]![c]!, r, c)) rowSpan++;
      cells[r]!.push({ row: r, col: c, colSpan, rowSpan, box: [xs[c]!, ys[r + rowSpan]!, xs[c + colSpan]!, ys[r]!], pieces: [] });
    }
  }
  return { xs, ys, box: [xs[0]!, ys[rows]!, xs[cols]!, ys[0]!], rows: cells };
}

const sameOwner = (o: readonly [number, number], r: number, c: number) => o[0] === r && o[1] === c;

/** Finds the cell of `t` holding the point, by binary search on the edges; null when outside. */
export function cellAt(t: RuledTable, x: number, y: number): LatticeCell | null {
  const c = upperIndex(t.xs, x) - 1;
  if (c < 0 || c >= t.xs.length - 1) return null;
  // ys run top → bottom (decreasing y).
  let lo = 0, hi = t.ys.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (t.ys[mid]! > y) lo = mid + 1; else hi = mid; }
  const r = lo - 1;
  if (r < 0 || r >= t.ys.length - 1) return null;
  // The cell that starts at or before (r, c) and covers it.
  for (let rr = r; rr >= 0; rr--) {
    for (const cell of t.rows[rr]!) {
      if (cell.col <= c && c < cell.col + cell.colSpan && cell.row <= r && r < cell.row + cell.rowSpan) return cell;
    }
    if (rr < r - 50) break;
  }
  return null;
}

function upperIndex(sorted: readonly number[], x: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]! <= x) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * Collinear, touching borders (a border drawn cell by cell) become one. Two segments at nearly the
 * same position that do not touch along their length stay apart: two tables on a page whose column
 * borders line up within a point are two tables, and neither loses its border to the other.
 */
function mergeCollinear<R extends object>(rules: readonly R[], at: (r: R) => number, from: (r: R) => number, to: (r: R) => number, make: (pos: number, from: number, to: number) => R): R[] {
  const byPos = [...rules].sort((a, b) => at(a) - at(b));
  const out: R[] = [];
  // Runs of segments whose positions chain within half a snap; each run is merged along its length.
  for (let i = 0; i < byPos.length; ) {
    let j = i + 1;
    while (j < byPos.length && at(byPos[j]!) - at(byPos[j - 1]!) <= SNAP / 2) j++;
    const run = byPos.slice(i, j).sort((a, b) => from(a) - from(b));
    let cur = run[0]!;
    for (const r of run.slice(1)) {
      if (from(r) <= to(cur) + SNAP * 2) cur = make(at(cur), from(cur), Math.max(to(cur), to(r)));
      else { out.push(cur); cur = r; }
    }
    out.push(cur);
    i = j;
  }
  return out;
}

const mergeH = (rules: readonly HRule[]): HRule[] =>
  mergeCollinear(rules, (r) => r.y, (r) => r.x0, (r) => r.x1, (y, x0, x1) => ({ y, x0, x1 }));

const mergeV = (rules: readonly VRule[]): VRule[] =>
  mergeCollinear(rules, (r) => r.x, (r) => r.y0, (r) => r.y1, (x, y0, y1) => ({ x, y0, y1 }));
