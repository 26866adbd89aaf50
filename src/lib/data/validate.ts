// Shape checks for what comes from the network or the cache: a file that parses but is not what
// the dashboard expects is treated like a missing one, never rendered half-right.
import type {
  ActivityRow,
  ArticleIndexRow,
  ArticleText,
  CoreDatasets,
  DatasetManifest,
  FigureFact,
  FundingRow,
  MembershipSeries,
  TextChunk,
} from '../../../data-prep/core/dataset-types.ts';
import { DATASET_SCHEMA } from '../../../data-prep/core/dataset-types.ts';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const strOrNull = (x: unknown): boolean => x === null || isStr(x);
const numOrNull = (x: unknown): boolean => x === null || isNum(x);
const isRef = (x: unknown): boolean => Array.isArray(x) && x.length === 2 && isStr(x[0]) && isNum(x[1]);
const arrayOf = <T,>(x: unknown, ok: (e: unknown) => boolean): x is T[] => Array.isArray(x) && x.every(ok);

/** A manifest this dashboard can read (right schema, every field typed). */
export function isManifest(x: unknown): x is DatasetManifest {
  if (!isObj(x) || x.schema !== DATASET_SCHEMA || !isStr(x.version) || !isStr(x.generatedAt) || !isNum(x.textChunks)) return false;
  const c = x.counts;
  if (!isObj(c) || !['articles', 'provinces', 'figures', 'warnings'].every((k) => isNum(c[k]))) return false;
  return isObj(x.files) && Object.values(x.files).every((f) => isObj(f) && isNum(f.bytes) && isStr(f.sha256));
}

const isIndexRow = (r: unknown): r is ArticleIndexRow =>
  isObj(r) && isStr(r.id) && isStr(r.title) && isStr(r.scope) && strOrNull(r.provinceCode) && numOrNull(r.year) &&
  numOrNull(r.month) && arrayOf(r.themes, isStr) && isNum(r.chunk) && isNum(r.figureCount) && strOrNull(r.published);

const isFact = (r: unknown): r is FigureFact =>
  isObj(r) && isStr(r.articleId) && isNum(r.index) && strOrNull(r.provinceCode) && isStr(r.scope) && isStr(r.kind) &&
  isNum(r.value) && isStr(r.qualifier) && numOrNull(r.year) && isStr(r.quote) && isStr(r.raw);

const isActivity = (r: unknown): r is ActivityRow =>
  isObj(r) && strOrNull(r.provinceCode) && strOrNull(r.theme) && numOrNull(r.year) && isNum(r.articles) && arrayOf(r.articleIds, isStr);

const isFunding = (r: unknown): r is FundingRow =>
  isObj(r) && strOrNull(r.provinceCode) && isStr(r.category) && isStr(r.period) && isNum(r.total) &&
  arrayOf(r.figures, isRef) && arrayOf(r.superseded, isRef);

const isSeries = (r: unknown): r is MembershipSeries =>
  isObj(r) && strOrNull(r.provinceCode) && isStr(r.kind) &&
  arrayOf(r.points, (p) => isObj(p) && numOrNull(p.year) && isNum(p.value) && isRef(p.figure));

/** Checks the parsed core datasets and that they agree with the manifest's counts. */
export function isCoreDatasets(x: Partial<Record<keyof CoreDatasets, unknown>>, manifest: DatasetManifest): x is CoreDatasets {
  return (
    arrayOf(x.index, isIndexRow) &&
    x.index.length === manifest.counts.articles &&
    arrayOf(x.figures, isFact) &&
    x.figures.length === manifest.counts.figures &&
    arrayOf(x.activities, isActivity) &&
    arrayOf(x.funding, isFunding) &&
    arrayOf(x.membership, isSeries)
  );
}

const isArticleText = (t: unknown): t is ArticleText =>
  isObj(t) && isStr(t.id) && isStr(t.text) && arrayOf(t.subtitles, isStr) && strOrNull(t.byline) && Array.isArray(t.places);

/** A texts/<n>.json chunk. */
export function isTextChunk(x: unknown): x is TextChunk {
  return isObj(x) && Object.values(x).every(isArticleText);
}
