import { OP } from "../operators.ts";
import { Declined } from "./declined.ts";
import { isDict, isStream, nameOf, type PdfFile } from "./file.ts";
import type { FontCache, Glyph, LeanFont } from "./fonts.ts";
import { Lexer, Name, Op, Ref, STRING_MARK, TextArray, type Dict, type Value } from "./syntax.ts";

/**
 * A page's content stream → the operator list PDF.js's `getOperatorList` would give for it, in the
 * few operations `readOperators` reads (state, matrices, text, painted paths, form XObjects), built
 * the way PDF.js builds them: `TJ`, `'` and `"` as `showText` with the spacing numbers among the
 * glyphs, a path's points as a Float32Array (`re` as four lines and a close), a text or form matrix
 * as a Float32Array, text shown before any font skipped. Images are not decoded (an XObject image
 * is passed over); an inline image, an unknown operator, an operator with the wrong number or kind
 * of operands, a graphics state that sets a font: declined.
 */
export interface OperatorList {
  readonly fnArray: number[];
  readonly argsArray: unknown[];
  /** The matrix of each Type 3 font the page uses, by font id (as PDF.js's font objects give it). */
  readonly fontMatrices: Map<string, readonly number[]>;
}

/** Painting operators → PDF.js's numbers; `s`, `b` and `b*` close the path first. */
const PAINT: Record<string, number> = { S: 20, s: 21, f: 22, F: 22, "f*": 23, B: 24, "B*": 25, b: 26, "b*": 27, n: 28 };
const CLOSING = new Set(["s", "b", "b*"]);
/** PDF.js's path commands (DrawOPS) in a constructPath's data. */
const MOVE = 0, LINE = 1, CURVE = 2, CLOSE = 4;
/** Form XObjects inside form XObjects, and operations of a document, beyond any real file's. */
const MAX_FORM_DEPTH = 12;
const MAX_OPERATIONS = 4_000_000;
const MAX_OPERANDS = 64;
const MAX_SAVES = 1_000;

export class ContentReader {
  private operations = 0;
  private readonly forms = new Set<number>();
  private readonly file: PdfFile;
  private readonly fonts: FontCache;
  constructor(file: PdfFile, fonts: FontCache) { this.file = file; this.fonts = fonts; }

  /** The operator list of a page whose content is `data` (its streams joined) drawn with `resources`. */
  page(data: Uint8Array, resources: Dict | undefined): OperatorList {
    const out: OperatorList = { fnArray: [], argsArray: [], fontMatrices: new Map() };
    this.run(data, resources, out, null, 0);
    return out;
  }

  private run(data: Uint8Array, resources: Dict | undefined, out: OperatorList, inherited: LeanFont | null, depth: number): void {
    const { fnArray, argsArray } = out;
    const emit = (fn: number, args: unknown[] | null) => { fnArray.push(fn); argsArray.push(args); };
    const lexer = new Lexer(data, 0, data.length, false, true);
    const operands: Value[] = [];
    const saved: (LeanFont | null)[] = [];
    let font = inherited;
    let path: number[] = [];
    let cx = 0, cy = 0;
    const nums = (op: string): number[] => {
      for (const v of operands) if (typeof v !== "number") throw new Declined("content", `'${op}' with an operand that is not a number`);
      return operands as number[];
    };
    const text = (v: Value, f: LeanFont): Glyph[] => {
      if (typeof v !== "string") throw new Declined("content", "text shown that is not a string");
      return f.glyphs(v);
    };
    for (;;) {
      const t = lexer.value();
      if (!(t instanceof Op)) {
        if (operands.length >= MAX_OPERANDS) throw new Declined("content", "too many operands in a row");
        operands.push(t);
        continue;
      }
      const op = t.op;
      if (op === "") break;
      const arity = t.arity;
      if (arity === undefined) throw new Declined("content", `the unknown operator '${op.slice(0, 20)}'`);
      if (arity >= 0 && operands.length !== arity) throw new Declined("content", `'${op}' with ${operands.length} operands`);
      if (++this.operations > MAX_OPERATIONS) throw new Declined("size", "more operations than the lean reader reads");
      // The most frequent operators first (a switch on strings tests its cases in turn).
      switch (op) {
        case "TJ": if (font) {
          const array = operands[0];
          if (!(array instanceof TextArray)) throw new Declined("content", "'TJ' without an array");
          const { items } = array;
          const glyphs: (Glyph | number)[] = [];
          for (let i = 0; i < items.length; i++) {
            const v = items[i]!;
            if (v !== STRING_MARK) { glyphs.push(v); continue; }
            const n = items[i + 1]!;
            font.pushCodes(items, i + 2, n, glyphs);
            i += n + 1;
          }
          emit(OP.showText, [glyphs]);
        } break;
        case "Tj": if (font) emit(OP.showText, [text(operands[0]!, font)]); break;
        case "Td": emit(OP.moveText, nums(op).slice()); break;
        case "Tm": emit(OP.setTextMatrix, [new Float32Array(nums(op))]); break;
        case "BT": emit(OP.beginText, null); break;
        case "ET": case "rg": case "g": case "RG": case "G": case "W": case "W*": case "w": case "BDC": case "EMC": break;
        case "q":
          if (saved.length >= MAX_SAVES) throw new Declined("content", "graphics states saved too deep");
          saved.push(font); emit(OP.save, null); break;
        case "Q":
          if (saved.length === 0) throw new Declined("content", "a restore without a save");
          font = saved.pop()!; emit(OP.restore, null); break;
        case "cm": emit(OP.transform, nums(op).slice()); break;
        case "m": { const [x, y] = nums(op); path.push(MOVE, x!, y!); cx = x!; cy = y!; break; }
        case "l": { const [x, y] = nums(op); path.push(LINE, x!, y!); cx = x!; cy = y!; break; }
        case "c": { const a = nums(op); path.push(CURVE, ...a); cx = a[4]!; cy = a[5]!; break; }
        case "v": { const [x2, y2, x3, y3] = nums(op); path.push(CURVE, cx, cy, x2!, y2!, x3!, y3!); cx = x3!; cy = y3!; break; }
        case "y": { const [x1, y1, x3, y3] = nums(op); path.push(CURVE, x1!, y1!, x3!, y3!, x3!, y3!); cx = x3!; cy = y3!; break; }
        case "h": path.push(CLOSE); break;
        case "re": {
          const [x, y, w, h] = nums(op);
          cx = x!; cy = y!;
          if (w === 0 || h === 0) path.push(MOVE, x!, y!, LINE, x! + w!, y! + h!, CLOSE);
          else path.push(MOVE, x!, y!, LINE, x! + w!, y!, LINE, x! + w!, y! + h!, LINE, x!, y! + h!, CLOSE);
          break;
        }
        case "S": case "s": case "f": case "F": case "f*": case "B": case "B*": case "b": case "b*": case "n":
          if (CLOSING.has(op)) path.push(CLOSE);
          emit(OP.constructPath, [PAINT[op], [path.length === 0 ? null : new Float32Array(path)], null]);
          path = [];
          break;
        case "Tc": emit(OP.setCharSpacing, nums(op).slice()); break;
        case "Tw": emit(OP.setWordSpacing, nums(op).slice()); break;
        case "Tz": emit(OP.setHScale, nums(op).slice()); break;
        case "TL": emit(OP.setLeading, nums(op).slice()); break;
        case "Ts": emit(OP.setTextRise, nums(op).slice()); break;
        case "TD": emit(OP.setLeadingMoveText, nums(op).slice()); break;
        case "T*": emit(OP.nextLine, null); break;
        case "Tf": {
          const [name, size] = operands;
          if (!(name instanceof Name) || typeof size !== "number") throw new Declined("content", "'Tf' without a font name and a size");
          font = this.fonts.get(this.resource(resources, "Font", name.name, true));
          if (font.fontMatrix) out.fontMatrices.set(font.id, font.fontMatrix);
          emit(OP.setFont, [font.id, size]);
          break;
        }
        // PDF.js skips text shown before any font is set (and the line move of ' and " with it).
        case "'": if (font) { const g = text(operands[0]!, font); emit(OP.nextLine, null); emit(OP.showText, [g]); } break;
        case "\"": if (font) {
          const [aw, ac, s] = operands;
          if (typeof aw !== "number" || typeof ac !== "number") throw new Declined("content", "'\"' with spacings that are not numbers");
          const g = text(s!, font);
          emit(OP.nextLine, null); emit(OP.setWordSpacing, [aw]); emit(OP.setCharSpacing, [ac]); emit(OP.showText, [g]);
        } break;
        case "gs": {
          const name = operands[0];
          if (!(name instanceof Name)) throw new Declined("content", "'gs' without a name");
          const state = this.file.resolve(this.resource(resources, "ExtGState", name.name, false));
          if (isDict(state) && state.has("Font")) throw new Declined("content", "a graphics state that sets the font");
          break;
        }
        case "Do": {
          const name = operands[0];
          if (!(name instanceof Name)) throw new Declined("form", "'Do' without a name");
          if (path.length > 0) throw new Declined("form", "an XObject drawn inside a path");
          this.xobject(this.resource(resources, "XObject", name.name, true), resources, out, font, depth);
          break;
        }
        case "BI": throw new Declined("inline-image", "an inline image");
      }
      operands.length = 0;
    }
    // PDF.js closes what a stream left saved, so that a form's end restores the state its start saved.
    for (let k = 0; k < saved.length; k++) emit(OP.restore, null);
  }

  private resource(resources: Dict | undefined, kind: string, name: string, required: boolean): Value | undefined {
    const group = resources ? this.file.resolve(resources.get(kind)) : undefined;
    const v = isDict(group) ? group.get(name) : undefined;
    if (v === undefined && required) throw new Declined(kind === "Font" ? "font" : "form", `no /${kind} resource named ${name}`);
    return v;
  }

  private xobject(ref: Value | undefined, resources: Dict | undefined, out: OperatorList, font: LeanFont | null, depth: number): void {
    if (!(ref instanceof Ref)) throw new Declined("form", "an XObject given inline");
    const x = this.file.resolve(ref);
    if (!isStream(x)) throw new Declined("form", "an XObject that is not a stream");
    const subtype = nameOf(this.file.resolve(x.dict.get("Subtype")));
    if (subtype === "Image" || subtype === "PS") return; // images are not read (PDF.js is asked not to decode them either)
    if (subtype !== "Form") throw new Declined("form", `an XObject of subtype ${subtype ?? "none"}`);
    if (depth >= MAX_FORM_DEPTH || this.forms.has(ref.num)) throw new Declined("form", "form XObjects nested too deep or in a cycle");
    const m = this.file.resolve(x.dict.get("Matrix"));
    if (m !== undefined && !(Array.isArray(m) && m.length === 6 && m.every((v) => typeof v === "number"))) throw new Declined("form", "a form matrix that is not six numbers");
    const matrix = m === undefined ? null : new Float32Array(m as number[]);
    const own = this.file.resolve(x.dict.get("Resources"));
    out.fnArray.push(OP.paintFormXObjectBegin);
    out.argsArray.push([matrix, null]);
    this.forms.add(ref.num);
    try {
      this.run(this.file.decode(x), isDict(own) ? own : resources, out, font, depth + 1);
    } finally {
      this.forms.delete(ref.num);
    }
    out.fnArray.push(OP.paintFormXObjectEnd);
    out.argsArray.push([]);
  }
}
