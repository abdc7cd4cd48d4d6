import { describe, expect, it } from "vitest";
import { progress } from "../src/batch/progress.ts";

/** A stderr that is a log file (not a terminal), collecting what is written. */
const logFile = () => {
  const lines: string[] = [];
  return { stream: { isTTY: false, write: (s: string) => (lines.push(s), true) } as unknown as NodeJS.WriteStream, lines };
};

describe("progress on stderr", () => {
  it("writes a line per tenth of a long run, with the count and the rate so far", () => {
    const { stream, lines } = logFile();
    let ms = 0;
    const bar = progress(40, stream, () => ms);
    for (let i = 0; i < 40; i++) { ms += 50; bar.tick(`plans/${i}.txt`); }
    bar.done();
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe("[4/40 20/s]\n");
    expect(lines[9]).toBe("[40/40 20/s]\n");
  });
  it("says nothing for a short run", () => {
    const { stream, lines } = logFile();
    const bar = progress(5, stream, () => 0);
    for (let i = 0; i < 5; i++) bar.tick("a.txt");
    expect(lines).toEqual([]);
  });
});
