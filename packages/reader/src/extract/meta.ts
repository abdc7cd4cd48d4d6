import { findPeriod, parseVnDate, toAscii, type DocTree, type PlanMeta } from "@cdsvn/core";

/**
 * A first reading of the document header: title, unit, plan year, number, date.
 * Province detection from the text lives with the plugins (they know the names); here only the
 * unit and the dates the header states.
 */
export function extractMeta(tree: DocTree): PlanMeta {
  const blocks = tree.children.filter((b) => b.type !== "table").slice(0, 40);
  const meta: PlanMeta = {
    title: null, unitName: null, unitKind: null, province: null,
    planYear: null, documentNumber: null, issuedDate: null, signer: null,
  };
  const number = blocks.find((b) => /^số\s*:/iu.test(b.text));
  if (number) {
    const m = /^số\s*:\s*(\S*)/iu.exec(number.text);
    const value = m?.[1] ?? "";
    meta.documentNumber = /^\d/.test(value) ? value.replace(/[.,;]$/, "") : null;
    meta.numberSpan = number.span;
  }
  const dateLine = blocks.find((b) => /ngày.*tháng.*năm/iu.test(b.text) && b.text.length < 120);
  if (dateLine) {
    const d = parseVnDate(dateLine.text);
    if (d.ok) meta.issuedDate = d.value.iso;
    meta.dateSpan = dateLine.span;
  }
  const titleIdx = blocks.findIndex((b) => /^(?:KẾ HOẠCH|Kế hoạch)$/u.test(b.text.trim()));
  if (titleIdx >= 0) {
    const next = blocks[titleIdx + 1];
    meta.title = next ? `Kế hoạch ${next.text.trim()}` : "Kế hoạch";
    meta.titleSpan = next ? { start: blocks[titleIdx]!.span.start, end: next.span.end } : blocks[titleIdx]!.span;
    const years = next ? /(?:năm|giai đoạn)\s*(\d{4})(?:\s*[-–]\s*(\d{4}))?/u.exec(next.text) : null;
    if (years) meta.planYear = Number(years[1]);
    const unit = next ? /\b(xã|phường|đặc khu)\s+([\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*)/u.exec(next.text) : null;
    if (unit) {
      meta.unitKind = unit[1] === "xã" ? "xa" : unit[1] === "phường" ? "phuong" : "dac-khu";
      meta.unitName = unit[2]!.replace(/\s+(?:Năm|Giai)$/u, "");
    }
  }
  if (meta.unitName === null) {
    const header = blocks.map((b) => b.text).join("\n");
    const u = /(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(XÃ|PHƯỜNG|ĐẶC KHU)\s+([\p{Lu} ]+)/u.exec(header);
    if (u) {
      meta.unitKind = u[1] === "XÃ" ? "xa" : u[1] === "PHƯỜNG" ? "phuong" : "dac-khu";
      meta.unitName = u[2]!.trim().toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
    }
  }
  if (meta.planYear === null && meta.title) {
    const p = findPeriod(meta.title);
    if (p) meta.planYear = p.from;
  }
  if (meta.planYear === null) {
    const y = /\bnam (20\d{2})\b/u.exec(toAscii(blocks.map((b) => b.text).join(" ")));
    if (y) meta.planYear = Number(y[1]);
  }
  return meta;
}
