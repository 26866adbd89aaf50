// Page text → typed blocks with OCR line breaks repaired and repeated paragraphs marked.
// Pure: no Node API. Works line by line, so a page of any size costs O(length).
import { classify, endsFinal, endsWithAuthor, LEAD_BYLINE, splitInlineCredit, type Block } from './blocks.ts';
import { CodeKeyMap, hashCodes } from './code-key-map.ts';
import { dedupKeyCodes } from './normalize.ts';
import { ShingleFilter } from './shingle-filter.ts';
import { ShingleMap } from './shingles.ts';

/** Display width in CJK cells: ASCII letters and digits print at half width. */
export function width(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) < 0x2e80 ? 0.5 : 1;
  return w;
}

// The joining rules compare widths with thresholds of at most 30 cells, and tell two widths
// apart by more than 2.5 cells where one of them is at most 28.5: any width from 40 on answers
// them all as the exact one does. A prose line is measured only that far (lines are measured
// up to four times, as a, b, before and after).
const ENOUGH_WIDTH = 40;

/** width(s), or a number of at least ENOUGH_WIDTH when s is at least that wide. */
function shortWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length && w < ENOUGH_WIDTH; i++) w += s.charCodeAt(i) < 0x2e80 ? 0.5 : 1;
  return w;
}

const PROSE_PUNCT = /[，,、；;：:。]/;
const HEADLINE_SPACE = /[\p{Script=Han}”"》\d]\s+[\p{Script=Han}\d“"《]/u;
const ANY_SPACE = /\s/;
// HEADLINE_SPACE.test(s), tried only when s has a space at all: it is asked of most lines.
const spacedWords = (s: string): boolean => ANY_SPACE.test(s) && HEADLINE_SPACE.test(s);
// Openings that only prose has: a date, or a sentence adverbial (在…上, 据…, 随着…).
const PROSE_START = /^(\d{4}年|\d{1,2}月\d{1,2}日|[在据为随对截近目今此同]|这|该)/;
const ENDS_MID_CLAUSE = /[，,、；;：:]$/;

function startsOwnBlock(line: string, b: Block): boolean {
  return b.type !== 'head' && b.type !== 'body' ? true : LEAD_BYLINE.test(line);
}

/**
 * Whether line `a` was broken by OCR and continues on `b`. Three shapes are joined:
 * a long prose line that stops mid-sentence (劳 / 模); a run of equally wide short lines, which
 * is a narrow newspaper column; a short headline whose last word fell onto its own line.
 */
export function continues(
  a: string,
  b: string,
  before: string | undefined,
  after?: string,
  // The classification of b and after when the caller has it already (repairLines does).
  bBlock: Block = classify(b),
  afterBlock: Block | undefined = after === undefined ? undefined : classify(after),
): boolean {
  const widthOf = (s: string | undefined): number => (s === undefined ? 0 : shortWidth(s));
  return joins(a, b, before, after, bBlock, afterBlock, widthOf(a), widthOf(b), widthOf(before), widthOf(after));
}

/** continues, given the lines' widths (shortWidth; 0 for a missing line). */
function joins(
  a: string,
  b: string,
  before: string | undefined,
  after: string | undefined,
  bBlock: Block,
  afterBlock: Block | undefined,
  wa: number,
  wb: number,
  wBefore: number,
  wAfter: number,
): boolean {
  if (endsFinal(a) || endsWithAuthor(a) || startsOwnBlock(b, bBlock)) return false;
  if (ENDS_MID_CLAUSE.test(a)) return true;
  if (wa >= 30 && PROSE_PUNCT.test(a) && !spacedWords(a)) return true;
  // A prose opening cut after its first line: "2024年4月,职工曲某与山东某置业公" + "司达成…".
  if (wa >= 10 && PROSE_PUNCT.test(a) && PROSE_START.test(a) && wb >= 24 && !spacedWords(a)) return true;
  const sameColumn = Math.abs(wa - wb) <= 2.5 || (endsFinal(b) && wb < wa);
  // Spaced headline words ("法治化 多元化") or a title right above 本报讯 are headlines.
  const headline =
    spacedWords(a) ||
    spacedWords(b) ||
    (after !== undefined && (LEAD_BYLINE.test(after) || afterBlock?.type === 'byline'));
  if (wa >= 10 && wa <= 26 && sameColumn && !headline) {
    // A run, not a sub-head followed by a short paragraph: the line before is of the same
    // width, or the next line itself runs on, or the paragraph reads as prose.
    const runBefore = before !== undefined && !endsFinal(before) && Math.abs(wBefore - wa) <= 2.5;
    // A run: the line before has the same width, or the line after does, or b ends the
    // paragraph. A lone pair of equal lines followed by a long paragraph is a sub-head and
    // the first line of prose, not a column.
    const runAfter = after !== undefined && !endsFinal(b) && Math.abs(wAfter - wb) <= 2.5;
    const closes = endsFinal(b);
    if (runBefore || runAfter || closes || (after !== undefined && endsFinal(after) && wAfter < wb)) return true;
  }
  return false;
}

/** Split page text into non-empty lines, with inline photo credits split off. */
export function pageLines(text: string): string[] {
  const out: string[] = [];
  // Each replace only where it has something to do: most pages have neither.
  const zeroWidth = text.includes('\u200b') || text.includes('\ufeff');
  for (const raw of (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n')) {
    const line = (zeroWidth ? raw.replace(/[\u200b\ufeff]/g, '') : raw).trim();
    if (!line) continue;
    const credit = splitInlineCredit(line);
    if (credit) out.push(credit[0], credit[1]);
    else out.push(line);
  }
  return out;
}

/** Join lines that OCR broke, then classify each repaired line as a block. */
export function repairLines(lines: readonly string[]): Block[] {
  // Each physical line is classified once: the joining rules ask about a line up to three
  // times, and a line that joins nothing is its own block.
  const kinds = lines.map(classify);
  // Likewise measured once (up to four times otherwise).
  const widths = lines.map(shortWidth);
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    let cur = lines[i]!;
    const first = i;
    // The width rules compare physical lines: the last one of a joined paragraph (lines[i]),
    // the one before it and the two after it.
    while (
      i + 1 < lines.length &&
      joins(lines[i]!, lines[i + 1]!, lines[i - 1], lines[i + 2], kinds[i + 1]!, kinds[i + 2], widths[i]!, widths[i + 1]!, widths[i - 1] ?? 0, widths[i + 2] ?? 0)
    ) {
      cur += lines[++i]!;
    }
    out.push(i === first ? { ...kinds[first]! } : classify(cur));
  }
  return joinHeadlineTails(out);
}

/** "将产改试点做成示范,办实事" + "服务职工": a headline's last words printed on their own line. */
function joinHeadlineTails(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const prev = out[out.length - 1];
    const next = blocks[i + 1];
    if (prev?.type === 'head' && b.type === 'head' && b.text.length <= 4 && next?.type === 'body' && !next.byline) {
      prev.text += b.text;
      continue;
    }
    out.push(b);
  }
  return out;
}

const SHINGLE = 4;
const MIN_KEY = 10;
const DUP_SHARE = 0.85;
// A paragraph's first few thousand characters tell whether it repeats; shingling all of a
// pathological 20 MB line would cost gigabytes.
const MAX_SHINGLED = 4000;

/**
 * Mark blocks that repeat earlier ones on the same page (OCR printed the paragraph twice, or a
 * narrow-column copy of it), exactly or nearly: when most of a block's 4-character shingles
 * were already seen. Marks rather than drops, so segmentation can tell a repeated article's
 * remains from a new article.
 */
// Reused from page to page (see ShingleMap.reset); a page is cleaned in one synchronous call.
const seen = new ShingleMap(1024);
const maybeSeen = new ShingleFilter();
const exact = new CodeKeyMap();
// The page's duplicate keys as code units (dedupKeyCodes), one after another.
let keys = new Uint16Array(1 << 16);
// Blocks whose shingles are in `maybeSeen` but not yet in `seen`: [key start, shingled length,
// block index] triples, in page order.
const pending: number[] = [];

export function markDuplicates(blocks: Block[]): Block[] {
  let total = 0;
  let shingled = 0;
  for (const b of blocks) {
    total += b.text.length;
    shingled += Math.min(b.text.length, MAX_SHINGLED);
  }
  // Sized for the whole page up front (a key is never longer than its text), so keys stay where
  // `exact` points; a buffer grown for one huge page is not kept for the next ones.
  if (keys.length < total || keys.length > Math.max(1 << 16, total * 4)) keys = new Uint16Array(Math.max(1 << 16, total));
  maybeSeen.reset(shingled);
  exact.reset(blocks.length);
  pending.length = 0;
  // `seen` is filled only when the filter cannot tell a block new: on few pages.
  let seenReady = false;
  let end = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'furniture' || b.type === 'label' || b.type === 'credit') continue;
    const start = end;
    const length = dedupKeyCodes(b.text, keys, start) - start;
    const hash = hashCodes(keys, start, length);
    const prior = exact.get(keys, start, length, hash);
    if (prior >= 0 && (length >= 4 || b.type === 'head')) {
      b.duplicateOf = prior;
      continue;
    }
    const m = Math.min(length, MAX_SHINGLED);
    if ((b.type === 'body' && length >= MIN_KEY) || (b.type === 'head' && length >= 12)) {
      const n = m - SHINGLE + 1;
      if (mostlySeen(start, n, false)) {
        if (!seenReady) seen.reset(shingled);
        seenReady = true;
        // The blocks before this one go into `seen` in page order, so each shingle keeps the
        // first block it was seen in.
        for (let p = 0; p < pending.length; p += 3) addShingles(pending[p]!, pending[p + 1]!, pending[p + 2]!);
        pending.length = 0;
        if (mostlySeen(start, n, true)) {
          b.duplicateOf = mostVoted(start, n);
          continue;
        }
      }
    }
    exact.set(keys, start, length, i, hash);
    end += length;
    maybeSeen.addRun(keys, start, start + m);
    if (seenReady) addShingles(start, m, i);
    else pending.push(start, m, i);
  }
  return blocks;
}

// The shingle at keys[k..k+4) as ShingleMap takes it: two pairs of code units (see codePairs).
const hiPair = (k: number): number => (keys[k]! << 16) | keys[k + 1]!;
const loPair = (k: number): number => (keys[k + 2]! << 16) | keys[k + 3]!;

/** Puts the shingles of keys[start..start+m) into `seen`, as block `i`'s unless seen before. */
function addShingles(start: number, m: number, i: number): void {
  for (let k = start; k + SHINGLE <= start + m; k++) seen.addIfAbsent(hiPair(k), loPair(k), i);
}

/**
 * Whether at least DUP_SHARE of the `n` shingles from keys[start] on were seen before, `exactly`
 * (in `seen`) or as the filter says. Stops at the miss that makes the share unreachable: most
 * paragraphs are new, and one is told from its first few shingles instead of all of them. From
 * the filter, a false answer is certain (it misses no shingle that was seen) and a true one is
 * to be checked.
 */
function mostlySeen(start: number, n: number, exactly: boolean): boolean {
  if (!exactly) return maybeSeen.mayHaveShare(keys, start, n, DUP_SHARE);
  let misses = 0;
  for (let k = start; k < start + n; k++) {
    const has = exactly ? seen.get(hiPair(k), loPair(k)) >= 0 : maybeSeen.mayHave(hiPair(k), loPair(k));
    if (!has && (n - ++misses) / n < DUP_SHARE) return false;
  }
  return true;
}

/** The block most of the `n` shingles from keys[start] on were seen in; on a tie, the one met first. */
function mostVoted(start: number, n: number): number {
  const votes = new Map<number, number>();
  for (let k = start; k < start + n; k++) {
    const src = seen.get(hiPair(k), loPair(k));
    if (src >= 0) votes.set(src, (votes.get(src) ?? 0) + 1);
  }
  return [...votes.entries()].sort((x, y) => y[1] - x[1])[0]![0];
}

/** The whole cleaning stage: page text → repaired, classified blocks with repeats marked. */
export function cleanPage(text: string): Block[] {
  return markDuplicates(repairLines(pageLines(text)));
}
