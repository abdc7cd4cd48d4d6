import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.ts";

// The CLI tests spawn `cds` processes; on the shared 2-core machine under load one can take far longer
// than vitest's 5 s default, which made them fail for time, not for behaviour.
export default mergeConfig(shared, defineConfig({ test: { testTimeout: 120_000 } }));
