// The tables the dashboard draws: the loaded version with the reader's corrections applied and
// imported articles added, so a corrected or imported article counts exactly as it would after
// `npm run prep -- --corrections FILE`. With nothing of the reader's (or only corrections not
// applicable yet) the loaded tables are used as they are; otherwise they are copied with the
// corrected rows replaced and the imported ones added.
import type { ArticleIndexRow, FactFields, FigureFact, FigureText } from '../../../data-prep/core/dataset-types.ts';
import type { ExtractedArticle } from '../../../data-prep/core/types.ts';
import { articleMonth, indexRow } from '../../../data-prep/core/aggregate-index.ts';
import { figureFacts } from '../../../data-prep/core/aggregate-facts.ts';
import {
  correctArticle,
  correctFields,
  correctFigure,
  findFigure,
  type ArticleCorrection,
  type CorrectOptions,
} from '../../../data-prep/core/corrections.ts';
import type { Tables } from '../data/tables.ts';

/**
 * A correction's state: applied; stale (the article's text changed since); missing (no such
 * article in this version); pending (the article's text is not loaded yet, so it cannot be checked).
 */
export type CorrectionState = 'applied' | 'stale' | 'missing' | 'pending';

/** Index rows of imported articles point at no text chunk: their text is stored with them. */
export const IMPORTED_CHUNK = -1;

/** What loading a built article's text tells: its textHash, and its figures' quotes (for findFigure). */
export interface LoadedText {
  hash: string;
  figures: readonly FigureText[];
}

export interface MergeInput {
  base: Tables;
  imported: readonly ExtractedArticle[];
  corrections: ReadonlyMap<string, ArticleCorrection>;
  /** Built articles whose text was loaded, by id. */
  texts: ReadonlyMap<string, LoadedText>;
}

export interface Merged {
  tables: Tables;
  states: ReadonlyMap<string, { state: CorrectionState; staleFigures: number }>;
  /** The imported articles as counted (their corrections applied), by id. */
  imported: ReadonlyMap<string, ExtractedArticle>;
}

const withoutText = ({ quote: _q, raw: _r, ...f }: FigureFact): FactFields => f;

function correctBuilt(row: ArticleIndexRow, facts: FigureFact[], c: ArticleCorrection, opts: CorrectOptions) {
  const fixed = correctFields(row, c, opts);
  const out = { ...fixed, month: articleMonth(fixed) };
  const kept: (FigureFact | null)[] = facts.map((f) => ({ ...f, provinceCode: out.provinceCode, scope: out.scope, year: f.year ?? out.year }));
  let staleFigures = 0;
  for (const fix of c.figures ?? []) {
    const at = findFigure(facts, fix);
    if (at < 0) staleFigures += fix.wrong ? 0 : 1;
    else kept[at] = fix.wrong ? null : correctFigure(kept[at] ?? facts[at]!, fix);
  }
  const figures = kept.filter((f) => f !== null);
  return { row: { ...out, figureCount: figures.length }, figures, staleFigures };
}

/** The merged tables; `base` itself when nothing of the reader's applies. Does not mutate its input. */
export function mergeLocal({ base, imported, corrections, texts }: MergeInput, opts: CorrectOptions): Merged {
  const states = new Map<string, { state: CorrectionState; staleFigures: number }>();
  const { articles, facts } = base;
  const applicable: { i: number; c: ArticleCorrection; loaded: LoadedText }[] = [];
  for (const [id, c] of corrections) {
    const i = articles.indexOf(id);
    if (i < 0) continue;
    const loaded = texts.get(id);
    if (loaded === undefined || loaded.hash !== c.textHash) states.set(id, { state: loaded === undefined ? 'pending' : 'stale', staleFigures: 0 });
    else applicable.push({ i, c, loaded });
  }
  const missing = () => {
    for (const id of corrections.keys()) if (!states.has(id)) states.set(id, { state: 'missing', staleFigures: 0 });
  };
  if (applicable.length === 0 && imported.length === 0) {
    missing();
    return { tables: base, states, imported: new Map() };
  }

  const rows = new Map<number, ArticleIndexRow>();
  const replaced = new Map<number, FactFields[]>();
  for (const { i, c, loaded } of applicable) {
    const extracted = facts.factsOf(i).map((f): FigureFact => ({ ...f, quote: loaded.figures[f.index]?.quote ?? '', raw: loaded.figures[f.index]?.raw ?? '' }));
    const r = correctBuilt(articles.row(i), extracted, c, opts);
    states.set(articles.ids[i]!, { state: 'applied', staleFigures: r.staleFigures });
    rows.set(i, r.row);
    replaced.set(i, r.figures.map(withoutText));
  }

  const added = new Map<string, ExtractedArticle>();
  const addedRows: ArticleIndexRow[] = [];
  const addedFacts: FactFields[] = [];
  for (const a of imported) {
    if (articles.indexOf(a.id) >= 0 || added.has(a.id)) continue;
    const c = corrections.get(a.id);
    const r = c ? correctArticle(a, c, opts) : null;
    if (r) states.set(a.id, { state: r.status, staleFigures: r.status === 'applied' ? r.staleFigures.length : 0 });
    const counted = r?.status === 'applied' ? r.article : a;
    added.set(a.id, counted);
    addedRows.push(indexRow(counted, IMPORTED_CHUNK));
    addedFacts.push(...figureFacts([counted]).map(withoutText));
  }
  missing();
  // The loaded tables with those rows changed or added: copied in runs, not rebuilt.
  const merged = articles.withRows(rows, addedRows);
  return { tables: { articles: merged, facts: facts.withFacts(merged, replaced, addedFacts) }, states, imported: added };
}
