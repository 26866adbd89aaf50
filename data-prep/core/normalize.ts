// Normalisation for matching. Every function here keeps the string's length (one UTF-16 unit
// in, one out), so an offset found in the normalised copy points at the same characters in the
// original text, which is what we display and quote.
import * as OpenCC from 'opencc-js/t2cn';

/** Full-width ASCII (！…～) and the ideographic space to their ASCII forms; length preserved. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

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

/** Whether a text looks Traditional (cheap pre-check, then converter agreement). */
export function looksTraditional(s: string): boolean {
  return TRADITIONAL_HINT.test(s);
}

/**
 * The matching form of a text: half-width ASCII, Simplified characters. Same length as `s`.
 * Display and quotes always use the original.
 */
export function normalizeForMatch(s: string): string {
  const half = toHalfWidth(s);
  return looksTraditional(half) ? traditionalToSimplified(half) : half;
}

/** Key for duplicate detection: letters, digits and CJK only, half-width, Simplified. */
export function dedupKey(s: string): string {
  return normalizeForMatch(s).replace(/[^\p{L}\p{N}]+/gu, '');
}
