export * from "./engine/index.ts";
export { genericRules, ruleFolders } from "./rules/index.ts";
export * from "./compare/index.ts";
