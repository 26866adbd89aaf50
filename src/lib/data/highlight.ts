// Where each figure's number sits in an article's text, so the article view can mark it.
// Works on plain strings: the view renders the pieces as text, never as HTML.

/** A figure to mark: its sentence, its number as printed, and a key to link back to it. */
export interface Mark {
  key: number;
  quote: string;
  raw: string;
}

/** A piece of the text; `mark` is the key of the figure it shows, when it is a number. */
export interface Segment {
  text: string;
  mark?: number;
}

function occurrences(hay: string, needle: string, from = 0, to = hay.length): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle, from); i !== -1 && i + needle.length <= to; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * Cuts `text` into plain and marked segments. Each figure's `raw` is looked for inside its
 * `quote` (so the right one of two equal numbers is marked), else anywhere in the text; a figure
 * whose number cannot be found, or only where another figure's already is, is left unmarked.
 */
export function highlightSegments(text: string, marks: readonly Mark[]): Segment[] {
  const taken: { start: number; end: number; key: number }[] = [];
  const free = (s: number, e: number) => taken.every((t) => e <= t.start || s >= t.end);
  for (const m of marks) {
    const inQuotes = occurrences(text, m.quote).flatMap((q) => occurrences(text, m.raw, q, q + m.quote.length));
    const candidates = inQuotes.length > 0 ? inQuotes : occurrences(text, m.raw);
    const start = candidates.find((s) => free(s, s + m.raw.length));
    if (start !== undefined) taken.push({ start, end: start + m.raw.length, key: m.key });
  }
  taken.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const t of taken) {
    if (t.start > at) out.push({ text: text.slice(at, t.start) });
    out.push({ text: text.slice(t.start, t.end), mark: t.key });
    at = t.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
