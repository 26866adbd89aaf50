// How much a decoded string looks like real text, used to choose between candidate encodings.
// Bytes of one Chinese encoding usually decode without error in another (GB18030 accepts most
// Big5 pairs), so validity alone cannot decide; frequency can: a right guess gives common
// characters, a wrong one gives rare ones, symbols and private-use code points.
import iconv from 'iconv-lite';

/** Counts over the non-ASCII characters of a decoded sample. */
export interface TextScore {
  /** Non-ASCII characters looked at. */
  foreign: number;
  /** Replacement characters, control characters, private-use code points. */
  bad: number;
  /** Han characters among the common ones (GB2312 level 1 or Big5 common). */
  common: number;
  /** Han characters, CJK punctuation and full-width forms. */
  chinese: number;
}

let commonSet: Set<string> | null = null;

// The 3755 most used simplified characters (GB2312 level 1, rows B0-D7) and the 5401 most used
// traditional ones (Big5 A440-C67E): together a fair list of ordinary Chinese characters.
function common(): Set<string> {
  if (commonSet) return commonSet;
  const gb: number[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= (hi === 0xd7 ? 0xf9 : 0xfe); lo++) gb.push(hi, lo);
  const big5: number[] = [];
  for (let hi = 0xa4; hi <= 0xc6; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if ((lo > 0x7e && lo < 0xa1) || (hi === 0xc6 && lo > 0x7e)) continue;
      big5.push(hi, lo);
    }
  }
  const text = iconv.decode(Buffer.from(gb), 'gb18030') + iconv.decode(Buffer.from(big5), 'big5hkscs');
  commonSet = new Set(text);
  commonSet.delete('\ufffd');
  return commonSet;
}

const SAMPLE = 200_000;

/** Scores up to the first 200k characters of `text`. */
export function scoreText(text: string): TextScore {
  const set = common();
  const s: TextScore = { foreign: 0, bad: 0, common: 0, chinese: 0 };
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // Tab, LF, VT, FF, CR and the DOS end-of-file mark are fine; other controls are not.
      if (c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 0x1a) s.bad++;
      continue;
    }
    s.foreign++;
    if (c === 0xfffd || c < 0xa0 || (c >= 0xe000 && c <= 0xf8ff)) s.bad++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
      s.chinese++;
      if (set.has(text[i]!)) s.common++;
    } else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x206f)) s.chinese++;
  }
  return s;
}

/** True when the counts fit Chinese text: few bad characters, mostly Chinese, mostly common. */
export function plausiblyChinese(s: TextScore): boolean {
  if (s.foreign === 0) return false;
  return s.bad <= Math.max(1, s.foreign * 0.02) && s.chinese >= s.foreign * 0.8 && s.common >= s.chinese * 0.6;
}

/** One number to rank candidate decodings of the same bytes (higher is likelier). */
export function rank(s: TextScore): number {
  return s.foreign === 0 ? 0 : (s.common - 5 * s.bad) / s.foreign;
}
