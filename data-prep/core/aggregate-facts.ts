// Extracted articles → one flat fact per figure, the unit the dashboard re-aggregates.
import type { ExtractedArticle } from './types.ts';
import type { FigureFact } from './dataset-types.ts';
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
      // Optional fields only when present, so the JSON stays as small as the input.
      if (f.valueMax !== undefined) fact.valueMax = f.valueMax;
      if (f.category !== undefined) fact.category = f.category;
      if (f.funding !== undefined) fact.funding = f.funding;
      if (f.period !== undefined) fact.period = f.period;
      facts.push(fact);
    });
  }
  return facts;
}
