/** 5 MB lines built to make backtracking regular expressions explode; each must parse to completion. */
export const ADVERSARIAL: readonly [string, string][] = [
  ["1.1.1.1…", "1.".repeat(2_500_000)],
  ["Quý I, I, I…", `Quý ${"I, ".repeat(1_700_000)}`],
  ["tabs", "\t".repeat(5_000_000)],
  ["ngày ngày ngày…", "ngày ".repeat(1_000_000)],
  ["digits and dots", "1.000.".repeat(850_000)],
  ["pipes", `|${" |".repeat(2_500_000)}`],
  ["spaces then x", `${" ".repeat(5_000_000)}x`],
  ["số/số/số", "12/".repeat(1_700_000)],
  ["markdown stars", "*_".repeat(2_500_000)],
  ["html-ish", "<a ".repeat(1_700_000)],
];
