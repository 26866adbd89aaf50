// The reader's selection, shared by the filter bar, the charts and the URL. Plain $state fields;
// the URL is parsed and written by the pure functions in url.ts.
import type { ThemeId } from '../../../data-prep/core/types.ts';
import type { Filters } from '../data/queries.ts';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import { parseUrlState, serialiseUrlState, type UrlState } from './url.ts';

/** What the map colours. */
export type MapMetric = 'activities' | 'funding';

/** Filters, language and the opened article. */
export class FilterState {
  provinces = $state<string[]>([]);
  themes = $state<ThemeId[]>([]);
  from = $state<number | null>(null);
  to = $state<number | null>(null);
  lang = $state<Lang>('zh');
  article = $state<string | null>(null);
  mapMetric = $state<MapMetric>('activities');

  /** The filters as the queries take them. */
  get filters(): Filters {
    return { provinces: this.provinces, themes: this.themes, from: this.from, to: this.to };
  }

  /** True when any filter restricts the data. */
  get active(): boolean {
    return this.provinces.length > 0 || this.themes.length > 0 || this.from !== null || this.to !== null;
  }

  toggleProvince(code: string): void {
    this.provinces = this.provinces.includes(code) ? this.provinces.filter((c) => c !== code) : [...this.provinces, code];
  }

  toggleTheme(theme: ThemeId): void {
    this.themes = this.themes.includes(theme) ? this.themes.filter((t) => t !== theme) : [...this.themes, theme];
  }

  /** Sets the year range; a reversed range is put in order. */
  setYears(from: number | null, to: number | null): void {
    if (from !== null && to !== null && from > to) [from, to] = [to, from];
    this.from = from;
    this.to = to;
  }

  /** The state a link restores (filters, language, open article). */
  get urlState(): UrlState {
    return { ...this.filters, lang: this.lang, article: this.article };
  }

  /**
   * Takes the state from a query string. Unknown values are dropped; the returned notices say
   * which (an article id is checked against the loaded articles).
   */
  applyUrl(search: string, articleIds: { has(id: string): boolean }): string[] {
    const { state, notices } = parseUrlState(search);
    this.provinces = [...state.provinces];
    this.themes = [...state.themes];
    this.from = state.from;
    this.to = state.to;
    this.lang = state.lang;
    this.article = null;
    if (state.article !== null) {
      if (articleIds.has(state.article)) this.article = state.article;
      else notices.push(messages(state.lang).notices.articleNotFound(state.article.slice(0, 24)));
    }
    return notices;
  }

  /** Writes the state (by default the current one) into the address bar without adding a history entry. */
  writeUrl(state: UrlState = this.urlState): void {
    const query = serialiseUrlState(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  }

  reset(): void {
    this.provinces = [];
    this.themes = [];
    this.from = null;
    this.to = null;
  }
}
