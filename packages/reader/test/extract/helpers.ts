import { readPlan } from "../../src/index.ts";

/** Reads a synthetic plan written as text (tabs make table cells, as officials' text exports do). */
export async function parse(text: string, fileName = "plan.txt") {
  return readPlan(new TextEncoder().encode(text), { fileName });
}
