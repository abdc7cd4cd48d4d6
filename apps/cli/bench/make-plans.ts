import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The plans a batch is made of: the project's examples, and the shared seeds when they are beside the repo. */
export function templatePlans(): Array<{ name: string; text: string }> {
  const dirs = [join(repoRoot, "examples"), join(repoRoot, "../shared/seeds")].filter((d) => existsSync(d));
  return dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => /\.(txt|md)$/i.test(f))
      .map((f) => ({ name: f, text: readFileSync(join(d, f), "utf8") })),
  );
}

const COMMUNES = ["An Bình", "Bình Minh", "Cẩm Thủy", "Đông Sơn", "Hà Trung", "Hoằng Hóa", "Nga Sơn", "Quảng Xương", "Thiệu Hóa", "Yên Định", "Vĩnh Lộc", "Thạch Thành"];

/**
 * `count` plan files in `dir`, copies of the templates with the commune's name changed and every
 * percentage and amount nudged, so no two files are the same text (caches cannot flatter the figure).
 */
export function makePlans(dir: string, count: number): string[] {
  const templates = templatePlans();
  if (templates.length === 0) throw new Error("no template plans found (examples/ is empty)");
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length]!;
    const commune = `${COMMUNES[i % COMMUNES.length]} ${Math.floor(i / COMMUNES.length) + 1}`;
    let text = t.text;
    // The template's own commune name, as written after "xã"/"phường" in the title, becomes the new one.
    const own = /(?:xã|phường|XÃ|PHƯỜNG)\s+([\p{Lu}][\p{L}]*(?:\s[\p{Lu}][\p{L}]*){0,2})/u.exec(text)?.[1];
    if (own) text = text.split(own).join(commune);
    text = text.replace(/(\d{2})(,\d+)?%/g, (_m, n: string, dec: string | undefined) => `${Math.min(100, Number(n) + (i % 5))}${dec ?? ""}%`);
    const name = `${String(i + 1).padStart(4, "0")}-${t.name.replace(extname(t.name), "")}${extname(t.name)}`;
    const path = join(dir, name);
    writeFileSync(path, text);
    files.push(path);
  }
  return files;
}
