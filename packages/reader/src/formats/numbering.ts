/**
 * List numbers as Word and HTML render them: `numFmt` is OOXML's name for the counter style
 * (decimal, lowerLetter, upperRoman …). Vietnamese documents letter their items without "w", "f", "j",
 * "z" only in handwriting; Word's lowerLetter is the plain a–z sequence, which is what we render.
 */
export function formatCounter(numFmt: string, n: number): string {
  switch (numFmt) {
    case "lowerLetter": return letters(n);
    case "upperLetter": return letters(n).toUpperCase();
    case "lowerRoman": return roman(n).toLowerCase();
    case "upperRoman": return roman(n);
    case "decimalZero": return n < 10 ? `0${n}` : String(n);
    case "none": return "";
    default: return String(n);
  }
}

/** a, b, … z, aa, bb … (Word repeats the letter rather than counting in base 26). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const k = (n - 1) % 26;
  const times = Math.min(Math.floor((n - 1) / 26) + 1, 10);
  return String.fromCharCode(97 + k).repeat(times);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: readonly [number, string][] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [v, s] of table) while (rest >= v) { out += s; rest -= v; }
  return out;
}
