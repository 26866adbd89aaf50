// Extracted articles → one flat fact per figure, the unit the dashboard re-aggregates.
import type { ExtractedArticle, Figure } from './types.ts';
import type { FactFields, FigureFact } from './dataset-types.ts';
import { attributedProvince } from './aggregate-index.ts';

/** Every figure of every article, in article then figure order. */
export function figureFacts(articles: readonly ExtractedArticle[]): FigureFact[] {
  const facts: FigureFact[] = [];
  for (const a of articles) {
    const provinceCode = attributedProvince(a);
    a.figures.forEach((f, index) => {
      const fact: FigureFact = {
        articleId: a.id,
        index,
        provinceCode,
        scope: a.scope,
        kind: f.kind,
        value: f.value,
        qualifier: f.qualifier,
        year: f.year ?? a.year,
        quote: f.quote,
        raw: f.raw,
      };
      facts.push(withOptional(fact, f));
    });
  }
  return facts;
}

/**
 * The facts of one article without their quote and raw, as figureFacts([a]) gives them less those
 * two (the same fields in the same order), made directly: a page worker makes them for every
 * article, and copying each fact to drop two fields cost as much as making it.
 */
export function factFields(a: ExtractedArticle): FactFields[] {
  const provinceCode = attributedProvince(a);
  return a.figures.map((f, index) =>
    withOptional<FactFields>(
      { articleId: a.id, index, provinceCode, scope: a.scope, kind: f.kind, value: f.value, qualifier: f.qualifier, year: f.year ?? a.year },
      f,
    ),
  );
}

/** `fact` with the figure's optional fields that it has, so the JSON stays as small as the input. */
function withOptional<T extends FactFields>(fact: T, f: Figure): T {
  if (f.valueMax !== undefined) fact.valueMax = f.valueMax;
  if (f.category !== undefined) fact.category = f.category;
  if (f.funding !== undefined) fact.funding = f.funding;
  if (f.period !== undefined) fact.period = f.period;
  return fact;
}
