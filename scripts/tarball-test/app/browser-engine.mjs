// Bundled by the tarball test with esbuild for the browser: fails on any Node built-in.
import { createEngine } from "@cdsvn/engine";
import haTinh from "@cdsvn/plugin-ha-tinh";

const engine = createEngine({ plugins: [haTinh] });
export const review = (bytes, fileName) => engine.analyze({ bytes, fileName }, { compare: true });
