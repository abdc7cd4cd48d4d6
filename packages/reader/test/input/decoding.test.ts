import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readPlan, UnreadableInput } from "../../src/index.ts";
import { decodeTextWithInfo } from "../../src/input/decode.ts";
import { fromTcvn3, fromVni } from "../../src/input/legacy.ts";
import { toCp1258, toTcvn3 } from "../support/encode-legacy.ts";

const here = dirname(fileURLToPath(import.meta.url));
const examples = resolve(here, "../../../../examples");
const plan = readFileSync(join(examples, readdirSync(examples).find((f) => f.endsWith(".txt"))!), "utf8").normalize("NFC");
const enc = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe("legacy Vietnamese encodings are converted to Unicode", () => {
  it("TCVN3 (.VnTime) text written by others", () => {
    expect(fromTcvn3("KÕ ho¹ch chuyÓn ®æi sè x· T©n Kú n¨m 2026. Môc tiªu: 100% hå s¬ ®­îc xö lý trùc tuyÕn."))
      .toBe("Kế hoạch chuyển đổi số xã Tân Kỳ năm 2026. Mục tiêu: 100% hồ sơ được xử lý trực tuyến.");
  });
  it("TCVN3 capitals (.VnTimeH) in a title line", () => {
    expect(fromTcvn3("KÕ HO¹CH CHUYÓN §æI Sè N¡M 2026")).toBe("KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026");
  });
  it("VNI-Times text", () => {
    expect(fromVni("Keá hoaïch chuyeån ñoåi soá xaõ Taân Kyø naêm 2026. Muïc tieâu ñaït 100%; öùng duïng, ñöôïc, hoïc taäp, ÑAÛNG UÛY."))
      .toBe("Kế hoạch chuyển đổi số xã Tân Kỳ năm 2026. Mục tiêu đạt 100%; ứng dụng, được, học tập, ĐẢNG ỦY.");
  });
  it("a whole plan saved as Windows-1258 reads as the UTF-8 plan, with a note", async () => {
    const utf8 = await readPlan(enc(plan), { fileName: "a.txt" });
    const cp = await readPlan(toCp1258(plan), { fileName: "a.txt" });
    expect(cp.tree.text).toBe(utf8.tree.text);
    expect(cp.plan.indicators).toEqual(utf8.plan.indicators);
    expect(cp.plan.meta).toEqual(utf8.plan.meta);
    expect(cp.diagnostics.find((d) => d.ruleId === "parse/legacy-encoding")).toMatchObject({ severity: "info", data: { encoding: "windows-1258" } });
  });
  it("a whole plan typed in TCVN3 reads as the Unicode plan (capitals aside, which .VnTime cannot write)", async () => {
    const utf8 = await readPlan(enc(plan), { fileName: "a.txt" });
    const tcvn = await readPlan(toTcvn3(plan), { fileName: "a.txt" });
    expect(tcvn.tree.text.toLowerCase()).toBe(utf8.tree.text.toLowerCase());
    expect(tcvn.plan.indicators.map((i) => i.target)).toEqual(utf8.plan.indicators.map((i) => i.target));
    expect(tcvn.plan.meta.planYear).toBe(utf8.plan.meta.planYear);
    expect(tcvn.plan.meta.documentNumber).toBe(utf8.plan.meta.documentNumber);
    expect(tcvn.diagnostics.find((d) => d.ruleId === "parse/legacy-encoding")?.data).toEqual({ encoding: "TCVN3", font: "TCVN3 (ABC, fonts .VnTime)" });
  });
  it("look-alike letters: Icelandic eth for Đ", () => {
    expect(decodeTextWithInfo(enc("Ðảng ủy xã, ðồng")).text).toBe("Đảng ủy xã, đồng");
  });
});

describe("decoding damaged and unusual files", () => {
  it("a UTF-8 plan with a few broken bytes stays UTF-8, with a note on the bad bytes", async () => {
    const good = enc(plan);
    const bad = new Uint8Array(good.length + 13);
    bad.set(good.subarray(0, 500), 0);
    bad.set(new Uint8Array(13).fill(0xff), 500);
    bad.set(good.subarray(500), 513);
    const d = decodeTextWithInfo(bad);
    expect(d.encoding).toBe("utf-8");
    expect(d.badBytes).toEqual({ count: 13, firstOffset: 500 });
    const r = await readPlan(bad, { fileName: "a.txt" });
    expect(r.diagnostics.find((x) => x.ruleId === "parse/bad-bytes")?.data).toMatchObject({ count: 13, firstOffset: 500 });
    expect(r.diagnostics.filter((x) => x.ruleId === "parse/legacy-encoding" || x.ruleId === "parse/not-utf8")).toEqual([]);
  });
  it("UTF-16 without a byte-order mark, both byte orders", () => {
    const units = Uint16Array.from(plan.slice(0, 3000), (c) => c.charCodeAt(0));
    const le = new Uint8Array(units.buffer);
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) { be[i] = le[i + 1]!; be[i + 1] = le[i]!; }
    expect(decodeTextWithInfo(le)).toMatchObject({ encoding: "utf-16le", text: plan.slice(0, 3000) });
    expect(decodeTextWithInfo(be)).toMatchObject({ encoding: "utf-16be", text: plan.slice(0, 3000) });
  });
  it("Windows-1252 text that is no Vietnamese encoding stays Windows-1252 with its warning", () => {
    expect(decodeTextWithInfo(latin1("Café crème brûlée, über alles — naïve façade.")).encoding).toBe("windows-1252");
  });
});

describe("input that is not a plan is refused early, with the reason", () => {
  const refused = async (bytes: Uint8Array, fileName: string, reason: RegExp) => {
    const e = await readPlan(bytes, { fileName }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UnreadableInput);
    expect((e as UnreadableInput).detail).toMatch(reason);
  };
  it("binary noise", async () => {
    let seed = 7;
    const noise = Uint8Array.from({ length: 100_000 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    await refused(noise, "noise.txt", /binary/);
  });
  it("100 KB of NULs", async () => {
    await refused(new Uint8Array(100_000), "zeros.txt", /no text/);
    await refused(new Uint8Array(100_000), "zeros.docx", /./);
  });
  it("English text", async () => {
    await refused(enc("The quick brown fox jumps over the lazy dog. ".repeat(200)), "en.txt", /no Vietnamese/);
  });
  it("counts the Vietnamese letters outside the U+1EA0 block as Vietnamese (eight make a text Vietnamese)", async () => {
    await expect(readPlan(enc("Kế hoạch: ăn, đêm, ôm, ơn, ưa, à, í, ũ\n"), { fileName: "b.txt" })).resolves.toBeDefined();
    await refused(enc("Ke hoach: ăn, đêm, ôm, ơn, ưa\n"), "c.txt", /no Vietnamese/);
  });
  it("a short Vietnamese plan is not refused", async () => {
    await expect(readPlan(enc("KẾ HOẠCH\nChuyển đổi số xã Tân Phú năm 2026\n"), { fileName: "a.txt" })).resolves.toBeDefined();
  });
});

describe.skipIf(!existsSync(resolve(here, "../../../../../shared/seeds")))("seeds in every encoding", () => {
  const seeds = resolve(here, "../../../../../shared/seeds");
  for (const f of existsSync(seeds) ? readdirSync(seeds) : []) {
    it(`${f} as Windows-1258 gives the same plan`, async () => {
      // Windows-1258 has no "≥": the plan is written as an old editor would have it.
      const text = readFileSync(join(seeds, f), "utf8").replace(/≥/g, ">=").replace(/≤/g, "<=");
      const a = await readPlan(enc(text), { fileName: f });
      const b = await readPlan(toCp1258(text), { fileName: f });
      expect(b.plan.indicators).toEqual(a.plan.indicators);
      expect(b.plan.budget).toEqual(a.plan.budget);
    });
  }
});
