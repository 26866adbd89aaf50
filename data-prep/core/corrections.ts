// Readers' corrections to what extraction found, and how they are applied. Pure: the prep
// (--corrections) and the dashboard apply the same rules. A correction names its article by id
// and by a hash of the article's text, so it is never applied to a text it was not made on; a
// figure is named by its position and checked by its printed number and sentence.
import type { ExtractedArticle, Figure, MoneyCategory, Scope, ThemeId } from './types.ts';
import { stableId } from './hash.ts';

/** Where a corrected article counts: one province, nationwide, or nowhere known. */
export type PlaceFix = { scope: 'province'; provinceCode: string } | { scope: 'national' } | { scope: 'unknown' };

/** A fix to one figure: a new value or category, or "this is not a figure" (`wrong`). */
export interface FigureFix {
  /** Position in the article's `figures` as extracted. */
  index: number;
  /** The figure's number as printed and a hash of its sentence: checked before applying. */
  raw: string;
  quoteHash: string;
  value?: number;
  category?: MoneyCategory;
  wrong?: true;
}

/** A reader's fixes to one article's extraction; fields left out keep what extraction found. */
export interface ArticleCorrection {
  articleId: string;
  /** textHash() of the article's text when the correction was made. */
  textHash: string;
  place?: PlaceFix;
  /** "YYYY-MM-DD" or "YYYY-MM" (the year follows it), or null for no known date. */
  date?: string | null;
  themes?: ThemeId[];
  figures?: FigureFix[];
}

/** The fields of an article a correction can change, as the index row or the article has them. */
export interface CorrectableFields {
  scope: Scope;
  provinceCode: string | null;
  province: string | null;
  date: string | null;
  year: number | null;
  themes: ThemeId[];
}

/** Options: a province's name by code (the prep uses the gazetteer's full names). */
export interface CorrectOptions {
  provinceName: (code: string) => string | null;
}

/** The hash a correction is keyed by. */
export function textHash(text: string): string {
  return stableId(text);
}

/** The hash a figure fix checks its sentence against. */
export function quoteHash(quote: string): string {
  return stableId(quote);
}

/** `fields` with the correction's place, date and themes; a new object, the input is kept. */
export function correctFields<T extends CorrectableFields>(fields: T, c: ArticleCorrection, opts: CorrectOptions): T {
  const out = { ...fields, themes: [...(c.themes ?? fields.themes)] };
  if (c.place) {
    out.scope = c.place.scope;
    out.provinceCode = c.place.scope === 'province' ? c.place.provinceCode : null;
    out.province = c.place.scope === 'province' ? opts.provinceName(c.place.provinceCode) : null;
  }
  if (c.date !== undefined) {
    out.date = c.date;
    out.year = c.date === null ? null : Number(c.date.slice(0, 4));
  }
  return out;
}

/**
 * Where `fix`'s figure is among `figures` (an article's, in extraction order): at its index when
 * the number and sentence still match there, else the one place they match; -1 when none or
 * several do (extraction changed: the fix is stale).
 */
export function findFigure(figures: readonly Pick<Figure, 'raw' | 'quote'>[], fix: Pick<FigureFix, 'index' | 'raw' | 'quoteHash'>): number {
  const same = (f: Pick<Figure, 'raw' | 'quote'> | undefined) => f !== undefined && f.raw === fix.raw && quoteHash(f.quote) === fix.quoteHash;
  if (same(figures[fix.index])) return fix.index;
  const at = figures.flatMap((f, i) => (same(f) ? [i] : []));
  return at.length === 1 ? at[0]! : -1;
}

type FigureLike = Pick<Figure, 'kind' | 'value' | 'valueMax' | 'qualifier' | 'category'>;

/** `f` with the fix's value and category. A corrected value is one number, no longer a range. */
export function correctFigure<F extends FigureLike>(f: F, fix: FigureFix): F {
  const out = { ...f };
  if (fix.value !== undefined) {
    out.value = fix.value;
    delete out.valueMax;
    if (out.qualifier === 'range') out.qualifier = 'exact';
  }
  if (fix.category !== undefined && f.kind === 'money') out.category = fix.category;
  return out;
}

/** What applying one correction to one article gave. */
export type CorrectionOutcome =
  | { status: 'applied'; article: ExtractedArticle; staleFigures: FigureFix[] }
  | { status: 'stale' };

/**
 * The article with the correction applied, or 'stale' when its text is not the one the
 * correction was made on. A figure fix whose figure cannot be found is listed in staleFigures
 * (but a `wrong` figure already gone is not: the result is the same). Does not mutate `a`.
 */
export function correctArticle(a: ExtractedArticle, c: ArticleCorrection, opts: CorrectOptions): CorrectionOutcome {
  if (textHash(a.text) !== c.textHash) return { status: 'stale' };
  const fields = correctFields(a, c, opts);
  const figures: (Figure | null)[] = a.figures.map((f) => ({ ...f }));
  const staleFigures: FigureFix[] = [];
  for (const fix of c.figures ?? []) {
    const at = findFigure(a.figures, fix);
    if (at < 0) {
      if (!fix.wrong) staleFigures.push(fix);
      continue;
    }
    figures[at] = fix.wrong ? null : correctFigure(figures[at] ?? a.figures[at]!, fix);
  }
  return { status: 'applied', article: { ...fields, figures: figures.filter((f) => f !== null) }, staleFigures };
}

/** A correction that was not (or not wholly) applied, for a warning naming the article. */
export interface CorrectionProblem {
  articleId: string;
  /** text-changed: the article's text is not the corrected one; missing: no such article;
   * figure-not-found: one figure fix could not be placed (the rest of the correction applied). */
  reason: 'text-changed' | 'missing' | 'figure-not-found';
  figure?: { index: number; raw: string };
}

/** Applies corrections to articles as they stream by (the prep writes each one at once). */
export class CorrectionRun {
  readonly problems: CorrectionProblem[] = [];
  applied = 0;
  private readonly byId: ReadonlyMap<string, ArticleCorrection>;
  private readonly seen = new Set<string>();

  constructor(corrections: readonly ArticleCorrection[], private readonly opts: CorrectOptions) {
    this.byId = new Map(corrections.map((c) => [c.articleId, c]));
  }

  /** The article, corrected when a correction names it. Does not mutate `a`. */
  apply(a: ExtractedArticle): ExtractedArticle {
    this.seen.add(a.id);
    const c = this.byId.get(a.id);
    if (!c) return a;
    const r = correctArticle(a, c, this.opts);
    if (r.status === 'stale') {
      this.problems.push({ articleId: a.id, reason: 'text-changed' });
      return a;
    }
    this.applied++;
    for (const f of r.staleFigures) this.problems.push({ articleId: a.id, reason: 'figure-not-found', figure: { index: f.index, raw: f.raw } });
    return r.article;
  }

  /** Once every article went by: the corrections that named no article. */
  finish(): CorrectionProblem[] {
    for (const id of this.byId.keys()) if (!this.seen.has(id)) this.problems.push({ articleId: id, reason: 'missing' });
    return this.problems;
  }
}

/** Applies `corrections` to `articles`; returns new articles and what could not be applied. */
export function applyCorrections(
  articles: readonly ExtractedArticle[],
  corrections: readonly ArticleCorrection[],
  opts: CorrectOptions,
): { articles: ExtractedArticle[]; applied: number; problems: CorrectionProblem[] } {
  const run = new CorrectionRun(corrections, opts);
  const out = articles.map((a) => run.apply(a));
  return { articles: out, applied: run.applied, problems: run.finish() };
}

/** One line about a problem, naming the article. */
export function describeProblem(p: CorrectionProblem): string {
  if (p.reason === 'text-changed') return `article ${p.articleId}: its text changed since it was corrected; correction not applied`;
  if (p.reason === 'missing') return `article ${p.articleId}: not found; correction not applied`;
  return `article ${p.articleId}: figure ${p.figure!.index} (${p.figure!.raw}) not found; that figure's fix not applied`;
}
