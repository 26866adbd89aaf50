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

async function* readOne(abs: string, input: InputFile, meta: ManifestEntry | undefined): AsyncIterable<Page | Warning> {
  const { file, size } = input;
  const ext = extension(file);
  if (ext === '.jsonl' && size > STREAM_JSONL) {
    for await (const item of streamJsonl(abs, file)) yield withMeta(item, meta);
    return;
  }
  if (size > MAX_WHOLE) {
    yield { file, message: `too large to read as one page (${Math.round(size / 2 ** 20)} MB)` };
    return;
  }
  const bytes = await readFile(abs);
  const isHtml = ext === '.html' || ext === '.htm' || ext === '.shtml';
  const decoded = decodeBytes(bytes, isHtml ? (htmlCharset(bytes) ?? undefined) : undefined);
  if ('error' in decoded) {
    yield { file, message: decoded.error };
    return;
  }
  if (ext === '.jsonl') {
    for (const item of parseJsonl(decoded.text, file)) yield withMeta(item, meta);
    return;
  }
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const page: Page = { file, text, published: meta?.published ?? null, publication: meta?.source ?? null, region: meta?.region ?? null };
  if (isHtml) {
    const html = htmlToText(text);
    // The headline leads the text, as it does on a printed page, for the segmenter to find.
    page.text = [html.title, html.text].filter((s) => s).join('\n');
    page.published ??= html.published;
  }
  if (!page.text.trim()) {
    yield { file, message: isHtml ? 'no article text found in the page' : 'no text (only white space)' };
    return;
  }
  yield page;
}

/**
 * Reads every input file under `path` (a file or a folder) and yields its Pages, with a Warning
 * for each file or record that cannot be read. Files are read one at a time, in walk order.
 * Throws `input not found: PATH` when `path` does not exist.
 */
export async function* readCorpus(path: string, opts: ReadOptions = {}): AsyncIterable<Page | Warning> {
  const top = await stat(path).catch(() => null);
  if (!top) throw new Error(`input not found: ${path}`);
  const root = top.isDirectory() ? path : dirname(path);

  const { manifest, warnings } = await readManifest(root);
  yield* warnings;
  // The walk keeps only names and sizes, so the totals for progress cost little memory.
  const inputs: InputFile[] = [];
  for await (const item of walkInputs(path)) {
    if ('size' in item) inputs.push(item);
    else yield item;
  }
  const totalFiles = inputs.length;
  const totalBytes = inputs.reduce((n, f) => n + f.size, 0);
  let files = 0;
  let bytes = 0;
  opts.onProgress?.({ files, bytes, totalBytes, totalFiles });

  const used = new Set<string>();
  for (const input of inputs) {
    const key = manifestKey(input.file);
    const meta = manifest.get(key);
    if (meta) used.add(key);
    try {
      yield* readOne(join(root, input.file), input, meta);
    } catch (e) {
      yield { file: input.file, message: `cannot read: ${errorCode(e)}` };
    }
    files++;
    bytes += input.size;
    opts.onProgress?.({ files, bytes, totalBytes, totalFiles });
  }
  if (!top.isDirectory()) return;
  for (const key of manifest.keys()) {
    if (!used.has(key)) yield { file: MANIFEST_NAME, message: `lists "${key}", which is not among the input files` };
  }
}
