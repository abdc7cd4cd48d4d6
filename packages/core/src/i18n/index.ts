import type { Locale } from "../rule/contract.ts";
import { interpolate, type Catalogue } from "./catalogue.ts";
import { CLI_MESSAGES } from "./cli.ts";
import { ENGINE_MESSAGES } from "./engine.ts";
import { READER_MESSAGES } from "./reader.ts";
import { REPORT_MESSAGES } from "./report.ts";

export { formatValue, interpolate, type Catalogue, type MessageEntry } from "./catalogue.ts";

/**
 * The message catalogue: every word a person reads from the toolkit's own output, by id, in Vietnamese
 * and English. A new area adds its file of entries (`cli.ts`, `reader.ts`) and spreads it in here
 * (the catalogue test fails on an id two files define).
 */
export const MESSAGES = {
  ...REPORT_MESSAGES,
  ...CLI_MESSAGES,
  ...ENGINE_MESSAGES,
  ...READER_MESSAGES,
} as const satisfies Catalogue;

/** The files the catalogue is spread from, so a test can check that no id is defined twice. */
export const MESSAGE_PARTS: readonly Catalogue[] = [REPORT_MESSAGES, CLI_MESSAGES, ENGINE_MESSAGES, READER_MESSAGES];

/**
 * The id of a message in the toolkit's catalogue (report headings, CLI lines, engine evidence), each in
 * Vietnamese and English; `message(locale, id, data)` renders one.
 */
export type MessageId = keyof typeof MESSAGES;

/** The message `id` in `locale`, its `{placeholders}` filled from `data`. */
export function message(locale: Locale, id: MessageId, data?: Readonly<Record<string, unknown>>): string {
  const template = MESSAGES[id][locale];
  return data === undefined ? template : interpolate(template, data, locale);
}

/** Whether `id` names a message of the catalogue (an id built at run time, such as `parse.${note.messageId}`). */
export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(MESSAGES, id);
}
