import { LOCALE_TAGS, type Lang } from '../i18n/lang.ts';

const formats = new Map<Lang, Intl.NumberFormat>();

/**
 * A rate given in percentage points, as the press prints it (入会率达92.5% → 92.5), shown
 * with at most one decimal: 92.5%.
 */
export function formatPercent(points: number, lang: Lang): string {
  if (!Number.isFinite(points)) return '–';
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAGS[lang], { style: 'percent', maximumFractionDigits: 1 });
    formats.set(lang, f);
  }
  return f.format(points / 100);
}
