import { ContentReader, type OperatorList } from "./content.ts";
import { Declined } from "./declined.ts";
import { isDict, isStream, PdfFile } from "./file.ts";
import { FontCache } from "./fonts.ts";
import { Ref, type Dict, type Value } from "./syntax.ts";

/**
 * The lean PDF reader: a PDF's pages as PDF.js would give them to the layout — each page's view box
 * and its operator list in PDF.js's shape — read straight from the file's objects and content
 * streams, without parsing a font program, for the PDFs communes produce (printed from Word,
 * LibreOffice or a browser). Whatever it does not fully understand throws `Declined` (see
 * declined.ts), and the caller reads the file with PDF.js instead: the lean reader never gives a
 * different answer, only a faster one.
 */
export interface LeanPage extends OperatorList {
  /** PDF.js's `page.view`: the crop box within the media box. */
  readonly view: readonly [number, number, number, number];
}

interface Inherited { readonly resources: Value | undefined; readonly mediaBox: Value | undefined; readonly cropBox: Value | undefined }

/** Page tree levels, beyond any real file's. */
const MAX_TREE_DEPTH = 32;

export class LeanPdf {
  readonly numPages: number;
  private readonly file: PdfFile;
  private readonly leaves: { readonly dict: Dict; readonly inherited: Inherited }[] = [];
  private readonly content: ContentReader;

  constructor(bytes: Uint8Array, maxPages: number) {
    this.file = new PdfFile(bytes);
    const catalog = this.file.resolve(this.file.trailer.get("Root"));
    if (!isDict(catalog)) throw new Declined("pages", "no document catalog");
    const root = this.file.resolve(catalog.get("Pages"));
    if (!isDict(root)) throw new Declined("pages", "no page tree");
    const count = this.file.resolve(root.get("Count"));
    if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > maxPages) throw new Declined("pages", `a page count of ${String(count)}`);
    this.numPages = count as number;
    this.walk(root, { resources: undefined, mediaBox: undefined, cropBox: undefined }, 0, new Set());
    if (this.leaves.length !== this.numPages) throw new Declined("pages", `/Count says ${this.numPages} pages, the tree holds ${this.leaves.length}`);
    this.content = new ContentReader(this.file, new FontCache(this.file));
  }

  private walk(node: Dict, from: Inherited, depth: number, seen: Set<Dict>): void {
    if (depth > MAX_TREE_DEPTH || seen.has(node) || this.leaves.length > this.numPages) throw new Declined("pages", "a page tree too deep, in a cycle or longer than its count");
    seen.add(node);
    const inherited: Inherited = {
      resources: node.get("Resources") ?? from.resources,
      mediaBox: node.get("MediaBox") ?? from.mediaBox,
      cropBox: node.get("CropBox") ?? from.cropBox,
    };
    const kids = this.file.resolve(node.get("Kids"));
    if (kids === undefined) {
      this.leaves.push({ dict: node, inherited });
      return;
    }
    if (!Array.isArray(kids)) throw new Declined("pages", "/Kids that is not an array");
    for (const kid of kids) {
      if (!(kid instanceof Ref)) throw new Declined("pages", "a page given inline");
      const dict = this.file.resolve(kid);
      if (!isDict(dict)) throw new Declined("pages", "a page that is not a dictionary");
      this.walk(dict, inherited, depth + 1, seen);
    }
  }

  /** Page `n` (1-based). */
  page(n: number): LeanPage {
    const { dict, inherited } = this.leaves[n - 1]!;
    const resources = this.file.resolve(inherited.resources);
    const list = this.content.page(this.contents(dict), isDict(resources) ? resources : undefined);
    return { ...list, view: this.view(inherited) };
  }

  /** The page's content streams decoded and joined byte for byte (as PDF.js joins them). */
  private contents(page: Dict): Uint8Array {
    const c = this.file.resolve(page.get("Contents"));
    if (c === undefined || c === null) return new Uint8Array(0);
    const parts = (Array.isArray(c) ? c : [c]).map((v) => {
      const s = this.file.resolve(v);
      if (!isStream(s)) throw new Declined("content", "page contents that are not a stream");
      return this.file.decode(s);
    });
    if (parts.length === 1) return parts[0]!;
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) { out.set(p, at); at += p.length; }
    return out;
  }

  /** PDF.js's page view: the crop box clipped to the media box when both are valid and differ. */
  private view(inherited: Inherited): readonly [number, number, number, number] {
    const media = this.box(inherited.mediaBox);
    if (!media) throw new Declined("pages", "a page without a valid /MediaBox");
    const crop = this.box(inherited.cropBox);
    if (!crop || crop.every((v, k) => v === media[k])) return media;
    const clipped = [Math.max(crop[0], media[0]), Math.max(crop[1], media[1]), Math.min(crop[2], media[2]), Math.min(crop[3], media[3])] as const;
    return clipped[2] - clipped[0] > 0 && clipped[3] - clipped[1] > 0 ? clipped : media;
  }

  private box(v: Value | undefined): [number, number, number, number] | undefined {
    const a = this.file.resolve(v);
    if (!Array.isArray(a) || a.length !== 4) return undefined;
    const n = a.map((x) => this.file.resolve(x));
    if (!n.every((x) => typeof x === "number" && Number.isFinite(x))) throw new Declined("pages", "a page box that is not four numbers");
    const [x0, y0, x1, y1] = n as number[];
    const box: [number, number, number, number] = [Math.min(x0!, x1!), Math.min(y0!, y1!), Math.max(x0!, x1!), Math.max(y0!, y1!)];
    return box[2] - box[0] > 0 && box[3] - box[1] > 0 ? box : undefined;
  }
}
