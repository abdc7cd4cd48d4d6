import { defaultClientConditions, defineConfig } from "vite";

/**
 * Chunks are named after their package ("reader-docx", "report-docx"), so the size report (bench)
 * and a reader of dist/ can tell the Word front-end from the Word exporter.
 */
function chunkName(chunk: { facadeModuleId?: string | null; moduleIds?: readonly string[] }): string {
  const id = chunk.facadeModuleId ?? chunk.moduleIds?.at(-1) ?? "";
  const pkg = /\/(?:packages|plugins|apps)\/([^/]+)\/(?:src|server)\//.exec(id)?.[1];
  return pkg ? `assets/${pkg}-[name]-[hash].js` : "assets/[name]-[hash].js";
}

/**
 * A static build: relative asset paths, so dist/ works from any folder or sub-path (`cds serve`, a
 * file share, any static host). Workers are ES modules so they can split the engine's lazy parts too.
 */
export default defineConfig({
  base: "./",
  // Inside the workspace the packages are bundled from their TypeScript source (their "@cdsvn/source" export).
  resolve: { conditions: ["@cdsvn/source", ...defaultClientConditions] },
  build: {
    target: "es2023",
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
    rolldownOptions: { output: { chunkFileNames: chunkName }, checks: { pluginTimings: false } },
  },
  worker: { format: "es", rolldownOptions: { output: { chunkFileNames: chunkName } } },
});
