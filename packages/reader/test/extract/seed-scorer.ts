/**
 * A small in-process copy of the matching rules of `shared/tools/score.mjs` (the accuracy benchmark),
 * so the seed test can assert the F1 floors without spawning the CLI.
 */
const fold = (s: string | null | undefined) =>
  (s ?? "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/hoá/g, "hóa").replace(/hoà/g, "hòa").replace(/hoả/g, "hỏa").replace(/uý/g, "úy").replace(/oá/g, "óa")
    .replace(/đ/g, "d")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
const tokens = (s: string | null | undefined) => new Set(fold(s).split(" ").filter((t) => t.length > 0));
function jaccard(a: string, b: string): number {
  const A = tokens(a), B = tokens(b);
  if (A.size === 0 || B.size === 0) return 0;
  let inter = 0;
  for (const t of A) if (B.has(t)) inter++;
  return inter / (A.size + B.size - inter);
}
function contain(a: string, b: string): number {
  const A = tokens(a), B = tokens(b);
  if (A.size === 0 || B.size === 0) return 0;
  const [S, L] = A.size <= B.size ? [A, B] : [B, A];
  let inter = 0;
  for (const t of S) if (L.has(t)) inter++;
  return inter / S.size;
}
export const sim = (a: string, b: string) => Math.max(jaccard(a, b), 0.9 * contain(a, b) * Math.min(1, tokens(a).size / 3));
const symKey = (s: string | null | undefined) => (s ?? "").normalize("NFC").toUpperCase().replace(/\s+/g, "").replace(/Đ/g, "D").replace(/^0+/, "");
const num = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x : null);
const near = (a: number | null, b: number | null) => a !== null && b !== null && Math.abs(a - b) <= Math.max(1e-6, Math.abs(b) * 1e-9);

export interface Match { tp: number; nGold: number; nPred: number; missed: number[]; extra: number[] }

function greedy<G, P>(gold: readonly G[], pred: readonly P[], score: (g: G, p: P) => number, threshold: number): Match {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    const s = score(g, p);
    if (s >= threshold) pairs.push([s, gi, pi]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>(), usedP = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi); usedP.add(pi);
  }
  return {
    tp: usedG.size, nGold: gold.length, nPred: pred.length,
    missed: gold.map((_, i) => i).filter((i) => !usedG.has(i)), extra: pred.map((_, i) => i).filter((i) => !usedP.has(i)),
  };
}

export const f1 = ({ tp, nGold, nPred }: Pick<Match, "tp" | "nGold" | "nPred">) => {
  if (nGold === 0 && nPred === 0) return 1;
  const p = nPred ? tp / nPred : 0, r = nGold ? tp / nGold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

/* eslint-disable @typescript-eslint/no-explicit-any */
export function scorePlan(gold: any, plan: any) {
  const legal = greedy(gold.legalBases ?? [], plan.legalBases ?? [], (g: any, p: any) => (symKey(g.symbol) === symKey(p.symbol) ? 1 : 0), 1);
  const indicators = greedy(gold.indicators ?? [], plan.indicators ?? [], (g: any, p: any) => {
    if (!near(num(p.target?.value), num(g.target?.value))) return 0;
    const s = sim(g.text, p.text);
    return s >= 0.34 ? s : 0;
  }, 0.34);
  const tasksGold = (gold.tasks ?? []).filter((t: any) => !(t.source ?? "").includes("Tổ chức thực hiện"));
  const tasks = greedy(tasksGold, plan.tasks ?? [], (g: any, p: any) => sim(g.name, p.name), 0.5);
  const budget = greedy(gold.budget?.lines ?? [], plan.budget?.lines ?? [], (g: any, p: any) => {
    if (!near(num(p.amount), num(g.amount))) return 0;
    return 0.5 + 0.5 * sim(g.content, p.content);
  }, 0.5);
  const keys = ["unitName", "unitKind", "province", "planYear"];
  const metaOk = keys.filter((k) => fold(String(gold.meta[k] ?? "")) === fold(String(plan.meta?.[k] ?? "")));
  const totalOk = (gold.budget?.declaredTotal ?? null) === null ? null : near(num(plan.budget?.declaredTotal), num(gold.budget.declaredTotal));
  return { legal, indicators, tasks, budget, meta: metaOk.length / keys.length, metaWrong: keys.filter((k) => !metaOk.includes(k)), totalOk, tasksGold };
}
