// Chinese numerals and the mixed forms newspapers print (1亿2千万, 3亿5000万, 十几万).
// Shared by the amount parser and the date finder; pure, no Node API.
import { evaluate, trailingScale, type Token } from './numeral-value.ts';
import { codeAt, isDigitCode, isSpaceOrTab } from './char-codes.ts';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const MULTIPLIERS: Readonly<Record<string, number>> = {
  十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8,
};

/** Every character of a Chinese numeral: the digits and the multipliers. */
export const NUMERAL_CHARS = Object.keys(DIGITS).join('') + Object.keys(MULTIPLIERS).join('');

// The same sets as a table by UTF-16 code unit: these tests run on every character of every
// article, and a property lookup by a fresh one-character string costs far more than an index.
const CHINESE_DIGIT = 1;
const MULTIPLIER = 2;
const CLASS = new Uint8Array(0x10000);
for (const c of Object.keys(DIGITS)) CLASS[c.charCodeAt(0)] = CHINESE_DIGIT;
for (const c of Object.keys(MULTIPLIERS)) CLASS[c.charCodeAt(0)] = MULTIPLIER;

/** A Chinese digit or multiplier, by code unit (0 or NaN, read past the end of a string, is none). */
export const isNumeralCode = (code: number): boolean => CLASS[code] !== undefined && CLASS[code] !== 0;
/** A Chinese digit (一, 〇, 两…) or a multiplier (十, 万…), by code unit. */
export const isChineseDigitCode = (code: number): boolean => CLASS[code] === CHINESE_DIGIT;
export const isMultiplierCode = (code: number): boolean => CLASS[code] === MULTIPLIER;

/**
 * Full-width ASCII (０-９, ．, ％, ～, （, …) and the ideographic space to their half-width forms.
 * Every character maps to exactly one, so offsets into the result are offsets into the input.
 */
export function toHalfWidth(s: string): string {
  // Called on every sentence, nearly all of which are half-width already (normalised text): a
  // test finds that out for less than the replace call costs, and keeps the same string.
  if (!hasFullWidth(s)) return s;
  return s.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
const FULL_WIDTH_ANY = /[\uff01-\uff5e\u3000]/;

/** Whether toHalfWidth would change anything in `s`. */
export const hasFullWidth = (s: string): boolean => FULL_WIDTH_ANY.test(s);

/** Drops floating-point noise from products like 35.94 × 1e4. */
export const cleanFloat = (v: number): number =>
  // An integer below 1e15 has at most 15 digits, so toPrecision(15) (slow) would give it back as it is.
  Number.isInteger(v) && v > 0 && v < 1e15 ? v : Number(v.toPrecision(15));

/** A scanned numeral: its value (or bounds), what it was made of, and where it ends. */
export interface NumeralScan {
  lo: number;
  hi: number;
  end: number;
  vague: boolean;
  /** 余 or 多 inside the numeral (2300余万, 9亿多). */
  over: boolean;
  /** Starts with a bare 百/千/万/亿 (千余人, 近万). */
  bare: boolean;
  hasMultiplier: boolean;
  /** The trailing multipliers' product (千万 → 1e7), 1 when none: 1至2亿 carries it back. */
  scale: number;
  hasArabic: boolean;
  /** The plain Arabic digits when the numeral is nothing else (for year and phone checks). */
  plainDigits: string | null;
}

// ASCII digits with optional thousands groups and decimals; the caller has normalised full width.
const ARABIC = /\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?/y;

/**
 * Reads a numeral starting at `i` of a half-width string. Returns null when nothing numeric starts
 * there or the tokens do not form a number (十四五, 二〇二一 read as a count).
 */
export function scanNumeral(s: string, i: number): NumeralScan | null {
  return scanSimple(s, i) ?? scanTokens(s, i);
}

/** The scan of a numeral made of its tokens: the general case. */
function scanTokens(s: string, i: number): NumeralScan | null {
  const tokens: Token[] = [];
  let pos = i;
  let over = false;
  for (;;) {
    const prev = tokens[tokens.length - 1];
    const step = readArabic(s, pos, prev) ?? readChineseDigit(s, pos, prev) ?? readVagueDigit(s, pos, prev);
    const c = codeAt(s, pos);
    if (step) {
      if (step.token) tokens.push(step.token);
      pos = step.end;
    } else if (isMultiplierCode(c)) {
      tokens.push({ kind: 'mul', value: MULTIPLIER_VALUE.get(c) ?? 1 });
      pos++;
    } else if ((c === YU || c === DUO) && prev !== undefined && !over) {
      over = true; // 2300余万, 9亿多: the numeral goes on only if a multiplier follows
      pos++;
      if (!isMultiplierCode(codeAt(s, pos)) && !isGeWithMultiplier(s, pos)) break;
    } else if (prev !== undefined && isGeWithMultiplier(s, pos)) {
      pos++; // 3个亿 is 3亿
    } else break;
  }
  let vague = false;
  let hasMultiplier = false;
  let hasArabic = false;
  for (const t of tokens) {
    if (t.kind === 'mul') hasMultiplier = true;
    else {
      if (t.lo !== t.hi) vague = true;
      if (t.arabic) hasArabic = true;
    }
  }
  const lo = evaluate(tokens, 'lo');
  // Without a vague digit both bounds read the same tokens the same way.
  const hi = vague ? evaluate(tokens, 'hi') : lo;
  if (tokens.length === 0 || lo === null || hi === null) return null;
  const first = tokens[0];
  const onlyArabic = tokens.length === 1 && first?.kind === 'num' && first.arabic;
  return {
    lo: cleanFloat(lo),
    hi: cleanFloat(hi),
    end: pos,
    vague,
    over,
    bare: first?.kind === 'mul' && first.value >= 100,
    hasMultiplier,
    scale: trailingScale(tokens),
    hasArabic,
    plainDigits: onlyArabic ? s.slice(i, pos).trim() : null,
  };
}

const CODE_DOT = 46;
const CODE_COMMA = 44;
// What may continue a numeral after its first token besides a digit or multiplier: 余/多 and 个
// (2300余万, 3个亿), and 点 (三点五).
const FOLLOW = new Uint8Array(0x10000);
for (const c of '余多个点') FOLLOW[c.charCodeAt(0)] = 1;
const DIGIT_VALUE = new Int8Array(0x10000);
for (const [c, v] of Object.entries(DIGITS)) DIGIT_VALUE[c.charCodeAt(0)] = v;

/**
 * The two commonest numerals without building tokens: plain Arabic digits (120, 3.5) and a
 * lone Chinese digit (一 in 一线, 三 in 三个), when nothing after them continues the numeral.
 * Null for anything else, which scanTokens reads; both give the same scan for these.
 */
function scanSimple(s: string, i: number): NumeralScan | null {
  const c = codeAt(s, i);
  if (CLASS[c] === CHINESE_DIGIT) return isLoneChineseDigit(s, i) ? single(DIGIT_VALUE[c]!, i + 1, false, null) : null;
  if (!isDigitCode(c)) return null;
  let p = i + 1;
  while (isDigitCode(codeAt(s, p))) p++;
  if (codeAt(s, p) === CODE_COMMA) return null; // maybe thousands groups (12,000)
  if (codeAt(s, p) === CODE_DOT && isDigitCode(codeAt(s, p + 1))) {
    p += 2;
    while (isDigitCode(codeAt(s, p))) p++;
  }
  // A multiplier, even after OCR's spaces (10 万), 余/多 or 个 continue the numeral.
  let q = p;
  while (q < p + 3 && isSpaceOrTab(codeAt(s, q))) q++;
  const digits = s.slice(i, p);
  if (CLASS[codeAt(s, q)] === MULTIPLIER) return withOneMultiplier(s, Number(digits), q);
  const after = codeAt(s, p);
  if (CLASS[after] || FOLLOW[after]) return null;
  return single(cleanFloat(Number(digits)), p, true, digits);
}

/**
 * Digits and the one multiplier at `at` (2万, 1.72亿, 10 万), when nothing after the multiplier
 * continues the numeral (no digit, numeral, 几/数, 余/多 or 个): the value is their product.
 */
function withOneMultiplier(s: string, v: number, at: number): NumeralScan | null {
  const next = codeAt(s, at + 1);
  if (CLASS[next] || FOLLOW[next] || isDigitCode(next) || next === JI || next === SHU) return null;
  // 0万 is left to the general evaluation (numeral-value.ts), which reads a written nought.
  if (v === 0) return null;
  const scale = MULTIPLIER_VALUE.get(codeAt(s, at))!;
  const value = cleanFloat(v * scale);
  return {
    lo: value,
    hi: value,
    end: at + 1,
    vague: false,
    over: false,
    bare: false,
    hasMultiplier: true,
    scale,
    hasArabic: true,
    plainDigits: null,
  };
}

/**
 * Whether scanNumeral(s, i) reads a lone Chinese digit: one at `i` that no digit, multiplier,
 * 点, 余, 多 or 个 continues (一 in 一线, 三 in 三个).
 */
export function isLoneChineseDigit(s: string, i: number): boolean {
  const next = codeAt(s, i + 1);
  return CLASS[codeAt(s, i)] === CHINESE_DIGIT && !CLASS[next] && !FOLLOW[next];
}

function single(v: number, end: number, arabic: boolean, digits: string | null): NumeralScan {
  return {
    lo: v,
    hi: v,
    end,
    vague: false,
    over: false,
    bare: false,
    hasMultiplier: false,
    scale: 1,
    hasArabic: arabic,
    plainDigits: digits,
  };
}

/** One step of the scanner: the token read (null for a place-holding 零) and where it ends. */
interface Step {
  token: Token | null;
  end: number;
}

const code = (c: string): number => c.charCodeAt(0);
const GE = code('个');
const WAN = code('万');
const YI = code('亿');
const YU = code('余');
const DUO = code('多');
const DIAN = code('点');
const LING = code('零');
const LING_CIRCLE = code('〇');
const JI = code('几');
const SHU = code('数');
const MULTIPLIER_VALUE = new Map(Object.entries(MULTIPLIERS).map(([c, v]) => [code(c), v]));

// 个 before 万 or 亿 (3个亿).
const isGeWithMultiplier = (s: string, pos: number): boolean =>
  codeAt(s, pos) === GE && (codeAt(s, pos + 1) === WAN || codeAt(s, pos + 1) === YI);

function readArabic(s: string, pos: number, prev: Token | undefined): Step | null {
  // Tried at every step of a scan, mostly at a Chinese character: no digit, no match to look for.
  if (prev?.kind === 'num' || !isDigitCode(codeAt(s, pos))) return null;
  ARABIC.lastIndex = pos;
  const m = ARABIC.exec(s);
  if (!m) return null;
  const v = Number(m[0].includes(',') ? m[0].replace(/,/g, '') : m[0]);
  let end = pos + m[0].length;
  if (prev?.kind === 'mul' && !digitFollowsMultiplier(s, end, prev.value, v)) return null;
  // OCR often puts a space between the digits and 万/亿 ("10 万人"), up to three of them.
  let spaces = 0;
  while (spaces < 3 && isSpaceOrTab(codeAt(s, end + spaces))) spaces++;
  if (spaces > 0 && isMultiplierCode(codeAt(s, end + spaces))) end += spaces;
  return { token: { kind: 'num', lo: v, hi: v, arabic: true }, end };
}

const DECIMALS_AFTER_DIAN = /^点([零〇一二两三四五六七八九]+)/;

function readChineseDigit(s: string, pos: number, prev: Token | undefined): Step | null {
  const c = codeAt(s, pos);
  if (!isChineseDigitCode(c) || prev?.kind === 'num') return null;
  const d = DIGIT_VALUE[c]!;
  if (prev?.kind === 'mul' && d === 0) return { token: null, end: pos + 1 }; // 一百零五
  // 三点五亿: digits after 点 are decimals, read one by one.
  let decimals = '';
  let end = pos + 1;
  if (codeAt(s, pos + 1) === DIAN) {
    const frac = DECIMALS_AFTER_DIAN.exec(s.slice(pos + 1));
    if (frac) {
      decimals = [...frac[1]!].map((x) => DIGITS[x]).join('');
      end += frac[0].length;
    }
  }
  // After 百/千/万 a digit needs a multiplier of its own (一百二十), unless it is the last
  // place: after 十 or 零 (二十一, 一千零五). 三千五 stops at 三千: the 五 is too loose to trust.
  const before = codeAt(s, pos - 1);
  const afterZero = before === LING || before === LING_CIRCLE;
  if (prev?.kind === 'mul' && prev.value !== 10 && !afterZero && !isMultiplierCode(codeAt(s, end))) return null;
  const value = decimals ? Number(`${d}.${decimals}`) : d;
  return { token: { kind: 'num', lo: value, hi: value, arabic: false }, end };
}

// 几 and 数 stand for an unknown digit: 十几 reads 0..9 after the ten; 几十 / 数百 read 1..9
// before a multiplier (数 only leads, as in 数百万).
function readVagueDigit(s: string, pos: number, prev: Token | undefined): Step | null {
  const c = codeAt(s, pos);
  if (prev?.kind === 'num') return null;
  const afterTen = prev?.kind === 'mul' && prev.value === 10;
  const multiplierNext = isMultiplierCode(codeAt(s, pos + 1));
  const ok = c === JI ? multiplierNext || afterTen : c === SHU && prev === undefined && multiplierNext;
  if (!ok) return null;
  return { token: { kind: 'num', lo: prev?.kind === 'mul' ? 0 : 1, hi: 9, arabic: false }, end: pos + 1 };
}

// An Arabic number right after a multiplier belongs to it only when another multiplier follows
// (1亿2千万) or it fills the places below (2万5000 but not 3万2, which is more likely two things).
function digitFollowsMultiplier(s: string, after: number, multiplier: number, v: number): boolean {
  return isMultiplierCode(codeAt(s, after)) || (Number.isInteger(v) && v >= multiplier / 10 && v < multiplier);
}

/**
 * A pure Chinese numeral as a number: 一百二十 → 120, 两千 → 2000, 贰拾 → 20, 十一 → 11,
 * 三点五 → 3.5. Digit strings without multipliers read digit by digit (二〇二一 → 2021).
 * Null for anything else, including vague forms (十几, 数百), which parseAmount handles.
 */
export function chineseNumeralToNumber(s: string): number | null {
  const t = s.trim();
  if (t === '' || /[\d几数余多]/.test(t)) return null;
  if ([...t].every((c) => isChineseDigitCode(c.charCodeAt(0)))) return Number([...t].map((c) => DIGITS[c]).join(''));
  const scan = scanNumeral(t, 0);
  return scan && scan.end === t.length ? scan.lo : null;
}
