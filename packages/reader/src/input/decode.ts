import { nfc } from "@cdsvn/core";

/**
 * Bytes of a text file → one NFC string with "\n" line ends: UTF-8 with or without BOM, UTF-16 with
 * BOM, CRLF or CR line ends, NFD text all give the same string.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
  return nfc(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
}
