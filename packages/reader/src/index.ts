/**
 * @cdsvn/reader: real files (.txt, .md, .html, .docx, .pdf) → one neutral document tree → Plan.
 * Pure: it takes bytes, never a path.
 */
export { readPlan, readDocument, extractPlan, type ReadResult, type ReadOptions, type DocumentResult } from "./read.ts";
export { extractFacts } from "./extract/facts/index.ts";
export type { Format } from "./formats/detect.ts";
export { treeOutline } from "./formats/outline.ts";
export { UnsupportedFormat, UnreadableInput, type ReaderError } from "./input/errors.ts";
export {
  parseFrameworkFile,
  frameworkTemplate,
  describeLocation,
  FRAMEWORK_COLUMNS,
  type FrameworkFileResult,
  type FrameworkFileProblem,
  type ProblemLocation,
  type FrameworkColumn,
  type TemplateFormat,
} from "./framework-file/index.ts";
