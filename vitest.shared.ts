import { defineConfig } from "vitest/config";

/** Shared by every package's vitest.config.ts. */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    pool: "threads",
    // A package whose tests are still to come must not fail the run; every package gets tests.
    passWithNoTests: true,
  },
});
