/**
 * What every text primitive returns: a value, or a typed failure that says what was wrong.
 * Primitives never throw on bad input; callers turn failures into `parse` diagnostics.
 */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: TextError };

/** What kind of text a primitive failed to read (the `_tag` of a TextError). */
export type TextErrorTag =
  | "InvalidNumber"
  | "InvalidTarget"
  | "InvalidDate"
  | "InvalidPeriod"
  | "InvalidMoney"
  | "InvalidSymbol";

/**
 * Why a text primitive could not read its input: the kind (`_tag`), the input as given and a reason in
 * English for logs; callers turn it into a located `parse` diagnostic in the user's language.
 */
export interface TextError {
  readonly _tag: TextErrorTag;
  readonly input: string;
  readonly reason: string;
}

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(_tag: TextErrorTag, input: string, reason: string): Parsed<T> => ({
  ok: false,
  error: { _tag, input, reason },
});
