#!/usr/bin/env node
/**
 * Rebuilds test/fixtures/pdf-structure/: one LibreOffice-printed plan (a layout fixture) rewritten
 * by pdf-lib into the file structures the lean PDF reader must read as PDF.js does, though no
 * LibreOffice export here produces them:
 *   object-streams.pdf  every object inside compressed object streams, an xref stream (PDF 1.5)
 *   form-xobjects.pdf   each page drawn on a new page as a form XObject, scaled and moved
 *                       (`q cm /X0 Do Q`: a form's matrix, resources and content inside the page's)
 * The differential test (test/pdf-lean.test.ts) reads each with both readers and compares.
 *
 *   node packages/reader/scripts/pdf-structure-fixtures.mjs
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PDFDocument } from "pdf-lib";

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, "../test/fixtures");
const source = readFileSync(join(fixtures, "layout/pdf/hai-phong_dong-hai_2026.pdf"));
// Fixed dates and no producer line, so that a rebuild gives the same bytes.
const fixed = (doc) => {
  doc.setCreationDate(new Date("2026-12-06T00:00:00Z"));
  doc.setModificationDate(new Date("2026-12-06T00:00:00Z"));
  doc.setProducer("pdf-lib (cds test fixture)");
  doc.setCreator("cds packages/reader/scripts/pdf-structure-fixtures.mjs");
};

{
  const doc = await PDFDocument.load(source, { updateMetadata: false });
  fixed(doc);
  writeFileSync(join(fixtures, "pdf-structure/object-streams.pdf"), await doc.save({ useObjectStreams: true }));
}
{
  const from = await PDFDocument.load(source, { updateMetadata: false });
  const doc = await PDFDocument.create({ updateMetadata: false });
  fixed(doc);
  const embedded = await doc.embedPages(from.getPages());
  for (const page of embedded) {
    const sheet = doc.addPage([page.width + 40, page.height + 60]);
    sheet.drawPage(page, { x: 25, y: 35, xScale: 0.97, yScale: 0.97 });
  }
  writeFileSync(join(fixtures, "pdf-structure/form-xobjects.pdf"), await doc.save({ useObjectStreams: false }));
}
