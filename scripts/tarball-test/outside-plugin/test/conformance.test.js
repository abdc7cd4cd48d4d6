// The conformance kit in the plugin's own test runner (node:test here; vitest or jest work the same).
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkPlugin } from "@cdsvn/core";
import plugin from "../index.js";

test("passes the cds conformance kit", () => {
  assert.deepEqual(checkPlugin(plugin), []);
});

test("names its rules in its own namespace", () => {
  assert.ok(plugin.rules.every((rule) => rule.meta.id.startsWith(`${plugin.meta.id}/`)));
});
