/**
 * What the reader agrees to read. Plans are tens of kilobytes; these bounds are generous for any real
 * plan and keep a hostile or broken file from exhausting memory or time.
 */
export const LIMITS = {
  /** Largest input of any format. */
  inputBytes: 50 * 1024 * 1024,
  /** Largest decoded text (characters) handed to the tree builders. */
  textChars: 20 * 1024 * 1024,
  /** Entries in a .docx zip (a real one has a few dozen). */
  zipEntries: 5000,
  /** Declared uncompressed size of one .docx part we read, and of all of them. */
  zipEntryBytes: 64 * 1024 * 1024,
  zipTotalBytes: 128 * 1024 * 1024,
  /** Compression ratio above which a large part is taken for a zip bomb (XML compresses ~10:1, rarely 100:1). */
  zipRatio: 200,
  /** Pages of a PDF read. */
  pdfPages: 500,
} as const;
