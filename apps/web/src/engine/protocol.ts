import type { FileReport, Locale } from "@cdsvn/core";

/**
 * The messages between the page and its analysis workers. Files travel as bytes (transferred, not
 * copied); reports come back as plain data (the FileReport contract), so the page never loads the engine.
 */

/** A framework file the user loaded, as kept in the browser's storage. */
export interface FrameworkFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What a plan is analysed with besides its bytes: the reviewer's overrides and the page's language. */
export interface AnalyzeSettings {
  readonly locale: Locale;
  /** A province id chosen by the reviewer; null: detected from the text. */
  readonly province: string | null;
  /** A plan year chosen by the reviewer; null: the plan's own. */
  readonly year: number | null;
  /** The province's own framework, when the reviewer loaded one. */
  readonly framework: FrameworkFile | null;
}

export type ToWorker =
  | { readonly type: "analyze"; readonly id: number; readonly fileName: string; readonly bytes: Uint8Array; readonly settings: AnalyzeSettings }
  | { readonly type: "framework"; readonly id: number; readonly file: FrameworkFile; readonly locale: Locale };

/** How the engine chose the plan's province (shown next to the plan, as `cds` prints it on stderr). */
export interface ProvinceNote {
  readonly id: string | null;
  readonly evidence: string | null;
  /** Why no province was chosen: several match, or none. */
  readonly problem: "ambiguous" | "unknown" | null;
}

export interface Analysis {
  readonly report: FileReport;
  /** The NFC text the report's spans point into ("" for a plan given as JSON). */
  readonly text: string;
  readonly province: ProvinceNote;
  /** Milliseconds the worker spent on the file (read, check, compare). */
  readonly ms: number;
  /** Per rule that reported here: what it checks and why a reviewer cares, in the page's language. */
  readonly explanations: Readonly<Record<string, RuleExplanation>>;
}

export interface RuleExplanation {
  readonly description: string;
  readonly rationale: string | null;
}

/** A framework file as the page shows it once read. */
export interface FrameworkInfo {
  readonly id: string;
  readonly name: string;
  readonly province: string | null;
  readonly years: string;
  readonly indicators: number;
  /** What the parser noted (rows left out, doubtful values), located, in the page's language. */
  readonly notes: readonly string[];
}

export type FromWorker =
  /** Sent once the worker has loaded the engine: it can take a file at once. */
  | { readonly type: "ready" }
  | { readonly type: "stage"; readonly id: number; readonly stage: "reading" }
  | { readonly type: "analyzed"; readonly id: number; readonly analysis: Analysis }
  | { readonly type: "framework-read"; readonly id: number; readonly info: FrameworkInfo }
  | { readonly type: "failed"; readonly id: number; readonly reason: string };
