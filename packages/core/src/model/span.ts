import { z } from "zod";

/** A character range [start, end) into the NFC text that was parsed, so a reviewer can be pointed at the place. */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .meta({ id: "Span", description: "Character offsets [start, end) into the NFC text that was parsed." });
export type Span = z.infer<typeof Span>;
