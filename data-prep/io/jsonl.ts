// JSON Lines input: one article a line, {"id"?, "title"?, "published"?, "source"?, "text"}.
// Records are articles already (Page.preSegmented); a bad line is reported and the rest kept.
import type { Page, Warning } from '../core/types.ts';
import { isoDate } from './iso-date.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function optionalString(rec: Record<string, unknown>, key: string, warn: (m: string) => void): string | undefined {
  const v = rec[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v.trim() || undefined;
  warn(`"${key}" is ${typeof v}, not a string; ignored`);
  return undefined;
}

/** The Page and/or Warnings for one line (1-based `line`); [] for a blank line. */
export function parseJsonlLine(text: string, file: string, line: number): (Page | Warning)[] {
  if (!text.trim()) return [];
  const out: (Page | Warning)[] = [];
  const warn = (message: string): void => void out.push({ file, line, message });
  let rec: unknown;
  try {
    rec = JSON.parse(text);
  } catch (e) {
    warn(`not JSON: ${e instanceof Error ? e.message : String(e)}`);
    return out;
  }
  if (!isObject(rec)) {
    warn('not a JSON object');
    return out;
  }
  if (typeof rec.text !== 'string' || !rec.text.trim()) {
    warn(typeof rec.text === 'string' || rec.text === undefined ? 'missing or empty "text"; skipped' : `"text" is ${typeof rec.text}, not a string; skipped`);
    return out;
  }
  // A numeric id is unambiguous; keep it as its decimal string.
  const id = typeof rec.id === 'number' && Number.isFinite(rec.id) ? String(rec.id) : optionalString(rec, 'id', warn);
  const title = optionalString(rec, 'title', warn);
  const source = optionalString(rec, 'source', warn);
  let published: string | null = null;
  const rawDate = optionalString(rec, 'published', warn);
  if (rawDate !== undefined) {
    published = isoDate(rawDate);
    if (published === null) warn(`"published" is not YYYY-MM-DD (${JSON.stringify(rawDate)}); set to null`);
  }
  const preSegmented: NonNullable<Page['preSegmented']> = { line };
  if (id !== undefined) preSegmented.id = id;
  if (title !== undefined) preSegmented.title = title;
  out.unshift({ file, text: rec.text, published, publication: source ?? null, preSegmented });
  return out;
}

/** Parses a whole JSONL text; yields a Page per good record and a Warning (with line) per problem. */
export function* parseJsonl(text: string, file: string): Iterable<Page | Warning> {
  let line = 0;
  let start = 0;
  // Scans for newlines rather than splitting, so a large file is not copied into an array of lines.
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const raw = text.slice(start, end);
    yield* parseJsonlLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, file, line);
    start = end + 1;
  }
}
