/** The engine version written into comparison reports (kept apart from main.ts to avoid an import cycle). */
export const VERSION_FOR_REPORTS = "0.1.0";
