import { z } from "zod";
import { Span } from "./span.ts";
import { Section } from "./indicator.ts";

/** A deadline as written ("Quý III/2026", "Thường xuyên"), with the date range it means when known. */
export const Deadline = z
  .object({
    raw: z.string(),
    /** Earliest date the deadline covers, ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
    from: z.string().nullable().optional(),
    /** Latest date the deadline covers, same form. */
    to: z.string().nullable().optional(),
    /** "Thường xuyên", "Hằng năm": ongoing, no end date. */
    recurring: z.boolean().optional(),
  })
  .meta({ id: "Deadline" });
export type Deadline = z.infer<typeof Deadline>;

/** A task that carries at least a lead unit or a deadline. */
export const Task = z
  .object({
    name: z.string(),
    lead: z.string().nullable(),
    partners: z.array(z.string()),
    deadline: Deadline.nullable(),
    output: z.string().nullable(),
    section: Section.optional(),
    span: Span.nullable(),
  })
  .meta({ id: "Task" });
export type Task = z.infer<typeof Task>;
