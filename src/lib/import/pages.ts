// A dropped file or pasted text → the Pages the prep's pipeline takes, the same way the prep's
// reader makes them (data-prep/io/read.ts): text files are pages, HTML pages lose their markup and
// boilerplate, JSONL records are one article each. Problems name the file (and the JSONL line).
import type { Page } from '../../../data-prep/core/types.ts';
import { htmlToText } from '../../../data-prep/core/html.ts';
// The JSONL parser lives with the prep's readers but is pure string work: the same records are
// accepted (and the same lines refused) here as by the prep.
import { parseJsonl } from '../../../data-prep/io/jsonl.ts';
import { declaredCharset, decodeBytes } from './decode.ts';

/** What the reader gave: a file's bytes, or text pasted into the page. */
export type ImportInput = { name: string; bytes: Uint8Array } | { name: string; text: string };

/** Why a file, or one line of it, was not imported. `detail` is the JSONL parser's reason. */
export interface ImportProblem {
  file: string;
  line?: number;
  code: 'empty' | 'binary' | 'undecodable' | 'unsupported' | 'no-text' | 'too-large' | 'record';
  detail?: string;
}

/** Larger files are not a handful of articles; the prep is the tool for a whole corpus. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

const TEXT = /\.(txt|text|md)$/i;
const HTML = /\.(html?|shtml)$/i;
const JSONL = /\.jsonl$/i;

/** True for the file names the import reads. */
export function importable(name: string): boolean {
  return TEXT.test(name) || HTML.test(name) || JSONL.test(name);
}

/** The input's pages, and what could not be read. */
export function inputPages(input: ImportInput): { pages: Page[]; problems: ImportProblem[] } {
  const file = input.name;
  const problems: ImportProblem[] = [];
  const fail = (code: ImportProblem['code']) => ({ pages: [], problems: [{ file, code }] });
  let text: string;
  if ('text' in input) text = input.text;
  else {
    if (!importable(file)) return fail('unsupported');
    if (input.bytes.length > MAX_IMPORT_BYTES) return fail('too-large');
    const decoded = decodeBytes(input.bytes, HTML.test(file) ? declaredCharset(input.bytes) : null);
    if ('error' in decoded) return fail(decoded.error);
    text = decoded.text;
  }
  if (JSONL.test(file) && !('text' in input)) {
    const pages: Page[] = [];
    for (const item of parseJsonl(text, file)) {
      if ('message' in item) problems.push({ file, code: 'record', detail: item.message, ...(item.line ? { line: item.line } : {}) });
      else pages.push(item);
    }
    return { pages, problems };
  }
  const page: Page = { file, text: text.replace(/\r\n?/g, '\n'), published: null, publication: null, region: null };
  if (HTML.test(file) && !('text' in input)) {
    const html = htmlToText(page.text);
    // The headline leads the text, as on a printed page, for the segmenter to find.
    page.text = [html.title, html.text].filter((s) => s).join('\n');
    page.published = html.published;
  }
  if (!page.text.trim()) return fail('no-text');
  return { pages: [page], problems };
}
