// The file a team shares its corrections and imported articles in (docs/DATA.md, "Corrections
// file"). Written by the dashboard's export, read by `npm run prep -- --corrections FILE`.
// Checking is per entry: a bad entry is reported by its position and the others are kept.
import type { ExtractedArticle, Figure, ThemeId } from './types.ts';
import type { ArticleCorrection, FigureFix, PlaceFix } from './corrections.ts';

/** The format's version; bumped when its shape changes. */
export const CORRECTIONS_VERSION = 1;

/** The shared file: corrections by article id and text hash, and articles imported by readers. */
export interface CorrectionsFile {
  version: typeof CORRECTIONS_VERSION;
  corrections: ArticleCorrection[];
  /** Extracted as the dashboard extracted them; corrections may name these too. */
  imported: ExtractedArticle[];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const strOrNull = (x: unknown): boolean => x === null || isStr(x);
const numOrNull = (x: unknown): boolean => x === null || isNum(x);
const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);

const THEMES = new Set<string>(['skills', 'rights', 'hardship', 'care', 'organizing', 'culture', 'training', 'ideology', 'model-workers', 'reform', 'labor-relations', 'services', 'employment', 'women', 'safety-health'] satisfies ThemeId[]);
const CATEGORIES = new Set(['spending', 'fee-refund', 'wages-recovered', 'prize', 'loan', 'other']);
const KINDS = new Set(['money', 'members', 'new-members', 'membership-rate', 'participants']);
const QUALIFIERS = new Set(['exact', 'about', 'over', 'nearly', 'at-least', 'at-most', 'range', 'vague']);
const SCOPES = new Set(['province', 'national', 'unknown']);
const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const PROVINCE = /^\d{2}0000$/;

function placeProblem(p: unknown): string | null {
  if (!isObj(p) || !SCOPES.has(p.scope as string)) return 'place.scope is not province, national or unknown';
  if (p.scope === 'province' && !(isStr(p.provinceCode) && PROVINCE.test(p.provinceCode))) return 'place.provinceCode is not a province code';
  return null;
}

function figureFixProblem(f: unknown): string | null {
  if (!isObj(f) || !Number.isInteger(f.index) || (f.index as number) < 0 || !isStr(f.raw) || !isStr(f.quoteHash)) return 'a figure fix needs index, raw and quoteHash';
  if (f.value !== undefined && !(isNum(f.value) && f.value >= 0)) return `figure ${f.index}: value is not a number ≥ 0`;
  if (f.category !== undefined && !CATEGORIES.has(f.category as string)) return `figure ${f.index}: unknown category`;
  if (f.wrong !== undefined && f.wrong !== true) return `figure ${f.index}: wrong is not true`;
  return null;
}

/** Why `c` is not a correction, or null when it is one. */
export function correctionProblem(c: unknown): string | null {
  if (!isObj(c) || !isStr(c.articleId) || !c.articleId || !isStr(c.textHash)) return 'needs articleId and textHash';
  if (c.place !== undefined) {
    const p = placeProblem(c.place);
    if (p) return p;
  }
  if (c.date !== undefined && c.date !== null && !(isStr(c.date) && DATE.test(c.date))) return 'date is not YYYY-MM-DD, YYYY-MM or null';
  if (c.themes !== undefined && !(strings(c.themes) && c.themes.every((t) => THEMES.has(t)))) return 'themes has an unknown theme';
  if (c.figures !== undefined) {
    if (!Array.isArray(c.figures)) return 'figures is not a list';
    for (const f of c.figures) {
      const p = figureFixProblem(f);
      if (p) return p;
    }
  }
  return null;
}

const isFigure = (f: unknown): f is Figure =>
  isObj(f) && KINDS.has(f.kind as string) && isNum(f.value) && QUALIFIERS.has(f.qualifier as string) && numOrNull(f.year) &&
  isStr(f.quote) && isStr(f.raw) && (f.category === undefined || CATEGORIES.has(f.category as string));

/** Why `a` is not an extracted article, or null when it is one. */
export function articleProblem(a: unknown): string | null {
  if (!isObj(a) || !isStr(a.id) || !a.id || !isStr(a.text) || !isStr(a.title)) return 'needs id, title and text';
  if (!isObj(a.source) || !isStr(a.source.file)) return 'source.file is missing';
  if (a.kind !== 'article' && a.kind !== 'caption') return 'kind is not article or caption';
  if (!strings(a.subtitles) || !strOrNull(a.byline) || !strOrNull(a.published) || !strOrNull(a.date) || !numOrNull(a.year)) return 'a field has the wrong type';
  if (!SCOPES.has(a.scope as string) || !strOrNull(a.provinceCode) || !strOrNull(a.province)) return 'scope or province has the wrong type';
  if (!Array.isArray(a.places) || !(strings(a.themes) && a.themes.every((t) => THEMES.has(t)))) return 'places or themes has the wrong type';
  if (!Array.isArray(a.figures) || !a.figures.every(isFigure)) return 'figures has a malformed figure';
  return null;
}

/**
 * The corrections file in `json` (parsed), keeping every good entry; `problems` says what was
 * left out and where ("corrections[2]: …"). Throws when `json` is not a corrections file at all.
 */
export function parseCorrectionsFile(json: unknown): { file: CorrectionsFile; problems: string[] } {
  if (!isObj(json) || !Array.isArray(json.corrections) || !Array.isArray(json.imported)) {
    throw new Error('not a corrections file (needs version, corrections[] and imported[])');
  }
  if (json.version !== CORRECTIONS_VERSION) throw new Error(`corrections file version ${String(json.version)} is not ${CORRECTIONS_VERSION}`);
  const problems: string[] = [];
  const keep = <T,>(list: unknown[], name: string, problem: (x: unknown) => string | null): T[] =>
    list.filter((x, i) => {
      const p = problem(x);
      if (p) problems.push(`${name}[${i}]: ${p}; left out`);
      return !p;
    }) as T[];
  const file: CorrectionsFile = {
    version: CORRECTIONS_VERSION,
    corrections: keep<ArticleCorrection>(json.corrections, 'corrections', correctionProblem),
    imported: keep<ExtractedArticle>(json.imported, 'imported', articleProblem),
  };
  return { file, problems };
}

/** The file's text: stable order (by id), so a file kept in a repository diffs well. */
export function serializeCorrectionsFile(corrections: readonly ArticleCorrection[], imported: readonly ExtractedArticle[]): string {
  const byId = <T,>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const file: CorrectionsFile = {
    version: CORRECTIONS_VERSION,
    corrections: [...corrections].sort(byId((c) => c.articleId)).map(clean),
    imported: [...imported].sort(byId((a) => a.id)),
  };
  return JSON.stringify(file, null, 1) + '\n';
}

// Only the format's fields, in a fixed order (a stored record may carry more, e.g. updatedAt).
function clean(c: ArticleCorrection): ArticleCorrection {
  const out: ArticleCorrection = { articleId: c.articleId, textHash: c.textHash };
  if (c.place) out.place = { ...c.place } as PlaceFix;
  if (c.date !== undefined) out.date = c.date;
  if (c.themes) out.themes = [...c.themes];
  if (c.figures?.length) {
    out.figures = c.figures.map((f): FigureFix => {
      const fix: FigureFix = { index: f.index, raw: f.raw, quoteHash: f.quoteHash };
      if (f.value !== undefined) fix.value = f.value;
      if (f.category !== undefined) fix.category = f.category;
      if (f.wrong) fix.wrong = true;
      return fix;
    });
  }
  return out;
}
