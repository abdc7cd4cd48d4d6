/**
 * Files from a drop or a pick, folders included: a dropped folder is walked (webkitGetAsEntry), a
 * picked one comes flat with its relative paths. Only the formats the engine reads are kept from a
 * folder; files dropped or picked by name are all kept, so a wrong one shows its reason.
 */
export interface Picked {
  readonly name: string;
  readonly file: File;
}

const PLAN_FILE = /\.(docx|pdf|txt|md|markdown|html?|json)$/i;

export function fromInput(files: FileList | null): Picked[] {
  const all = [...(files ?? [])].map((file) => ({ file, name: file.webkitRelativePath || file.name }));
  return all.some((p) => p.file.webkitRelativePath) ? all.filter((p) => PLAN_FILE.test(p.name)) : all;
}

export async function fromDrop(data: DataTransfer): Promise<Picked[]> {
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.every((e) => e === null)) return [...data.files].map((file) => ({ file, name: file.name }));
  const out: Picked[] = [];
  for (const [i, entry] of entries.entries()) {
    if (entry?.isDirectory) out.push(...(await walk(entry as FileSystemDirectoryEntry)).filter((p) => PLAN_FILE.test(p.name)));
    else if (entry?.isFile) out.push({ file: await fileOf(entry as FileSystemFileEntry), name: entry.name });
    else if (data.files[i]) out.push({ file: data.files[i]!, name: data.files[i]!.name });
  }
  return out;
}

async function walk(dir: FileSystemDirectoryEntry): Promise<Picked[]> {
  const reader = dir.createReader();
  const children: FileSystemEntry[] = [];
  // readEntries returns the folder in chunks; an empty chunk ends it.
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (chunk.length === 0) break;
    children.push(...chunk);
  }
  const out: Picked[] = [];
  for (const child of children.sort((a, b) => a.name.localeCompare(b.name))) {
    if (child.isDirectory) out.push(...(await walk(child as FileSystemDirectoryEntry)));
    else out.push({ file: await fileOf(child as FileSystemFileEntry), name: child.fullPath.replace(/^\//, "") });
  }
  return out;
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}
