// The dashboard's state in the address bar, parsed and written by pure functions:
//   ?province=330000,320000&theme=skills,rights&from=2020&to=2022&lang=en&article=ID
// A link can come from anywhere, so every value is checked: what is unknown or malformed is
// dropped, and a notice (in the link's language) says so. Defaults are left out when writing.
import { isProvinceCode, PROVINCE_INDEX } from '../geo/provinces.ts';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import { isThemeId, THEME_IDS } from '../i18n/vocabulary.ts';
import type { ThemeId } from '../../../data-prep/core/types.ts';
import type { FilterState } from './filter-model.ts';

/** Everything a link restores: the filter, the language, the open article. */
export interface UrlState extends FilterState {
  lang: Lang;
  /** Id of the article shown in the reader, or null. */
  article: string | null;
}

/** A parsed link: the usable state and what was dropped from it. */
export interface ParsedUrlState {
  state: UrlState;
  notices: string[];
}

export const DEFAULT_URL_STATE: UrlState = { provinces: [], themes: [], from: null, to: null, lang: DEFAULT_LANG, article: null };

/** Years a filter may name: anything else in a link is a typo or junk. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** Article ids are short hashes; a longer value is not one. */
export const MAX_ARTICLE_ID = 128;
/** At most this many rejected values are quoted in one notice. */
const QUOTED = 5;

export function parseUrlState(search: URLSearchParams | string): ParsedUrlState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const rawLang = params.get('lang');
  const lang = rawLang !== null && isLang(rawLang) ? rawLang : DEFAULT_LANG;
  const n = messages(lang).notices;
  const notices: string[] = [];
  if (rawLang !== null && !isLang(rawLang)) notices.push(n.badLang(quote(rawLang)));

  const provinceValues = listValues(params, 'province');
  const provinces = sortProvinces(provinceValues.filter(isProvinceCode));
  const badProvinces = provinceValues.filter((v) => !isProvinceCode(v));
  if (badProvinces.length) notices.push(n.unknownProvince(quoteList(badProvinces)));

  const themeValues = listValues(params, 'theme');
  const themes = sortThemes(themeValues.filter(isThemeId));
  const badThemes = themeValues.filter((v) => !isThemeId(v));
  if (badThemes.length) notices.push(n.unknownTheme(quoteList(badThemes)));

  let from = parseYear(params.get('from'), 'from', notices, lang);
  let to = parseYear(params.get('to'), 'to', notices, lang);
  if (from !== null && to !== null && from > to) {
    notices.push(n.reversedYears(String(from), String(to)));
    from = to = null;
  }

  let article = params.get('article');
  if (article !== null && !isArticleId(article)) {
    notices.push(n.badArticle);
    article = null;
  }
  if (article === '') article = null;

  return { state: { provinces, themes, from, to, lang, article }, notices };
}

/**
 * The query string for a state, without the leading '?', '' when everything is default.
 * Lists are sorted (so one filter has one address) and commas are left readable.
 */
export function serialiseUrlState(state: UrlState): string {
  const parts: string[] = [];
  if (state.provinces.length) parts.push(`province=${sortProvinces(state.provinces).join(',')}`);
  if (state.themes.length) parts.push(`theme=${sortThemes(state.themes).join(',')}`);
  if (state.from !== null) parts.push(`from=${state.from}`);
  if (state.to !== null) parts.push(`to=${state.to}`);
  if (state.lang !== DEFAULT_LANG) parts.push(`lang=${state.lang}`);
  if (state.article) parts.push(`article=${encodeURIComponent(state.article)}`);
  return parts.join('&');
}

// All values of a repeatable, comma-separated parameter; blanks dropped, duplicates once.
function listValues(params: URLSearchParams, name: string): string[] {
  const seen = new Set<string>();
  for (const value of params.getAll(name))
    for (const part of value.split(',')) {
      const v = part.trim();
      if (v) seen.add(v);
    }
  return [...seen];
}

function parseYear(value: string | null, name: 'from' | 'to', notices: string[], lang: Lang): number | null {
  if (value === null || value === '') return null;
  const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
  if (year >= MIN_YEAR && year <= MAX_YEAR) return year;
  notices.push(messages(lang).notices.badYear(name, quote(value)));
  return null;
}

function isArticleId(value: string): boolean {
  if (value.length > MAX_ARTICLE_ID) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return false;
  }
  return true;
}

const THEME_ORDER = new Map<string, number>(THEME_IDS.map((t, i) => [t, i]));

function sortProvinces(codes: readonly string[]): string[] {
  return [...new Set(codes)].sort((a, b) => (PROVINCE_INDEX.get(a) ?? 99) - (PROVINCE_INDEX.get(b) ?? 99));
}

function sortThemes(themes: readonly ThemeId[]): ThemeId[] {
  return [...new Set(themes)].sort((a, b) => (THEME_ORDER.get(a) ?? 99) - (THEME_ORDER.get(b) ?? 99));
}

// Rejected values are echoed back to the reader: shortened, and without control characters.
function quote(value: string): string {
  let clean = '';
  for (const ch of value) clean += ch.charCodeAt(0) < 0x20 || ch === '\u007f' ? '�' : ch;
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

function quoteList(values: readonly string[]): string {
  const shown = values.slice(0, QUOTED).map(quote).join(', ');
  return values.length > QUOTED ? `${shown}, …` : shown;
}
