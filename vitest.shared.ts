import { defineConfig } from "vitest/config";

/** Shared by every package's vitest.config.ts. */
export default defineConfig({
  test: {
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
