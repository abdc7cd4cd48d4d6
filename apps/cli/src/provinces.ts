/**
 * The 34 province-level units of Vietnam since 1 July 2025 (Nghị quyết 202/2025/QH15 of 12 June 2025 on
 * arranging province-level units), as the slugs the reader gives a plan's province ("Quảng Ngãi" →
 * "quang-ngai"). A `--province` naming one of these without a plugin is accepted with national checks;
 * anything else is a typo, answered with the closest ids.
 */
export const VIETNAM_PROVINCES: readonly string[] = [
  // The six centrally-run cities.
  "ha-noi", "hue", "hai-phong", "da-nang", "ho-chi-minh", "can-tho",
  // The 28 provinces.
  "lai-chau", "dien-bien", "son-la", "lang-son", "quang-ninh", "thanh-hoa", "nghe-an", "ha-tinh", "cao-bang",
  "tuyen-quang", "lao-cai", "thai-nguyen", "phu-tho", "bac-ninh", "hung-yen", "ninh-binh", "quang-tri",
  "quang-ngai", "gia-lai", "khanh-hoa", "lam-dong", "dak-lak", "dong-nai", "tay-ninh", "vinh-long",
  "dong-thap", "ca-mau", "an-giang",
];

/**
 * The 29 provinces merged on 1 July 2025 (same resolution), each to the province it is now part of: a
 * `--province ha-nam` is answered "did you mean ninh-binh?" before any look-alike.
 */
export const MERGED_INTO: Readonly<Record<string, string>> = {
  "ha-giang": "tuyen-quang", "yen-bai": "lao-cai", "bac-kan": "thai-nguyen", "vinh-phuc": "phu-tho", "hoa-binh": "phu-tho",
  "bac-giang": "bac-ninh", "thai-binh": "hung-yen", "ha-nam": "ninh-binh", "nam-dinh": "ninh-binh", "quang-binh": "quang-tri",
  "kon-tum": "quang-ngai", "binh-dinh": "gia-lai", "ninh-thuan": "khanh-hoa", "dak-nong": "lam-dong", "binh-thuan": "lam-dong",
  "phu-yen": "dak-lak", "binh-phuoc": "dong-nai", "long-an": "tay-ninh", "ben-tre": "vinh-long", "tra-vinh": "vinh-long",
  "tien-giang": "dong-thap", "bac-lieu": "ca-mau", "kien-giang": "an-giang", "hai-duong": "hai-phong", "quang-nam": "da-nang",
  "ba-ria-vung-tau": "ho-chi-minh", "binh-duong": "ho-chi-minh", "hau-giang": "can-tho", "soc-trang": "can-tho",
};

/** "Quảng Ngãi", "tỉnh Quảng Ngãi", "QUANG NGAI" → "quang-ngai" (the reader's slug form). */
export function provinceSlug(name: string): string {
  return name
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase()
    .replace(/^\s*(?:tinh|thanh pho|tp\.?)\s+/, "")
    .replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
