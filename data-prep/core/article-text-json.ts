// An article's text-chunk entry (the ArticleText of aggregate-index.ts, as JSON in UTF-8) cut out
// of its articles.jsonl line's bytes. Every value the entry holds (the text, the places, each
// figure's quote and number text…) is in the line already, as the same JSON: stringifying and
// encoding them a second time was half the cost of preparing an article for the output.
// JSON.stringify writes no white space and a value's JSON does not depend on where it stands,
// so the entry is the line's value bytes between a few ASCII literals.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const encoder = new TextEncoder();

// ArticleText's fields in its order (aggregate-index.ts, articleText); `figures` is made of the
// figures' quote and raw and comes last.
const FIELDS = ['id', 'source', 'subtitles', 'byline', 'dateline', 'text', 'places'] as const;
const DATELINE = FIELDS.indexOf('dateline');
const FIELD_KEYS = FIELDS.map((k) => encoder.encode(JSON.stringify(k)));
const FIGURES_KEY = encoder.encode('"figures"');
const QUOTE_KEY = encoder.encode('"quote"');
const RAW_KEY = encoder.encode('"raw"');

// The literals written between the values, one after another in one buffer; a literal is its
// [start, end) there.
const literalText: string[] = [];
let literalEnd = 0;
function literal(s: string): [number, number] {
  literalText.push(s);
  literalEnd += s.length;
  return [literalEnd - s.length, literalEnd];
}
const FIRST_MEMBER = FIELDS.map((k) => literal(`{${JSON.stringify(k)}:`));
const NEXT_MEMBER = FIELDS.map((k) => literal(`,${JSON.stringify(k)}:`));
const NULL = literal('null');
const FIGURES_FIRST = literal('{"figures":[');
const FIGURES_NEXT = literal(',"figures":[');
const FIRST_FIGURE = literal('{');
const NEXT_FIGURE = literal(',{');
const QUOTE_MEMBER = literal('"quote":');
const RAW_MEMBER = literal('"raw":');
const NEXT_RAW_MEMBER = literal(',"raw":');
const CLOSE_OBJECT = literal('}');
const CLOSE_ALL = literal(']}');
const LITERALS = encoder.encode(literalText.join(''));

/** The end of the string that starts at `at` (a quote), just after its closing quote. */
function skipString(b: Uint8Array, at: number): number {
  // Keys and short values end within a few bytes; past those, indexOf (native) finds the quote
  // several times faster than a loop over the bytes of a long text.
  let i = at + 1;
  for (const stop = Math.min(b.length, at + 24); i < stop; i++) {
    const c = b[i];
    if (c === QUOTE) return i + 1;
    if (c === BACKSLASH) i++;
  }
  for (;;) {
    const q = b.indexOf(QUOTE, i);
    if (q < 0) throw new Error('unterminated JSON string');
    // The quote closes the string unless an odd number of backslashes escapes it.
    let k = q - 1;
    while (b[k] === BACKSLASH) k--;
    if ((q - 1 - k) % 2 === 0) return q + 1;
    i = q + 1;
  }
}

/** The end of the JSON value that starts at `at`. */
function skipValue(b: Uint8Array, at: number): number {
  const c = b[at];
  if (c === QUOTE) return skipString(b, at);
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    let depth = 0;
    for (let i = at; i < b.length; ) {
      const d = b[i]!;
      if (d === QUOTE) {
        i = skipString(b, i);
        continue;
      }
      if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if ((d === CLOSE_BRACE || d === CLOSE_BRACKET) && --depth === 0) return i + 1;
      i++;
    }
    throw new Error('unterminated JSON value');
  }
  let i = at;
  while (i < b.length && b[i] !== COMMA && b[i] !== CLOSE_BRACE && b[i] !== CLOSE_BRACKET) i++;
  return i;
}

function sameBytes(b: Uint8Array, start: number, end: number, key: Uint8Array): boolean {
  if (end - start !== key.length) return false;
  for (let k = 0; k < key.length; k++) if (b[start + k] !== key[k]) return false;
  return true;
}

// The entry as copies to make: [from line (1) or LITERALS (0), start, end] triples.
let plan = new Int32Array(3 * 64);
let steps = 0;

function step(fromLine: number, start: number, end: number): void {
  if (steps * 3 + 3 > plan.length) {
    const grown = new Int32Array(plan.length * 2);
    grown.set(plan);
    plan = grown;
  }
  plan[steps * 3] = fromLine;
  plan[steps * 3 + 1] = start;
  plan[steps * 3 + 2] = end;
  steps++;
}

const lit = (l: [number, number]): void => step(0, l[0], l[1]);

/** The figures array at `at`: each figure as {"quote":…,"raw":…} (either left out when absent). */
function planFigures(b: Uint8Array, at: number): void {
  if (b[at] !== OPEN_BRACKET) throw new Error('figures is not a JSON array');
  let i = at + 1;
  if (b[i] === CLOSE_BRACKET) return;
  for (let k = 0; ; k++) {
    if (b[i] !== OPEN_BRACE) throw new Error('a figure is not a JSON object');
    let qs = -1;
    let qe = -1;
    let rs = -1;
    let re = -1;
    i++;
    if (b[i] !== CLOSE_BRACE) {
      for (;;) {
        const ke = skipString(b, i);
        const ve = skipValue(b, ke + 1);
        if (sameBytes(b, i, ke, QUOTE_KEY)) [qs, qe] = [ke + 1, ve];
        else if (sameBytes(b, i, ke, RAW_KEY)) [rs, re] = [ke + 1, ve];
        i = ve + 1;
        if (b[ve] === CLOSE_BRACE) break;
      }
    } else i++;
    lit(k ? NEXT_FIGURE : FIRST_FIGURE);
    if (qs >= 0) {
      lit(QUOTE_MEMBER);
      step(1, qs, qe);
    }
    if (rs >= 0) {
      lit(qs >= 0 ? NEXT_RAW_MEMBER : RAW_MEMBER);
      step(1, rs, re);
    }
    lit(CLOSE_OBJECT);
    if (b[i] === CLOSE_BRACKET) return;
    i++;
  }
}

/**
 * encoder.encode(JSON.stringify(articleText(a))), given `line`: the UTF-8 bytes of
 * JSON.stringify(a) (what follows the object, such as the line's newline, is not read).
 */
export function articleTextJson(line: Uint8Array): Uint8Array {
  const out = new Uint8Array(planArticleText(line));
  writeArticleText(line, out, 0);
  return out;
}

/**
 * Plans articleTextJson(line) and returns its size in bytes; writeArticleText then writes it,
 * into an array the caller may share with other bytes (the line's own, in article-pieces.ts).
 */
export function planArticleText(line: Uint8Array): number {
  // Where each field's value is in the line, and the figures array.
  const starts = [-1, -1, -1, -1, -1, -1, -1];
  const ends = [-1, -1, -1, -1, -1, -1, -1];
  let figures = -1;
  if (line[0] !== OPEN_BRACE) throw new Error('not a JSON object');
  for (let i = 1; line[i] !== CLOSE_BRACE; ) {
    const ke = skipString(line, i);
    const ve = skipValue(line, ke + 1);
    if (sameBytes(line, i, ke, FIGURES_KEY)) figures = ke + 1;
    else {
      for (let f = 0; f < FIELDS.length; f++) {
        if (sameBytes(line, i, ke, FIELD_KEYS[f]!)) {
          starts[f] = ke + 1;
          ends[f] = ve;
          break;
        }
      }
    }
    if (line[ve] === COMMA) i = ve + 1;
    else if (line[ve] === CLOSE_BRACE) break;
    else throw new Error('malformed JSON object');
  }
  // ArticleText's members in order: a field the article lacks is left out, as JSON.stringify
  // leaves out an undefined one, but for the dateline, which articleText makes null.
  steps = 0;
  let first = true;
  for (let f = 0; f < FIELDS.length; f++) {
    if (starts[f]! < 0 && f !== DATELINE) continue;
    lit((first ? FIRST_MEMBER : NEXT_MEMBER)[f]!);
    if (starts[f]! >= 0) step(1, starts[f]!, ends[f]!);
    else lit(NULL);
    first = false;
  }
  lit(first ? FIGURES_FIRST : FIGURES_NEXT);
  if (figures >= 0) planFigures(line, figures);
  lit(CLOSE_ALL);
  let size = 0;
  for (let s = 0; s < steps; s++) size += plan[s * 3 + 2]! - plan[s * 3 + 1]!;
  return size;
}

/** Writes what the last planArticleText(line) planned into `out` from `at` on. */
export function writeArticleText(line: Uint8Array, out: Uint8Array, at: number): void {
  let to = at;
  for (let s = 0; s < steps; s++) {
    const from = plan[s * 3] ? line : LITERALS;
    const start = plan[s * 3 + 1]!;
    const end = plan[s * 3 + 2]!;
    // A copy through a subarray costs an object; short ones are done by hand.
    if (end - start > 48) out.set(from.subarray(start, end), to);
    else for (let k = start; k < end; k++) out[to + k - start] = from[k]!;
    to += end - start;
  }
}
