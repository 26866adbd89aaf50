// Sentences with their offsets, in the original text and its normalised copy (same length),
// so a figure's quote is printed as the paper printed it.

export interface Sentence {
  /** As printed. */
  text: string;
  /** Normalised for matching (same length as `text`). */
  norm: string;
  start: number;
}

// A sentence ends at 。！？ (and ; for enumerations that carry their own figures), or at a
// paragraph break; a closing quote right after the mark belongs to the sentence.
const END = /[。！？!?；;]["”’」』)）]*|\n/g;

export function sentences(text: string, norm: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, norm: norm.slice(from + lead, from + lead + t.length), start: from + lead });
  };
  for (const m of norm.matchAll(END)) {
    const to = m.index + m[0].length;
    push(to);
    from = to;
  }
  push(text.length);
  return out;
}
