// The corpus reader: walks the input, reads one file at a time, decodes it and turns it into
// Pages by format, with the manifest's metadata applied. Problems become Warnings; only a
// missing input path is an error.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page, Warning } from '../core/types.ts';
import { htmlToText } from '../core/html.ts';
import { decodeBytes } from './decode.ts';
import { htmlCharset } from './html-charset.ts';
import { parseJsonl } from './jsonl.ts';
import { streamJsonl } from './jsonl-stream.ts';
import { MANIFEST_NAME, manifestKey, readManifest, type ManifestEntry } from './manifest.ts';
import { walkInputs, type InputFile } from './walk.ts';

/** Progress after each file: files and bytes done, of the totals found by the walk. */
export interface ReadProgress {
  files: number;
  bytes: number;
  totalBytes: number;
  totalFiles: number;
}

/** Options for readCorpus; progress is passed in so tests can stay silent. */
export interface ReadOptions {
  onProgress?: (p: ReadProgress) => void;
}

// JSONL above this is streamed line by line; other files above MAX_WHOLE are refused, since a
// page of text that size is not a page (V8 strings also stop at about 512 M characters).
const STREAM_JSONL = 32 * 1024 * 1024;
const MAX_WHOLE = 256 * 1024 * 1024;

const errorCode = (e: unknown): string =>
  e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : e instanceof Error ? e.message : String(e);

const extension = (file: string): string => file.slice(file.lastIndexOf('.')).toLowerCase();

function withMeta(item: Page | Warning, meta: ManifestEntry | undefined): Page | Warning {
  if (!('text' in item)) return item;
  return {
    ...item,
    // A record's own date and source are more specific than the manifest's line for the whole file.
    published: item.published ?? meta?.published ?? null,
    publication: item.publication ?? meta?.source ?? null,
    region: meta?.region ?? null,
  };
}

/** Whether a file is read as it streams (big JSONL) rather than whole, in one piece. */
function isStreamed(input: InputFile): boolean {
  return extension(input.file) === '.jsonl' && input.size > STREAM_JSONL;
}

/**
 * The Pages (or Warnings) of one whole file's bytes. No file system: the caller read the bytes,
 * so this runs where the file was read, in the main thread or in a page worker.
 */
export function pagesFromBytes(input: InputFile, bytes: Uint8Array, meta: ManifestEntry | undefined): (Page | Warning)[] {
  const { file } = input;
  const ext = extension(file);
  const isHtml = ext === '.html' || ext === '.htm' || ext === '.shtml';
  const decoded = decodeBytes(bytes, isHtml ? (htmlCharset(bytes) ?? undefined) : undefined);
  if ('error' in decoded) return [{ file, message: decoded.error }];
  if (ext === '.jsonl') return [...parseJsonl(decoded.text, file)].map((item) => withMeta(item, meta));
  const text = decoded.text.includes('\r') ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text;
  const page: Page = { file, text, published: meta?.published ?? null, publication: meta?.source ?? null, region: meta?.region ?? null };
  if (isHtml) {
    const html = htmlToText(text);
    // The headline leads the text, as it does on a printed page, for the segmenter to find.
    page.text = [html.title, html.text].filter((s) => s).join('\n');
    page.published ??= html.published;
  }
  if (!page.text.trim()) return [{ file, message: isHtml ? 'no article text found in the page' : 'no text (only white space)' }];
  return [page];
}

/** A file's read failure as the Warning the reader gives for it. */
export function cannotRead(input: InputFile, e: unknown): Warning {
  return { file: input.file, message: `cannot read: ${errorCode(e)}` };
}

/** Reads one input file: its Pages, or Warnings for what cannot be read. Never throws. */
export async function* readInput(root: string, input: InputFile, meta: ManifestEntry | undefined): AsyncIterable<Page | Warning> {
  try {
    if (isStreamed(input)) {
      for await (const item of streamJsonl(join(root, input.file), input.file)) yield withMeta(item, meta);
      return;
    }
    // A file too large to be a page is refused before it is read.
    if (input.size > MAX_WHOLE) yield { file: input.file, message: `too large to read as one page (${Math.round(input.size / 2 ** 20)} MB)` };
    else yield* pagesFromBytes(input, await readFile(join(root, input.file)), meta);
  } catch (e) {
    yield cannotRead(input, e);
  }
}

/** What is known before any file is read: the files, their manifest entries and the totals. */
export interface CorpusPlan {
  root: string;
  /** Manifest and walk warnings, reported before the files' own. */
  warnings: Warning[];
  inputs: { input: InputFile; meta: ManifestEntry | undefined }[];
  totalBytes: number;
  /** Manifest lines naming no input file (reported after the files' warnings). */
  unused: Warning[];
}

/**
 * Walks `path` (a file or a folder) and reads its manifest. Throws `input not found: PATH` when
 * `path` does not exist. `onBytes` hears the running total of input bytes after each file.
 */
export async function planCorpus(path: string, onBytes?: (bytes: number) => void): Promise<CorpusPlan> {
  const top = await stat(path).catch(() => null);
  if (!top) throw new Error(`input not found: ${path}`);
  const root = top.isDirectory() ? path : dirname(path);
  const { manifest, warnings } = await readManifest(root);
  // The walk keeps only names and sizes, so the totals for progress cost little memory.
  const inputs: CorpusPlan['inputs'] = [];
  const used = new Set<string>();
  let bytes = 0;
  for await (const item of walkInputs(path)) {
    if (!('size' in item)) {
      warnings.push(item);
      continue;
    }
    const key = manifestKey(item.file);
    const meta = manifest.get(key);
    if (meta) used.add(key);
    inputs.push({ input: item, meta });
    bytes += item.size;
    onBytes?.(bytes);
  }
  const unused: Warning[] = [];
  if (top.isDirectory()) {
    for (const key of manifest.keys()) {
      if (!used.has(key)) unused.push({ file: MANIFEST_NAME, message: `lists "${key}", which is not among the input files` });
    }
  }
  return { root, warnings, inputs, totalBytes: bytes, unused };
}

/**
 * Reads every input file under `path` (a file or a folder) and yields its Pages, with a Warning
 * for each file or record that cannot be read. Files are read one at a time, in walk order.
 * Throws `input not found: PATH` when `path` does not exist.
 */
export async function* readCorpus(path: string, opts: ReadOptions = {}): AsyncIterable<Page | Warning> {
  const plan = await planCorpus(path);
  yield* plan.warnings;
  const totalFiles = plan.inputs.length;
  let files = 0;
  let bytes = 0;
  opts.onProgress?.({ files, bytes, totalBytes: plan.totalBytes, totalFiles });
  for (const { input, meta } of plan.inputs) {
    yield* readInput(plan.root, input, meta);
    files++;
    bytes += input.size;
    opts.onProgress?.({ files, bytes, totalBytes: plan.totalBytes, totalFiles });
  }
  yield* plan.unused;
}
