// Sentences with their offsets, in the original text and its normalised copy (same length),
// so a figure's quote is printed as the paper printed it.
import { isWhiteSpaceCode } from './char-codes.ts';

export interface Sentence {
  /** As printed. */
  text: string;
  /** Normalised for matching (same length as `text`). */
  norm: string;
  start: number;
}

// A sentence ends at 。！？ (and ; for enumerations that carry their own figures), or at a
// paragraph break; a closing quote right after the mark belongs to the sentence.

export function sentences(text: string, norm: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  // text.slice(from, to).trim() and its offset, found by code without the intermediate strings.
  const push = (to: number) => {
    let a = from;
    let b = Math.min(to, text.length);
    while (a < b && isWhiteSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isWhiteSpaceCode(text.charCodeAt(b - 1))) b--;
    if (a < b) out.push({ text: text.slice(a, b), norm: norm.slice(a, b), start: a });
  };
  // The matches of /[。！？!?；;]["”’」』)）]*|\n/g, by table lookups: a class of CJK punctuation
  // makes a regular expression test each character slowly, and every article's text passes here.
  for (let i = 0; i < norm.length; i++) {
    const kind = MARK[norm.charCodeAt(i)];
    if (kind !== ENDS && kind !== NEWLINE) continue;
    let to = i + 1;
    if (kind === ENDS) while (to < norm.length && MARK[norm.charCodeAt(to)] === CLOSES) to++;
    push(to);
    from = to;
    i = to - 1;
  }
  push(text.length);
  return out;
}

const ENDS = 1;
const CLOSES = 2;
const NEWLINE = 3;
const MARK = new Uint8Array(0x10000);
for (const c of '。！？!?；;') MARK[c.charCodeAt(0)] = ENDS;
for (const c of '"”’」』)）') MARK[c.charCodeAt(0)] = CLOSES;
MARK[10] = NEWLINE;
