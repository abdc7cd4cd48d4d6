/**
 * Word's "Single File Web Page" (.mht, .mhtml): a MIME multipart/related message whose first
 * text/html part is the page Word would have written as .htm, in quoted-printable or base64, in the
 * charset its header names (utf-8, windows-1258 …); the other parts are its images and header file.
 */

/** Whether a text is a MIME message (a .mht): it starts with MIME headers naming multipart/related. */
export function isMhtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/\r\n?/g, "\n");
  const blank = head.indexOf("\n\n");
  const headers = blank >= 0 ? head.slice(0, blank) : head;
  return /^MIME-Version:/im.test(headers) && /^Content-Type:\s*multipart\/related/im.test(headers) && /^[\w-]+:/.test(headers);
}

/** The page inside a .mht: its first text/html part, decoded; null when there is none. */
export function mhtmlPage(text: string): string | null {
  const src = text.replace(/\r\n?/g, "\n");
  const boundary = /boundary\s*=\s*"?([^";\n]+)"?/i.exec(src.slice(0, 4096))?.[1];
  if (!boundary) return null;
  for (const part of src.split(`--${boundary}`).slice(1)) {
    const end = part.indexOf("\n\n");
    if (end < 0) continue;
    const headers = part.slice(0, end);
    if (!/Content-Type:\s*text\/html/i.test(headers)) continue;
    const body = part.slice(end + 2);
    const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase() ?? "7bit";
    const bytes = encoding === "quoted-printable" ? quotedPrintable(body) : encoding === "base64" ? base64(body) : latin1(body);
    const charset = /charset\s*=\s*"?([\w-]+)"?/i.exec(headers)?.[1] ?? "utf-8";
    return decode(bytes, charset);
  }
  return null;
}

/** Quoted-printable: "=\n" joins lines, "=C3=A1" is a byte; anything else stands for itself. */
function quotedPrintable(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3d) {
      if (s[i + 1] === "\n") { i++; continue; }
      const hex = s.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) { out[n++] = Number.parseInt(hex, 16); i += 2; continue; }
    }
    out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

function base64(s: string): Uint8Array {
  try {
    return latin1(atob(s.replace(/[^A-Za-z0-9+/=]/g, "")));
  } catch {
    return new Uint8Array(0);
  }
}

function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** The part's bytes in its charset (windows-1258 writes tone marks as combining characters: NFC). */
function decode(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes).normalize("NFC");
  } catch {
    return new TextDecoder("utf-8").decode(bytes).normalize("NFC");
  }
}
