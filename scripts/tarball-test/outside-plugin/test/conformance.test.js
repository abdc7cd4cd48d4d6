// The conformance kit in the plugin's own test runner (node:test here; vitest or jest work the same).
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkPlugin, emptyPlan, runRule } from "@cdsvn/core";
import plugin, { planSeen } from "../index.js";

test("passes the cds conformance kit", () => {
  assert.deepEqual(checkPlugin(plugin), []);
});

test("its rule reports once per plan", () => {
  const plan = emptyPlan();
  plan.meta.planYear = 2026;
  assert.equal(runRule(planSeen, { plan }).length, 1);
});
