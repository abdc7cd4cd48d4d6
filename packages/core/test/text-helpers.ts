import { expect } from "vitest";
import type { Parsed, TextErrorTag } from "../src/index.ts";

/** Asserts a typed failure `{ ok: false, error: { _tag, input, reason } }` with the given tag and input. */
export function expectFailure<T>(result: Parsed<T>, tag: TextErrorTag, input: string): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error._tag).toBe(tag);
  expect(result.error.input).toBe(input);
  expect(typeof result.error.reason).toBe("string");
  expect(result.error.reason.length).toBeGreaterThan(0);
}
