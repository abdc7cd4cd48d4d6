/**
 * Text from a plan or a file name, made safe to print for a person: C0 and C1 control characters (ESC
 * starts the sequences that recolour, retitle or rewrite a terminal; a bare CR overwrites the line) and
 * the bidirectional overrides that make text read differently from what it holds are dropped; tab and
 * newline become spaces, since one message is one line. Structured output (JSON, SARIF) is never passed
 * through here: JSON escapes control characters itself, and its data must stay as it was.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function plainText(s: string): string {
  return s.replace(UNSAFE, "").replace(/[\t\n]/g, " ");
}

/** `plainText` line by line, for a block of several lines (a table, an overview). */
export function plainLines(s: string): string {
  return s.split("\n").map(plainText).join("\n");
}
