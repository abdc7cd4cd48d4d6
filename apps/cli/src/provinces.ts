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

/** "Quảng Ngãi", "tỉnh Quảng Ngãi", "QUANG NGAI" → "quang-ngai" (the reader's slug form). */
export function provinceSlug(name: string): string {
  return name
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase()
    .replace(/^\s*(?:tinh|thanh pho|tp\.?)\s+/, "")
    .replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
