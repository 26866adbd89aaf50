// The key figures as shown: label, short value and full value, in the strip's order. Shared by
// the strip on the page and the dashboard image.
import type { KeyFigures } from '../data/queries.ts';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import { formatMoney, formatMoneyFull } from './money.ts';
import { formatCompact, formatInteger } from './number.ts';

/** One key figure: its raw number, the short form shown and the full one (on hover). */
export interface KeyFigureItem {
  id: 'articles' | 'provinces' | 'funding' | 'funding-cumulative' | 'members';
  label: string;
  raw: number;
  value: string;
  full: string;
}

export function keyFigureItems(keys: KeyFigures, lang: Lang): KeyFigureItem[] {
  const t = messages(lang).keyFigures;
  const count = (n: number) => formatInteger(n, lang);
  return [
    { id: 'articles', label: t.articles, raw: keys.articles, value: count(keys.articles), full: count(keys.articles) },
    { id: 'provinces', label: t.provinces, raw: keys.provinces, value: count(keys.provinces), full: count(keys.provinces) },
    { id: 'funding', label: t.fundingAnnual, raw: keys.funding, value: formatMoney(keys.funding, lang), full: formatMoneyFull(keys.funding, lang) },
    {
      id: 'funding-cumulative',
      label: t.fundingCumulative,
      raw: keys.fundingCumulative,
      value: formatMoney(keys.fundingCumulative, lang),
      full: formatMoneyFull(keys.fundingCumulative, lang),
    },
    { id: 'members', label: t.members, raw: keys.members, value: formatCompact(keys.members, lang), full: count(keys.members) },
  ];
}
