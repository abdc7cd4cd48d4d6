import { nfc } from "@cdsvn/core";

/**
 * Bytes of a text file → one NFC string with "\n" line ends: UTF-8 with or without BOM, UTF-16 with
 * BOM, CRLF or CR line ends, NFD text all give the same string. Bytes that are not UTF-8 (an 8-bit
 * file saved by an old editor) are read as Windows-1252, so nothing is lost and the legacy-encoding
 * check (legacy.ts) can say what they are.
 */
export function decodeText(bytes: Uint8Array): string {
  return decodeTextWithInfo(bytes).text;
}

export interface Decoded {
  readonly text: string;
  /** "utf-8", "utf-16le", "utf-16be", or "windows-1252" when the bytes were not valid UTF-8. */
  readonly encoding: string;
}

export function decodeTextWithInfo(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
    encoding = "utf-16le";
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
    encoding = "utf-16be";
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      encoding = "utf-8";
    } catch {
      text = new TextDecoder("windows-1252").decode(bytes);
      encoding = "windows-1252";
    }
  }
  return { text: nfc(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\u0000/g, "")), encoding };
}
