// The datasets the dashboard draws: the loaded version with the reader's corrections applied and
// imported articles added, re-aggregated with the prep's own functions, so a corrected or
// imported article counts exactly as it would after `npm run prep -- --corrections FILE`.
import type { ArticleIndexRow, CoreDatasets, FigureFact } from '../../../data-prep/core/dataset-types.ts';
import type { ExtractedArticle } from '../../../data-prep/core/types.ts';
import { articleMonth, indexRow } from '../../../data-prep/core/aggregate-index.ts';
import { figureFacts } from '../../../data-prep/core/aggregate-facts.ts';
import { activityRows } from '../../../data-prep/core/aggregate-activities.ts';
import { fundingRows } from '../../../data-prep/core/aggregate-funding.ts';
import { membershipSeries } from '../../../data-prep/core/aggregate-membership.ts';
import {
  correctArticle,
  correctFields,
  correctFigure,
  findFigure,
  type ArticleCorrection,
  type CorrectOptions,
} from '../../../data-prep/core/corrections.ts';

/**
 * A correction's state: applied; stale (the article's text changed since); missing (no such
 * article in this version); pending (the article's text is not loaded yet, so it cannot be checked).
 */
export type CorrectionState = 'applied' | 'stale' | 'missing' | 'pending';

/** Index rows of imported articles point at no text chunk: their text is stored with them. */
export const IMPORTED_CHUNK = -1;

export interface MergeInput {
  base: CoreDatasets;
  imported: readonly ExtractedArticle[];
  corrections: ReadonlyMap<string, ArticleCorrection>;
  /** textHash of built articles whose text was loaded, by id. */
  hashes: ReadonlyMap<string, string>;
}

export interface Merged {
  core: CoreDatasets;
  states: ReadonlyMap<string, { state: CorrectionState; staleFigures: number }>;
}

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

/** The merged datasets; `base` itself when there is nothing of the reader's. Does not mutate its input. */
export function mergeLocal({ base, imported, corrections, hashes }: MergeInput, opts: CorrectOptions): Merged {
  const states = new Map<string, { state: CorrectionState; staleFigures: number }>();
  if (imported.length === 0 && corrections.size === 0) return { core: base, states };
  const factsOf = new Map<string, FigureFact[]>();
  for (const f of base.figures) {
    if (!corrections.has(f.articleId)) continue;
    let list = factsOf.get(f.articleId);
    if (!list) factsOf.set(f.articleId, (list = []));
    list.push(f);
  }

  const index: ArticleIndexRow[] = [];
  const replaced = new Map<string, FigureFact[]>();
  for (const row of base.index) {
    const c = corrections.get(row.id);
    const hash = c && hashes.get(row.id);
    if (!c) index.push(row);
    else if (hash === undefined || hash !== c.textHash) {
      states.set(row.id, { state: hash === undefined ? 'pending' : 'stale', staleFigures: 0 });
      index.push(row);
    } else {
      const r = correctBuilt(row, factsOf.get(row.id) ?? [], c, opts);
      states.set(row.id, { state: 'applied', staleFigures: r.staleFigures });
      index.push(r.row);
      replaced.set(row.id, r.figures);
    }
  }
  // Facts stay in file order: a corrected article's facts take the place of its old ones.
  const figures: FigureFact[] = [];
  for (const f of base.figures) {
    const fixed = replaced.get(f.articleId);
    if (!fixed) figures.push(f);
    else if (f.index === (factsOf.get(f.articleId)?.[0]?.index ?? -1)) figures.push(...fixed);
  }

  const known = new Set(index.map((r) => r.id));
  const added: ExtractedArticle[] = [];
  for (const a of imported) {
    if (known.has(a.id)) continue;
    known.add(a.id);
    const c = corrections.get(a.id);
    if (!c) {
      added.push(a);
      continue;
    }
    const r = correctArticle(a, c, opts);
    states.set(a.id, { state: r.status, staleFigures: r.status === 'applied' ? r.staleFigures.length : 0 });
    added.push(r.status === 'applied' ? r.article : a);
  }
  for (const a of added) index.push(indexRow(a, IMPORTED_CHUNK));
  figures.push(...figureFacts(added));
  for (const id of corrections.keys()) if (!states.has(id)) states.set(id, { state: 'missing', staleFigures: 0 });

  return {
    core: { index, figures, activities: activityRows(index), funding: fundingRows(figures), membership: membershipSeries(figures) },
    states,
  };
}
