/**
 * What a file is, as `readDocument` tells it by content first and extension second: plain text,
 * Markdown, HTML, Word (.docx) or PDF (with a text layer); "json" is a Plan JSON, which the engine
 * takes as a plan and the reader refuses as a document.
 */
export type Format = "txt" | "md" | "html" | "docx" | "pdf" | "json";

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

/**
 * A password-protected .docx/.xlsx is not a zip: Office wraps it in an OLE compound file whose
 * streams are named "EncryptionInfo" and "EncryptedPackage" (UTF-16LE names in the directory).
 */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return false;
  const name = "EncryptedPackage";
  const limit = Math.min(bytes.length, 8 * 1024 * 1024) - name.length * 2;
  outer: for (let i = 0; i < limit; i++) {
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * The format of a file, by its content first and its extension second: a .txt that is really a
 * .docx is read as a .docx. Returns null for what the toolkit does not read (images, spreadsheets …).
 */
export function detectFormat(fileName: string, bytes: Uint8Array): Format | { unsupported: string } {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return ext === "docx" || ext === "docm" || ext === "" || ext === "txt" ? "docx" : { unsupported: `a zip archive (.${ext})` };
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return { unsupported: "a PNG image" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { unsupported: "a JPEG image" };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return { unsupported: "a GIF image" };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { unsupported: "a legacy Office file (.doc/.xls); save it as .docx" };
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return { unsupported: "a Rich Text (.rtf) file; save it as .docx" };
  // A web page named .doc: Word's "Web Page" saved under a .doc name, and what e-office systems
  // export as "Word" (HTML with Office namespaces), which Word opens as a document.
  if ((ext === "doc" || ext === "dot") && looksLikeWebPage(bytes)) return "html";
  switch (ext) {
    case "txt": case "text": case "": return "txt";
    case "md": case "markdown": return "md";
    case "html": case "htm": case "xhtml": case "mht": case "mhtml": return "html";
    case "docx": case "docm": return "docx";
    case "pdf": return "pdf";
    case "json": return "json";
    default: return { unsupported: `extension .${ext}` };
  }
}

/** Whether the first kilobyte is the start of an HTML page (after a BOM, blanks and an XML declaration) or a .mht. */
function looksLikeWebPage(bytes: Uint8Array): boolean {
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) head += String.fromCharCode(bytes[i]!);
  const text = head.replace(/\0/g, "");
  // Word's "Single File Web Page" (.mht) under a .doc name is a MIME message around the page.
  if (/^MIME-Version:/im.test(text) && /multipart\/related/i.test(text)) return true;
  // Step by step, not one pattern: a BOM, blanks, an XML declaration and a comment may come first.
  let t = text.replace(/^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, "").trimStart();
  if (t.startsWith("<?xml")) t = t.slice(t.indexOf(">") + 1).trimStart();
  if (t.startsWith("<!--") && t.includes("-->")) t = t.slice(t.indexOf("-->") + 3).trimStart();
  return /^<(?:!doctype\s+html|html|head|meta|body)\b/i.test(t);
}
