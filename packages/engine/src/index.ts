/**
 * @cdsvn/engine: the one pipeline behind every door (the `cds` CLI, the web page, any application):
 * bytes or a Plan JSON object → read → detect the province → assemble knowledge → check → compare →
 * FileReport. No file system, no network, no province by name: plugins and frameworks are data.
 *
 *   const engine = createEngine({ plugins: [haTinh, haiPhong, thanhHoa, ngheAn] });
 *   const report = await engine.analyze({ bytes, fileName: "ke-hoach.docx" }, { compare: true });
 */
export { createEngine, type Analysis, type AnalyzeOptions, type Engine, type EngineOptions } from "./engine.ts";
export { InputRejected, readInput, type AnalyzeInput } from "./input.ts";
export { refusalIn } from "./refusal.ts";
export { pluginProblems } from "./plugin-check.ts";
export { createProvinceDetector, type ProvinceDetection, type ProvinceDetector } from "./province/detect.ts";
export { findPlugin } from "./province/names.ts";
export type { ProvinceChoice } from "./province/choice.ts";
export type { ProvinceSetup } from "./knowledge.ts";
export { jsonErrorOffset } from "./plan-json.ts";
export { ENGINE_VERSION } from "./version.ts";
