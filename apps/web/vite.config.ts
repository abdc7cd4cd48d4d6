import { defineConfig } from "vite";

/**
 * A static build: relative asset paths, so dist/ works from any folder or sub-path (`cds serve`, a
 * file share, any static host). Workers are ES modules so they can split the engine's lazy parts too.
 */
export default defineConfig({
  base: "./",
  build: {
    target: "es2023",
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
  },
  worker: { format: "es" },
});
