// Dates in the datasets are calendar dates ("YYYY-MM-DD") without a time zone; they are read and
// written in UTC so the day never shifts with the reader's zone.
import { LOCALE_TAGS, type Lang } from '../i18n/lang.ts';

const formats = new Map<Lang, Intl.DateTimeFormat>();

/** "2021-03-05" → 2021年3月5日 / Mar 5, 2021; anything that is not such a date is returned as is. */
export function formatDate(isoDate: string, lang: Lang): string {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  if (isoDate.length !== 10 || !y || !m || !d) return isoDate;
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE_TAGS[lang], { year: 'numeric', month: lang === 'zh' ? 'long' : 'short', day: 'numeric', timeZone: 'UTC' });
    formats.set(lang, f);
  }
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}

/** A year: 2021年 / 2021. */
export function formatYear(year: number, lang: Lang): string {
  return lang === 'zh' ? `${year}年` : String(year);
}

/** A span of years, open ends allowed: 2020–2022年 / 2020–2022, 2020年起 / from 2020. */
export function formatYearRange(from: number | null, to: number | null, lang: Lang): string {
  if (from !== null && to !== null) {
    if (from === to) return formatYear(from, lang);
    return lang === 'zh' ? `${from}–${to}年` : `${from}–${to}`;
  }
  if (from !== null) return lang === 'zh' ? `${from}年起` : `from ${from}`;
  if (to !== null) return lang === 'zh' ? `${to}年及以前` : `up to ${to}`;
  return '';
}
