export {};
export * from "./compare/index.ts";
