import { unzipSync } from "fflate";
import { afterEach, describe, expect, it, vi } from "vitest";
import { exportDocx, exportSummaryXlsx, exportXlsx, summarizeBatch } from "../src/index.ts";
import { SAMPLE_FILE, SAMPLE_TEXT, sampleReport } from "./sample.ts";

/** Runs `make` twice with the clock a year and some seconds apart. */
async function twice(make: () => Promise<Uint8Array>): Promise<[Uint8Array, Uint8Array]> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-07-01T08:00:00Z"));
  const a = await make();
  vi.setSystemTime(new Date("2027-03-15T17:43:21Z"));
  const b = await make();
  return [a, b];
}

const coreXml = (bytes: Uint8Array) => new TextDecoder().decode(unzipSync(bytes)["docProps/core.xml"]);

describe("the same input gives the same bytes", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });
  const reports = () => [sampleReport()];

  it("docx", async () => {
    const [a, b] = await twice(() => exportDocx(reports(), { locale: "vi", sources: new Map([[SAMPLE_FILE, SAMPLE_TEXT]]) }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("xlsx", async () => {
    const [a, b] = await twice(() => exportXlsx(reports(), "vi"));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("the folder summary", async () => {
    const [a, b] = await twice(() => exportSummaryXlsx(summarizeBatch(reports(), [{ file: "x.docx", reason: "r" }], null), "vi"));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("dates a document from the plan's issue date, or SOURCE_DATE_EPOCH when set", async () => {
    const report = sampleReport();
    report.plan!.meta.issuedDate = "2026-01-15";
    expect(coreXml(await exportDocx([report], { locale: "vi" }))).toContain(">2026-01-15T00:00:00Z</dcterms:created>");
    vi.stubEnv("SOURCE_DATE_EPOCH", "1767225600"); // 2026-01-01T00:00:00Z
    expect(coreXml(await exportDocx([report], { locale: "vi" }))).toContain(">2026-01-01T00:00:00Z</dcterms:modified>");
    expect(coreXml(await exportXlsx([report], "vi"))).toContain(">2026-01-01T00:00:00Z</dcterms:created>");
  });
});
