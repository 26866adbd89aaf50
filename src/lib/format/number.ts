// Numbers per interface language. Compact notation keeps the whole integer part and about three
// significant digits: zh 1.72亿, 2156万; en 172M, 21.6M. Intl formatters are costly to build and
// tooltips call these often, so each is built once per language.
import { LOCALE_TAGS, type Lang } from '../i18n/lang.ts';

const compact = new Map<Lang, Intl.NumberFormat>();
const grouped = new Map<Lang, Intl.NumberFormat>();

function cached(cache: Map<Lang, Intl.NumberFormat>, lang: Lang, options: Intl.NumberFormatOptions) {
  let f = cache.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAGS[lang], options);
    cache.set(lang, f);
  }
  return f;
}

/** A short form for labels and key figures: 1.72亿 / 172M, 2156万 / 21.6M, 980 / 980. */
export function formatCompact(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '–';
  return cached(compact, lang, {
    notation: 'compact',
    maximumSignificantDigits: 3,
    maximumFractionDigits: 0,
    // Whichever keeps more digits: 2156万 keeps its integer part, 1.72亿 its decimals.
    roundingPriority: 'morePrecision',
  }).format(value);
}

/** The full number with grouping, for tables and tooltips: 21,560,000. */
export function formatInteger(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '–';
  return cached(grouped, lang, { maximumFractionDigits: 0 }).format(value);
}
