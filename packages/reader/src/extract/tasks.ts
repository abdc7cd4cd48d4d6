import { parseDeadline, type Deadline, type Section, type Task } from "@cdsvn/core";
import type { ClassifiedTable } from "./tables.ts";
import { cellText, mergedCellText } from "./tables.ts";
import type { Unit } from "./units.ts";
import { clean, fold, stripMarkers } from "./text.ts";

export function deadlineOf(raw: string): Deadline | null {
  const s = clean(raw).replace(/[.;]$/, "");
  if (s === "") return null;
  const d = parseDeadline(s);
  return d.ok ? d.value : { raw: s };
}

/** "Văn phòng HĐND và UBND xã; Phòng Văn hóa - Xã hội" → its units; a list with ";" splits there only. */
export function splitUnits(s: string): string[] {
  const t = clean(s).replace(/[.;]$/, "");
  if (t === "") return [];
  const parts = t.includes(";") ? t.split(";") : t.split(/,\s*(?=(?:các|Các|[\p{Lu}]))/u);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * The task wording of a block. A section title may have been joined to the lettered task under it
 * ("3. Hạ tầng số a. Triển khai …"): the task starts at its letter label.
 */
export function taskName(text: string): string {
  const m = /^(?:[IVX]+|\d{1,2})\.\s[^.;:]{1,80}?\s([a-zđ][.)]\s.*)$/u.exec(text);
  return stripMarkers(m ? m[1]! : text);
}

/** Rows of a task table (or the rows of a budget table that name a lead unit). */
export function tasksFromTable(t: ClassifiedTable, section: Section): Task[] {
  const c = t.columns;
  const out: Task[] = [];
  t.body.forEach((row, r) => {
    const name = stripMarkers(cellText(row, c.content));
    // One lead, partner list or deadline merged down over several rows belongs to each of them.
    const lead = mergedCellText(t.body, r, c.lead);
    const deadline = deadlineOf(mergedCellText(t.body, r, c.deadline));
    if (name === "" || (lead === "" && deadline === null)) return;
    const output = mergedCellText(t.body, r, c.output);
    out.push({
      name, lead: lead || null, partners: splitUnits(mergedCellText(t.body, r, c.partners)), deadline,
      output: output || null, section, span: row.span,
    });
  });
  return out;
}

const LABEL_RE = /^(?:[-+•*]\s*)*(?:đơn vị|cơ quan)\s+(chủ trì|phối hợp|thực hiện)\s*:\s*([^]*)$|^(?:[-+•*]\s*)*(thời gian|thời hạn)(?: hoàn thành| thực hiện)?\s*:\s*([^]*)$|^(?:[-+•*]\s*)*(sản phẩm)(?: đầu ra)?\s*:\s*([^]*)$/iu;

/**
 * Body blocks of the form "a. <task> / + Đơn vị chủ trì: … / + Đơn vị phối hợp: … / + Thời gian
 * hoàn thành: …": the labelled lines attach to the block just before them.
 */
export function tasksFromBlocks(units: readonly Unit[], section: (offset: number) => Section): Task[] {
  const out: Task[] = [];
  let current: Task | null = null;
  let previous: Unit | null = null;
  for (const u of units) {
    if (u.kind === "table") { current = null; previous = null; continue; }
    const m = LABEL_RE.exec(u.text);
    if (!m) { current = null; previous = u; continue; }
    if (!current) {
      if (!previous) continue;
      current = { name: taskName(previous.text), lead: null, partners: [], deadline: null, output: null, section: section(previous.start), span: { start: previous.start, end: previous.end } };
      out.push(current);
    }
    const role = fold(m[1] ?? m[3] ?? m[5] ?? "");
    const value = clean(m[2] ?? m[4] ?? m[6] ?? "").replace(/[.;]$/, "");
    if (role === "chu tri" || role === "thuc hien") current.lead = value || null;
    else if (role === "phoi hop") current.partners = splitUnits(value);
    else if (role.startsWith("thoi")) current.deadline = deadlineOf(value);
    else if (role === "san pham") current.output = value || null;
    current.span = { start: current.span!.start, end: u.end };
  }
  return out.filter((t) => t.lead !== null || t.deadline !== null);
}
