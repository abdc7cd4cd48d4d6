export { parseFrameworkFile, type FrameworkFileResult } from "./parse.ts";
export { frameworkTemplate, type TemplateFormat } from "./template.ts";
export { FRAMEWORK_COLUMNS, type FrameworkColumn, type RowKey } from "./columns.ts";
export { describeLocation, type FrameworkFileProblem, type ProblemLocation } from "./problems.ts";
