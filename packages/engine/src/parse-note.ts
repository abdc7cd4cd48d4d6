import { isMessageId, message, type Diagnostic, type Locale } from "@cdsvn/core";

/**
 * A reader's note (`parse/*`) in the run's language: its catalogue entry `parse.<messageId>` filled from
 * the note's own data. The reader words its notes in Vietnamese; an English run reads them in English.
 * A note the catalogue does not know, or whose data lacks a placeholder of the entry (a plan JSON
 * written by another version), keeps the words it came with.
 */
export function parseNoteIn(note: Diagnostic, locale: Locale): Diagnostic {
  if (note.category !== "parse" || note.data === undefined) return note;
  const id = `parse.${note.messageId}`;
  if (!isMessageId(id)) return note;
  const data = note.data;
  const complete = [...message(locale, id).matchAll(/\{(\w+)\}/g)].every(([, key]) => data[key!] !== undefined);
  if (!complete) return note;
  const worded = message(locale, id, data);
  return worded === note.message ? note : { ...note, message: worded };
}
