import { defineConfig } from "vitest/config";

/**
 * Workspace packages export their TypeScript source under the "@cdsvn/source" condition and their build
 * (dist/) otherwise: tests run the source without a build, while an installed package gets dist/.
 * Vite's resolver and every Node process a test starts (through NODE_OPTIONS) use the condition.
 */
const SOURCE_CONDITION = "--conditions=@cdsvn/source";
const nodeOptions = [process.env.NODE_OPTIONS, SOURCE_CONDITION].filter(Boolean).join(" ");

/** Shared by every package's vitest.config.ts. */
export default defineConfig({
  resolve: { conditions: ["@cdsvn/source", "module", "node", "development|production"] },
  ssr: { resolve: { conditions: ["@cdsvn/source", "module", "node", "development|production"] } },
  test: {
    env: { NODE_OPTIONS: nodeOptions },
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    pool: "threads",
    // Every package has tests; one that loses them all fails the run rather than passing silently.
    passWithNoTests: false,
    // CI runs every package's suite at once on 2 cores; tests assert behaviour, never time (speed is in
    // the benches), so a generous limit only guards against a hang.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
