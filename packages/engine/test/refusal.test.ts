import { describe, expect, it } from "vitest";
import { refusalText } from "../src/refusal.ts";

// Issue 15 item 1: the reader's English refusal reasons reach a Vietnamese run in Vietnamese.
describe("refusalText", () => {
  it("words the reader's known refusals in the user's language, keeping their figures", () => {
    expect(refusalText("the file is empty", "vi")).toBe("tệp rỗng");
    expect(refusalText("unsupported format: a zip archive (.xlsx)", "vi")).toBe("định dạng không hỗ trợ: tệp nén zip (.xlsx)");
    expect(refusalText("the PDF has no text layer (scanned?); run it through OCR first", "vi")).toBe("tệp PDF không có lớp chữ (bản quét?); hãy nhận dạng chữ (OCR) trước");
    expect(refusalText("the PDF has 900 pages, over the 500-page limit", "vi")).toBe("tệp PDF có 900 trang, vượt giới hạn 500 trang");
    expect(refusalText("unsupported format: a legacy Office file (.doc/.xls); save it as .docx", "vi")).toContain("hãy lưu lại thành .docx");
  });
  it("gives the English wording back unchanged under --lang en", () => {
    for (const reason of ["the file is empty", "unsupported format: a zip archive (.xlsx)", "the PDF has 900 pages, over the 500-page limit", "no Vietnamese text: not a plan"]) {
      expect(refusalText(reason, "en")).toBe(reason);
    }
  });
  it("shows a reason it does not know as it came", () => {
    expect(refusalText("something new", "vi")).toBe("something new");
  });
});
