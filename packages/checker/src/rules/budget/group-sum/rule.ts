import { defineRule, type BudgetLine } from "@cdsvn/core";
import { docsUrl, vnd } from "../../helpers.ts";

const id = "budget/group-sum";

interface Node {
  readonly line: BudgetLine;
  readonly index: number;
  readonly children: Node[];
}

/** Group rows by their path: a row is a child of the row whose path is its own minus the last label. */
function buildTree(lines: readonly BudgetLine[]): Node[] {
  const nodes = lines.map((line, index) => ({ line, index, children: [] as Node[] }));
  const byPath = new Map<string, Node>();
  const roots: Node[] = [];
  for (const n of nodes) {
    const path = n.line.path.length > 0 ? n.line.path : n.line.code ? [n.line.code] : [];
    const parentKey = path.slice(0, -1).join("\u0000");
    // a part letter ("C") is always a top row, whatever path a reader gave it
    const isPart = /^[A-HJ-UWYZ]$/.test(n.line.code ?? "");
    const parent = path.length > 1 && !isPart ? byPath.get(parentKey) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
    if (path.length > 0) byPath.set(path.join("\u0000"), n);
    if (isPart && n.line.code) byPath.set(path.slice(0, -1).concat(n.line.code).join("\u0000"), n);
  }
  return roots;
}

/** A child's amount as it should be: its own qty × price where it states both, else its amount. */
function correctedAmount(n: Node): number | null {
  const { quantity, unitPrice, amount } = n.line;
  if (quantity !== null && unitPrice !== null && quantity > 0 && unitPrice > 0) return Math.round(quantity * unitPrice);
  return amount;
}

const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

/**
 * Children must add up to their group, and the top groups to the stated total. Where one figure
 * alone explains every mismatch (a row's amount that disagrees with its own quantity × price), the
 * finding says so: fixing that single row makes everything add up.
 */
export const groupSum = defineRule({
  meta: {
    id,
    category: "budget-arithmetic",
    severity: "error",
    docs: {
      description: { vi: "Tổng các dòng con phải bằng dòng nhóm; tổng các nhóm phải bằng tổng kinh phí", en: "Children must add up to their group, groups to the stated total" },
      rationale: {
        vi: "Tổng dự toán sai là lỗi được phát hiện nhiều nhất khi thẩm định; gợi ý sửa một chỗ duy nhất giúp sửa nhanh.",
        en: "A wrong total is the most common finding of a review; pointing at the one figure to fix saves a round trip.",
      },
      url: docsUrl(id),
    },
    messages: {
      vi: {
        groupMismatch: "Dòng nhóm {code} ghi {actual} nhưng tổng các dòng con là {expected} (lệch {difference})",
        groupMismatchFix: "Dòng nhóm {code} ghi {actual} nhưng tổng các dòng con là {expected}; chỉ cần sửa dòng {fixCode} thành {fixAmount} (= số lượng × đơn giá) thì mọi tổng đều khớp",
        totalMismatch: "Tổng kinh phí ghi {actual} nhưng tổng các nhóm là {expected} (lệch {difference})",
        totalMismatchFix: "Tổng kinh phí ghi {actual} nhưng tổng các nhóm là {expected}; chỉ cần sửa dòng {fixCode} thành {fixAmount} thì mọi tổng đều khớp",
      },
      en: {
        groupMismatch: "Group row {code} states {actual} but its rows add up to {expected} (off by {difference})",
        groupMismatchFix: "Group row {code} states {actual} but its rows add up to {expected}; correcting row {fixCode} to {fixAmount} (= quantity × unit price) alone makes every total add up",
        totalMismatch: "The stated total is {actual} but the groups add up to {expected} (off by {difference})",
        totalMismatchFix: "The stated total is {actual} but the groups add up to {expected}; correcting row {fixCode} to {fixAmount} alone makes every total add up",
      },
    },
    tags: ["budget"],
  },
  create(context) {
    return {
      plan(plan) {
        const lines = plan.budget.lines;
        if (lines.length === 0) return;
        const roots = buildTree(lines);
        const all: Node[] = [];
        const parent = new Map<Node, Node>();
        const visit = (n: Node) => { all.push(n); for (const c of n.children) { parent.set(c, n); visit(c); } };
        roots.forEach(visit);
        const label = (n: Node) => n.line.path.join(".") || n.line.code || String(n.index + 1);

        // totals of every group as stated, and as they would be with each candidate fix
        const mismatches = (amountOf: (n: Node) => number | null): Node[] =>
          all.filter((g) => g.children.length > 0 && g.line.amount !== null && Math.abs(sum(g.children.map(amountOf)) - g.line.amount) > 1);
        const topAmounts = roots.filter((r) => r.line.amount !== null);
        const declared = plan.budget.declaredTotal;
        const totalOff = (amountOf: (n: Node) => number | null) =>
          declared !== null && topAmounts.length > 0 && Math.abs(sum(topAmounts.map(amountOf)) - declared) > 1;

        const stated = (n: Node) => n.line.amount;
        const bad = mismatches(stated);
        const badTotal = totalOff(stated);
        if (bad.length === 0 && !badTotal) return;

        // one leaf whose corrected amount (qty × price) makes every group and the total add up. A fix
        // changes only the leaf's ancestors, and the total only when the leaf is a top row: a leaf that is
        // not below every wrong group (or not a top row when the total is wrong) cannot be it, so only the
        // few leaves that pass this walk up their parents are tried (trying each was quadratic)
        const badGroups = new Set(bad);
        const topRows = new Set(roots);
        const couldFix = (leaf: Node) => {
          if (badTotal && !topRows.has(leaf)) return false;
          let above = 0;
          for (let p = parent.get(leaf); p; p = parent.get(p)) if (badGroups.has(p)) above++;
          return above === bad.length;
        };
        let fix: Node | null = null;
        for (const leaf of all) {
          if (leaf.children.length > 0) continue;
          const c = correctedAmount(leaf);
          if (c === null || c === leaf.line.amount || !couldFix(leaf)) continue;
          const withFix = (n: Node) => (n === leaf ? c : n.line.amount);
          // groups above the leaf change too when the fix is applied
          const recomputed = new Map<Node, number | null>();
          const amountAfter = (n: Node): number | null => {
            if (recomputed.has(n)) return recomputed.get(n)!;
            const v = n === leaf ? c : n.children.length > 0 && isAncestor(n, leaf) ? sum(n.children.map(amountAfter)) : n.line.amount;
            recomputed.set(n, v);
            return v;
          };
          const groupsOk = mismatches(withFix).every((g) => isAncestor(g, leaf) && Math.abs(sum(g.children.map(amountAfter)) - (g.line.amount ?? 0)) <= 1);
          if (groupsOk && !totalOff(withFix)) { fix = leaf; break; }
        }
        const fixData: Record<string, string | number | null> = fix ? { fixCode: label(fix), fixAmount: correctedAmount(fix) } : {};

        for (const g of bad) {
          const expected = sum(g.children.map(stated));
          context.report({
            messageId: fix ? "groupMismatchFix" : "groupMismatch",
            data: { code: label(g), actual: g.line.amount, expected, difference: Math.abs(expected - (g.line.amount ?? 0)), ...fixData },
            span: g.line.span,
            path: `/budget/lines/${g.index}`,
            expected,
            actual: g.line.amount,
            suggestion: fix ? `${label(fix)}: ${vnd(correctedAmount(fix)!)}` : vnd(expected),
          });
        }
        if (badTotal && declared !== null) {
          const expected = sum(topAmounts.map(stated));
          context.report({
            messageId: fix ? "totalMismatchFix" : "totalMismatch",
            data: { actual: declared, expected, difference: Math.abs(expected - declared), ...fixData },
            span: plan.budget.totalSpan ?? null,
            path: "/budget/declaredTotal",
            expected,
            actual: declared,
            suggestion: fix ? `${label(fix)}: ${vnd(correctedAmount(fix)!)}` : vnd(expected),
          });
        }
      },
    };
  },
});

function isAncestor(group: Node, leaf: Node): boolean {
  return group.children.some((c) => c === leaf || isAncestor(c, leaf));
}
