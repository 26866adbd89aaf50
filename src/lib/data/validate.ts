// Shape checks for what comes from the network or the cache: a file that parses but is not what
// the dashboard expects is treated like a missing one, never rendered half-right. The columns of
// index.json and figures.json are checked entry by entry (types, lengths, codes in range), since
// the tables index typed arrays with them.
import type {
  ArticleIndexFile,
  ArticleText,
  Coded,
  DatasetManifest,
  FigureFile,
  TextChunk,
} from '../../../data-prep/core/dataset-types.ts';
import { DATASET_SCHEMA } from '../../../data-prep/core/dataset-types.ts';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const strOrNull = (x: unknown): boolean => x === null || isStr(x);
const numOrNull = (x: unknown): boolean => x === null || isNum(x);
const arrayOf = <T,>(x: unknown, ok: (e: unknown) => boolean): x is T[] => Array.isArray(x) && x.every(ok);

/** A manifest this dashboard can read (right schema, every field typed). */
export function isManifest(x: unknown): x is DatasetManifest {
  if (!isObj(x) || x.schema !== DATASET_SCHEMA || !isStr(x.version) || !isStr(x.generatedAt) || !isNum(x.textChunks)) return false;
  const c = x.counts;
  if (!isObj(c) || !['articles', 'provinces', 'figures', 'warnings'].every((k) => isNum(c[k]))) return false;
  return isObj(x.files) && Object.values(x.files).every((f) => isObj(f) && isNum(f.bytes) && isStr(f.sha256));
}

/** An array of `n` integers in [0, below). (A plain loop: it runs over every row.) */
function isCodes(x: unknown, n: number, below: number): boolean {
  if (!Array.isArray(x) || x.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const c: unknown = x[i];
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c >= below) return false;
  }
  return true;
}

/** An array of `n` strings. */
function isStrings(x: unknown, n: number): x is string[] {
  if (!Array.isArray(x) || x.length !== n) return false;
  for (let i = 0; i < n; i++) if (typeof x[i] !== 'string') return false;
  return true;
}

/** A Coded column of `rows` rows whose values pass `ok`. */
function isCoded(x: unknown, rows: number, ok: (v: unknown) => boolean): x is Coded<unknown> {
  return isObj(x) && arrayOf(x.values, ok) && isCodes(x.codes, rows, x.values.length);
}

/** index.json of `articles` articles. */
export function isIndexFile(x: unknown, articles: number): x is ArticleIndexFile {
  if (!isObj(x) || !isCount(x.textChunkSize) || x.textChunkSize < 1) return false;
  const n = articles;
  const coded = (k: string, ok: (v: unknown) => boolean) => isCoded(x[k], n, ok);
  if (!isStrings(x.id, n) || !isStrings(x.title, n) || !isCodes(x.newest, n, n)) return false;
  if (!isCodes(x.figureCount, n, Number.MAX_SAFE_INTEGER)) return false;
  // `newest` is an order of all the articles: each position once.
  const seen = new Uint8Array(n);
  for (const i of x.newest as number[]) {
    if (seen[i]) return false;
    seen[i] = 1;
  }
  return (
    coded('kind', isStr) && coded('file', isStr) && coded('publication', strOrNull) && coded('published', strOrNull) &&
    coded('date', strOrNull) && coded('year', numOrNull) && coded('month', numOrNull) && coded('scope', isStr) &&
    coded('provinceCode', strOrNull) && coded('province', strOrNull) && coded('themes', (t) => arrayOf(t, isStr))
  );
}

/** figures.json of `figures` facts, as many as `index`'s articles have. */
export function isFigureFile(x: unknown, figures: number, index: ArticleIndexFile): x is FigureFile {
  if (!isObj(x) || !arrayOf(x.value, isNum) || x.value.length !== figures) return false;
  if (index.figureCount.reduce((s, c) => s + c, 0) !== figures) return false;
  const m = x.value.length;
  const max = x.valueMax;
  if (!isObj(max) || !arrayOf<number>(max.at, isCount) || !arrayOf(max.values, isNum) || max.at.length !== max.values.length) return false;
  const at = max.at;
  if (!at.every((row, k) => row < m && (k === 0 || row > at[k - 1]!))) return false;
  const optional = (v: unknown) => v === null || isStr(v);
  return (
    isCoded(x.kind, m, isStr) && isCoded(x.qualifier, m, isStr) && isCoded(x.category, m, optional) &&
    isCoded(x.funding, m, (v) => v === null || typeof v === 'boolean') && isCoded(x.period, m, optional) && isCoded(x.year, m, numOrNull)
  );
}

const isArticleText = (t: unknown): t is ArticleText =>
  isObj(t) && isStr(t.id) && isStr(t.text) && arrayOf(t.subtitles, isStr) && strOrNull(t.byline) && Array.isArray(t.places) &&
  arrayOf(t.figures, (f) => isObj(f) && isStr(f.quote) && isStr(f.raw));

/** A texts/<n>.json chunk. */
export function isTextChunk(x: unknown): x is TextChunk {
  return isObj(x) && Object.values(x).every(isArticleText);
}
