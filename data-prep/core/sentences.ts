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
  // The matches of /[。！？!?；;]["”’」』)）]*|\n/g: the engine finds each mark (a plain class
  // of them is fast; with the closing quotes as a second part it tested each character slowly),
  // and the closing quotes after it are read by table.
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(norm); m !== null; m = BREAK.exec(norm)) {
    let to = m.index + 1;
    if (norm.charCodeAt(m.index) !== 10) while (to < norm.length && CLOSES[norm.charCodeAt(to)] === 1) to++;
    push(to);
    from = to;
    BREAK.lastIndex = to;
  }
  push(text.length);
  return out;
}

const BREAK = /[。！？!?；;\n]/g;
const CLOSES = new Uint8Array(0x10000);
for (const c of '"”’」』)）') CLOSES[c.charCodeAt(0)] = 1;
