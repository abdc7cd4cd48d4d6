import type { FileReport } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import type { Analysis } from "../src/engine/protocol.ts";
import { initialState, type Entry } from "../src/state.ts";
import { visibleEntries } from "../src/views/batch.ts";

function entry(id: number, name: string, unitName: string | null, errors: number, status: Entry["status"] = "done"): Entry {
  const report = {
    file: name,
    plan: unitName === null ? null : { schemaVersion: "1", meta: { title: null, unitName, unitKind: "xa", province: "ha-tinh", planYear: 2026, documentNumber: null, issuedDate: null }, legalBases: [], indicators: [], tasks: [], budget: { declaredTotal: null, lines: [] } },
    diagnostics: [],
    comparison: null,
    summary: { errors, warnings: 0, infos: 0 },
  } as FileReport;
  const analysis: Analysis | null = status === "done" ? { report, text: "", province: { id: "ha-tinh", evidence: null, problem: null }, ms: 1, explanations: {} } : null;
  return { id, name, bytes: new Uint8Array(), status, reason: status === "failed" ? "hỏng" : null, analysis, province: null, year: null, shownAfter: null };
}

describe("the batch table's order and filter", () => {
  const state = initialState("vi");
  state.entries = [entry(1, "b.txt", "Kỳ Hoa", 2), entry(2, "a.txt", "Sơn Hồng", 0), entry(3, "c.docx", null, 0, "failed"), entry(4, "d.txt", "Ân Phú", 5)];

  it("sorts by name, then by errors both ways, failed files last when most errors come first", () => {
    expect(visibleEntries(state).map((e) => e.name)).toEqual(["a.txt", "b.txt", "c.docx", "d.txt"]);
    state.sort = { key: "errors", descending: true };
    expect(visibleEntries(state).map((e) => e.id)).toEqual([4, 1, 2, 3]);
    state.sort = { key: "errors", descending: false };
    expect(visibleEntries(state).map((e) => e.id)).toEqual([3, 2, 1, 4]);
  });

  it("sorts units in Vietnamese order (a file without a unit first, then xã Ân Phú, Kỳ Hoa, Sơn Hồng)", () => {
    state.sort = { key: "unit", descending: false };
    expect(visibleEntries(state).map((e) => e.id)).toEqual([3, 4, 1, 2]);
  });

  it("filters by any of file, unit and province, ignoring case; 'only errors' keeps failed files too", () => {
    state.sort = { key: "name", descending: false };
    state.filter = "KỲ";
    expect(visibleEntries(state).map((e) => e.id)).toEqual([1]);
    state.filter = "";
    state.onlyErrors = true;
    expect(visibleEntries(state).map((e) => e.id)).toEqual([1, 3, 4]);
  });
});
