import type { FileReport, Locale } from "@cdsvn/core";
import { exportDocx, exportJson, exportSummaryXlsx, exportXlsx, formatReports, summarizeBatch, type Unreadable } from "@cdsvn/report";

/**
 * The exports, made in the browser by the same @cdsvn/report functions `cds export` and `cds compare
 * --summary` call; the docx and xlsx writers load only when one is asked for.
 */
export type DownloadKind = "docx" | "xlsx" | "html" | "json" | "summary";

export interface DownloadInput {
  readonly reports: readonly FileReport[];
  /** file → the NFC text its spans point into, for the quotes in the report. */
  readonly sources: ReadonlyMap<string, string>;
  readonly unreadable: readonly Unreadable[];
  readonly locale: Locale;
  /** The file name without extension: the plan's, or "tong-hop" for a batch. */
  readonly stem: string;
}

const MIME: Record<DownloadKind, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  summary: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  html: "text/html;charset=utf-8",
  json: "application/json;charset=utf-8",
};

async function contents(kind: DownloadKind, input: DownloadInput): Promise<{ data: BlobPart; name: string }> {
  const { reports, sources, locale, stem } = input;
  switch (kind) {
    case "docx": return { data: await exportDocx(reports, { locale, sources }) as BlobPart, name: `${stem}.docx` };
    case "xlsx": return { data: await exportXlsx(reports, locale) as BlobPart, name: `${stem}.xlsx` };
    case "html": return { data: formatReports(reports, "html", { locale, color: false, sources }), name: `${stem}.html` };
    case "json": return { data: exportJson(reports), name: `${stem}.json` };
    case "summary": {
      const summary = summarizeBatch(reports, input.unreadable, null, locale);
      return { data: await exportSummaryXlsx(summary, locale) as BlobPart, name: `${stem}.xlsx` };
    }
  }
}

/** Builds the file and hands it to the browser as a download (nothing leaves the machine). */
export async function download(kind: DownloadKind, input: DownloadInput): Promise<void> {
  const { data, name } = await contents(kind, input);
  const url = URL.createObjectURL(new Blob([data], { type: MIME[kind] }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click is handled; the URL can go after a moment.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a plan's: its stem without folders and extension, safe on every system. */
export function stemOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.[^.]+$/, "").replace(/[<>:"|?*\u0000-\u001f]/g, "_") || "ke-hoach";
}
