// Normalisation for matching. Every function here keeps the string's length (one UTF-16 unit
// in, one out), so an offset found in the normalised copy points at the same characters in the
// original text, which is what we display and quote.
import * as OpenCC from 'opencc-js/t2cn';

/** Full-width ASCII (！…～) and the ideographic space to their ASCII forms; length preserved. */
export function toHalfWidth(s: string): string {
  // One native pass; a text without full-width characters comes back as the same string.
  return s.replace(FULL_WIDTH, halfWidthChar);
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
const halfWidthChar = (c: string): string => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0));

let t2s: ((s: string) => string) | null = null;

// Traditional → Simplified, character by character. A phrase-level conversion can change the
// length (and so break offsets); per character it never does for the BMP characters we see.
function traditionalToSimplified(s: string): string {
  t2s ??= OpenCC.Converter({ from: 't', to: 'cn' });
  const whole = t2s(s);
  if (whole.length === s.length) return whole;
  let out = '';
  for (const ch of s) {
    const c = t2s(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

// A cheap test before paying for the converter: most of a Simplified corpus has none of the
// characters that only Traditional text uses. The list is the most frequent Traditional-only
// characters; a text with none of them is left as it is.
const TRADITIONAL_HINT = /[們會員個這來時為與說國對開關發經過還進後書現實點從當們體學區將廣東華門車長電務勞動會總]/;

let hint: Uint8Array | null = null;

/** Whether a text looks Traditional (cheap pre-check, then converter agreement). */
export function looksTraditional(s: string): boolean {
  // TRADITIONAL_HINT.test(s) as a table lookup per code unit: a regular expression over a class
  // of CJK characters tests each position the slow way, and every article's text passes here.
  if (hint === null) {
    hint = new Uint8Array(0x10000);
    for (const c of TRADITIONAL_HINT.source.slice(1, -1)) hint[c.charCodeAt(0)] = 1;
  }
  for (let i = 0; i < s.length; i++) if (hint[s.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * The matching form of a text: half-width ASCII, Simplified characters. Same length as `s`.
 * Display and quotes always use the original.
 */
export function normalizeForMatch(s: string): string {
  // The same text is normalised by several stages in a row (duplicate key, then extraction).
  if (s === lastIn) return lastOut;
  const half = toHalfWidth(s);
  lastOut = looksTraditional(half) ? traditionalToSimplified(half) : half;
  lastIn = s;
  return lastOut;
}

let lastIn: string | null = null;
let lastOut = '';

/** Key for duplicate detection: letters, digits and CJK only, half-width, Simplified. */
export function dedupKey(s: string): string {
  return lettersAndDigits(normalizeForMatch(s));
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
let keep: Uint8Array | null = null;

function keepTable(): Uint8Array {
  if (keep === null) {
    keep = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) keep[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return keep;
}

// What dedupKey makes of each code unit, when the text needs no more than a look at each unit:
// 0 drops it, SLOW sends the whole text the string way (a surrogate, or a hint of Traditional
// text, which the converter rewrites as a whole), anything else is the unit to keep.
const SLOW = 0xffff;
let fold: Uint16Array | null = null;

function foldTable(): Uint16Array {
  if (fold === null) {
    const kept = keepTable();
    looksTraditional('');
    fold = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      const half = (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 ? halfWidthChar(String.fromCharCode(c)).charCodeAt(0) : c;
      fold[c] = (c >= 0xd800 && c <= 0xdfff) || hint![c] === 1 ? SLOW : kept[half] === 1 ? half : 0;
    }
  }
  return fold;
}

/**
 * The code units of dedupKey(s), written to `into` from `at` on; returns where they end.
 * `into` must have room for s.length units from `at` (a key is never longer than its text).
 * No string is made: the duplicate check compares and shingles keys as numbers, and building,
 * flattening and hashing key strings was most of its time.
 */
export function dedupKeyCodes(s: string, into: Uint16Array, at: number): number {
  const table = foldTable();
  let j = at;
  for (let i = 0; i < s.length; i++) {
    const c = table[s.charCodeAt(i)]!;
    if (c === 0) continue;
    if (c === SLOW) {
      const key = dedupKey(s);
      for (let k = 0; k < key.length; k++) into[at + k] = key.charCodeAt(k);
      return at + key.length;
    }
    into[j++] = c;
  }
  return j;
}

/**
 * `s` without what is not \p{L} or \p{N} (as s.replace(/[^\p{L}\p{N}]+/gu, '') would give).
 * A table of the BMP's letters and digits, built once, makes it a plain loop over code units;
 * that regular expression was a good part of the cleaning stage's time.
 */
function lettersAndDigits(s: string): string {
  const keep = keepTable();
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (keep[c] === 1) continue;
    // A surrogate pair is one code point: kept or dropped whole. A lone surrogate is dropped.
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair && LETTER_OR_DIGIT.test(s.slice(i, i + 2))) {
      i++;
      continue;
    }
    if (i > from) out += s.slice(from, i);
    if (pair) i++;
    from = i + 1;
  }
  return from === 0 ? s : from < s.length ? out + s.slice(from) : out;
}
