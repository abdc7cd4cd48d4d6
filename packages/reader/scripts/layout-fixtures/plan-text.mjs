/**
 * What every fixture generator renders from a plan written in dsl.mjs's vocabulary: the Word-style
 * text export (.txt, table rows as tab-separated cells) and the gold annotation (../shared/gold's format).
 * Shared by build.mjs (LibreOffice fixtures) and ../word-fixtures (hand-built Word XML and HTML), so one
 * plan gives one gold whatever file it is rendered into.
 */

/** A row's cells laid on the grid: a merged cell `{ text, cols }` is followed by empty cells. */
export function gridRow(cells) {
  const outCells = [];
  for (const c of cells) {
    if (typeof c === "string") outCells.push(c);
    else { outCells.push(c.text ?? ""); for (let k = 1; k < (c.cols ?? 1); k++) outCells.push(""); }
  }
  return outCells;
}
export const rowCells = (row) => (Array.isArray(row) ? row : row.cells);

// ---------------------------------------------------------------- text (Word's "save as text")

export function renderText(plan) {
  const lines = [];
  const blank = () => { if (lines.length && lines[lines.length - 1] !== "") lines.push(""); };
  for (const l of plan.letterhead) lines.push(rowCells(l).join("\t"));
  blank();
  /** Word numbers a run of list items; its text export prints the numbers it rendered. */
  let counter = 0;
  const walk = (blocks) => {
    for (const b of blocks) {
      counter = b.kind === "list-item" ? counter + 1 : 0;
      switch (b.kind) {
        case "heading": case "center": blank(); lines.push(b.text); break;
        case "p": blank(); lines.push(b.text); break;
        case "list-item": blank(); lines.push(`${renderedMarker(b.marker, counter)} ${b.text}`); break;
        case "table": {
          blank();
          const header = b.header.map((r) => r.map((c) => (typeof c === "string" ? { text: c } : c)));
          // Word's text export writes a merged cell once and the positions it covers as empty cells.
          const width = gridRow(b.header[0]).length;
          const covered = header.map(() => Array(width).fill(false));
          header.forEach((r, ri) => {
            let col = 0;
            for (const c of r) {
              while (covered[ri][col]) col++;
              for (let dr = 0; dr < (c.rows ?? 1); dr++) for (let dc = 0; dc < (c.cols ?? 1); dc++) if (dr || dc) covered[ri + dr] && (covered[ri + dr][col + dc] = true);
              col += c.cols ?? 1;
            }
          });
          header.forEach((r, ri) => {
            const cells = [];
            let k = 0;
            for (let col = 0; col < width; col++) cells.push(covered[ri][col] ? "" : (r[k++]?.text ?? ""));
            lines.push(cells.join("\t"));
          });
          for (const row of b.rows) lines.push(gridRow(rowCells(row)).map((c) => c.replace(/\n/g, " ")).join("\t"));
          blank();
          break;
        }
        case "columns": walk(b.blocks); break;
        case "signature": blank(); lines.push(...b.lines, "", b.name); break;
      }
    }
  };
  walk(plan.blocks);
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}

const renderedMarker = (marker, n) => (marker === "1." ? `${n}.` : marker === "a)" ? `${String.fromCharCode(96 + n)})` : marker);

/** The text as the .txt shows it: footnotes dropped, as Word's text export drops them. */
export const plainText = (text) => text.replace(/\[\^[^\]]+\]/g, "");

// ---------------------------------------------------------------- gold

const quoteOf = (s) => {
  const one = plainText(s).split("\n")[0];
  if (one.length <= 80) return one;
  const cut = one.slice(0, 80);
  return cut.slice(0, cut.lastIndexOf(" "));
};
const parseNumber = (s) => {
  const t = String(s ?? "").trim();
  if (t === "" || t === "-") return null;
  const v = Number(t.replace(/\./g, "").replace(",", "."));
  return Number.isFinite(v) ? v : null;
};
const levelOf = (code) => (/^(I|II|III|IV|V|VI)$/.test(code) ? 1 : /^[A-Z]$/.test(code) ? 0 : /^\d+$/.test(code) ? 2 : 3);

export function gold(plan, text) {
  const indicators = [];
  const tasks = [];
  const lines = [];
  let declaredTotal = plan.declaredTotal ?? null;
  const walk = (blocks) => {
    for (const b of blocks) {
      if (b.kind === "columns") walk(b.blocks);
      if ((b.kind === "p" || b.kind === "list-item") && b.indicator) {
        const list = Array.isArray(b.indicator) ? b.indicator : [b.indicator];
        for (const g of list) indicators.push({ baseline: null, period: { from: plan.meta.planYear, to: plan.meta.planYear }, section: "body", quote: quoteOf(b.text.replace(/^[-+]\s+/, "")), ...g });
      }
      // A task written as a body block ("a) … / + Đơn vị chủ trì: … / + Thời gian hoàn thành: …").
      if (b.kind === "p" && b.task) tasks.push({ partners: [], deadline: null, output: null, section: "body", quote: quoteOf(b.text), ...b.task });
      if (b.kind !== "table") continue;
      if (b.tasks) {
        const m = b.tasks;
        for (const row of b.rows) {
          if (!Array.isArray(row) && row.group) continue;
          const c = gridRow(rowCells(row));
          tasks.push({
            name: c[m.name], lead: c[m.lead] || null,
            partners: m.partners === undefined || !c[m.partners] ? [] : c[m.partners].split(/;\s*/).map((x) => x.trim()).filter(Boolean),
            deadline: m.deadline === undefined ? null : { raw: c[m.deadline] },
            output: m.output === undefined ? null : c[m.output] || null,
            section: m.section ?? "appendix", quote: quoteOf(c[m.name]),
          });
        }
      }
      if (b.budget) {
        const m = b.budget;
        const path = [];
        for (const row of b.rows) {
          const c = gridRow(rowCells(row));
          if (!Array.isArray(row) && row.total) { declaredTotal = Math.round(parseNumber(c[m.amount]) * m.unit); continue; }
          const code = c[m.code].trim();
          const level = levelOf(code);
          path.length = level;
          path[level] = code;
          const qty = m.quantity === undefined ? null : parseNumber(c[m.quantity]);
          const price = m.unitPrice === undefined ? null : parseNumber(c[m.unitPrice]);
          lines.push({
            code, path: path.filter((x) => x !== undefined), content: c[m.content],
            unit: m.unitCol === undefined ? null : c[m.unitCol] || null,
            quantity: qty, unitPrice: price === null ? null : Math.round(price * m.unit),
            amount: Math.round(parseNumber(c[m.amount]) * m.unit),
            quote: quoteOf(c[m.content]),
          });
        }
      }
      if (b.indicators) {
        for (const row of b.rows) if (!Array.isArray(row) && row.ind) {
          const c = gridRow(row.cells);
          indicators.push({ text: c[b.indicators.text], baseline: null, period: { from: plan.meta.planYear, to: plan.meta.planYear }, section: "appendix", quote: quoteOf(c[b.indicators.text]), ...row.ind });
        }
      }
    }
  };
  walk(plan.blocks);
  const g = {
    schemaVersion: "1", meta: plan.meta, legalBases: plan.legalBases, indicators, tasks,
    budget: { declaredTotal, lines }, defects: plan.defects,
  };
  // Every quote must be an exact substring of the text: a quote that is not is a defect of the gold.
  const bad = [];
  const check = (q, what) => { if (q && !text.includes(q)) bad.push(`${what}: ${JSON.stringify(q)}`); };
  g.legalBases.forEach((x) => check(x.quote, "legal"));
  g.indicators.forEach((x) => check(x.quote, "indicator"));
  g.tasks.forEach((x) => check(x.quote, "task"));
  g.budget.lines.forEach((x) => check(x.quote, "budget"));
  g.defects.forEach((x) => check(x.quote, "defect"));
  if (bad.length) throw new Error(`${plan.stem}: quotes not in the text:\n  ${bad.join("\n  ")}`);
  return g;
}
