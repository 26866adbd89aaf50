// The dashboard's filter (province × theme × year) as pure data and functions, and the
// re-aggregations the charts draw from the rows that pass. These run on every filter change over
// up to ~100,000 articles, so each dataset is indexed once (province position, theme bits, year
// in typed arrays) and a filter change is a plain loop over those arrays.
// Kept in one file, past the usual length, because its parts share the private index layout.
// The rules are the prep's (data-prep/core/aggregate-*.ts, docs/DATA.md); test/state checks that
// both agree on the same facts.
//
//   const articles = indexArticles(articleRows);            // once per dataset
//   const figures = indexFigures(figureFacts, articles);    // once per dataset
//   const f = compileFilter(state);                         // per filter change
//   const sel = selectArticles(articles, f);
//   mapChart(activitiesByProvince(articles, sel), …); themesChart(activitiesByTheme(articles, sel), …)
//   fundingChart(fundingCells(figures, selectFigures(figures, f)), …)
import type { ArticleIndexRow, FigureFact } from '../../../data-prep/core/dataset-types.ts';
import type { MoneyCategory, Period, Scope, ThemeId } from '../../../data-prep/core/types.ts';
import type { FundingCell } from '../charts/funding-chart.ts';
import type { MapDatum } from '../charts/map-chart.ts';
import type { MembershipSeriesPoint } from '../charts/membership-chart.ts';
import type { ThemeCount } from '../charts/themes-chart.ts';
import type { YearThemeCount } from '../charts/timeline-chart.ts';
import { PROVINCES, PROVINCE_INDEX } from '../geo/provinces.ts';
import { MEMBERSHIP_KINDS, MONEY_CATEGORIES, PERIODS, THEME_IDS, type MembershipKind } from '../i18n/vocabulary.ts';

/** The filter: empty lists mean every province / theme; a null year is an open end. */
export interface FilterState {
  provinces: readonly string[];
  themes: readonly ThemeId[];
  from: number | null;
  to: number | null;
}

export const EMPTY_FILTER: FilterState = { provinces: [], themes: [], from: null, to: null };

/** A filter prepared for testing many rows. */
export interface CompiledFilter {
  /** 1 at the PROVINCE_INDEX position of each selected province; null when all pass. */
  provinces: Uint8Array | null;
  /** Bits (THEME_IDS positions) of the selected themes; 0 when all pass. */
  themes: number;
  /** Year bounds; when either is set, rows without a year are left out. */
  from: number;
  to: number;
  years: boolean;
}

export function compileFilter(f: FilterState): CompiledFilter {
  let provinces: Uint8Array | null = null;
  if (f.provinces.length) {
    provinces = new Uint8Array(PROVINCES.length);
    for (const code of f.provinces) {
      const i = PROVINCE_INDEX.get(code);
      if (i !== undefined) provinces[i] = 1;
    }
  }
  return {
    provinces,
    themes: themeBits(f.themes),
    from: f.from ?? -Infinity,
    to: f.to ?? Infinity,
    years: f.from !== null || f.to !== null,
  };
}

const THEME_BIT = new Map<string, number>(THEME_IDS.map((id, i) => [id, 1 << i]));

/** The bits of a list of themes; ids outside the taxonomy add none. */
export function themeBits(themes: readonly string[]): number {
  let bits = 0;
  for (const t of themes) bits |= THEME_BIT.get(t) ?? 0;
  return bits;
}

// Where a row is: 0–33 its province (PROVINCE_INDEX), then national, then not identified (also
// for a code outside the 34). Only 0–33 pass a province filter.
const NATIONAL = PROVINCES.length;
const UNKNOWN = PROVINCES.length + 1;
const PLACES = PROVINCES.length + 2;

function placeSlot(code: string | null, scope: Scope): number {
  if (code !== null) return PROVINCE_INDEX.get(code) ?? UNKNOWN;
  return scope === 'national' ? NATIONAL : UNKNOWN;
}

function placeOf(slot: number): { provinceCode: string | null; scope: Scope } {
  const p = PROVINCES[slot];
  if (p) return { provinceCode: p.code, scope: 'province' };
  return { provinceCode: null, scope: slot === NATIONAL ? 'national' : 'unknown' };
}

// place: placeSlot; themes: bits; year: 0 when unknown.
function passes(place: number, themes: number, year: number, f: CompiledFilter): boolean {
  if (f.provinces !== null && (place >= NATIONAL || f.provinces[place] === 0)) return false;
  if (f.themes !== 0 && (themes & f.themes) === 0) return false;
  if (f.years && (year === 0 || year < f.from || year > f.to)) return false;
  return true;
}

/** Whether an article passes: its province selected, one of its themes selected, its year in range. */
export function matchesArticle(row: ArticleIndexRow, f: CompiledFilter): boolean {
  return passes(placeSlot(row.provinceCode, row.scope), themeBits(row.themes), row.year ?? 0, f);
}

/**
 * Whether a figure passes: its own province, its own year (its article's when it states none)
 * and its article's themes.
 */
export function matchesFigure(fact: FigureFact, article: ArticleIndexRow | undefined, f: CompiledFilter): boolean {
  const year = fact.year ?? article?.year ?? 0;
  return passes(placeSlot(fact.provinceCode, fact.scope), article ? themeBits(article.themes) : 0, year, f);
}

/** Articles with their filter keys precomputed. A code outside the 34 counts as not identified. */
export interface ArticleIndex {
  rows: readonly ArticleIndexRow[];
  /** Province position, or the national / not-identified slot after the 34. */
  place: Int8Array;
  themes: Uint16Array;
  year: Int16Array;
  /** Article id → row position. */
  position: ReadonlyMap<string, number>;
}

export function indexArticles(rows: readonly ArticleIndexRow[]): ArticleIndex {
  const n = rows.length;
  const index = { rows, place: new Int8Array(n), themes: new Uint16Array(n), year: new Int16Array(n) };
  const position = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const r = rows[i] as ArticleIndexRow;
    index.place[i] = placeSlot(r.provinceCode, r.scope);
    index.themes[i] = themeBits(r.themes);
    index.year[i] = r.year ?? 0;
    position.set(r.id, i);
  }
  return { ...index, position };
}

/** Figures with their filter keys precomputed, themes taken from their article. */
export interface FigureIndex {
  facts: readonly FigureFact[];
  place: Int8Array;
  themes: Uint16Array;
  year: Int16Array;
}

export function indexFigures(facts: readonly FigureFact[], articles: ArticleIndex): FigureIndex {
  const n = facts.length;
  const index = { facts, place: new Int8Array(n), themes: new Uint16Array(n), year: new Int16Array(n) };
  for (let i = 0; i < n; i++) {
    const fact = facts[i] as FigureFact;
    const a = articles.position.get(fact.articleId);
    index.place[i] = placeSlot(fact.provinceCode, fact.scope);
    index.themes[i] = a === undefined ? 0 : (articles.themes[a] ?? 0);
    index.year[i] = fact.year ?? (a === undefined ? 0 : (articles.year[a] ?? 0));
  }
  return index;
}

/** Positions of the articles that pass, in dataset order. */
export function selectArticles(index: ArticleIndex, f: CompiledFilter): Uint32Array {
  return selectRows(index, f);
}

/** Positions of the figures that pass, in dataset order. */
export function selectFigures(index: FigureIndex, f: CompiledFilter): Uint32Array {
  return selectRows(index, f);
}

function selectRows({ place, themes, year }: ArticleIndex | FigureIndex, f: CompiledFilter): Uint32Array {
  const out = new Uint32Array(place.length);
  let n = 0;
  for (let i = 0; i < place.length; i++) {
    if (passes(place[i] as number, themes[i] as number, year[i] as number, f)) out[n++] = i;
  }
  return out.subarray(0, n);
}

/** Selected articles per province (those without a province are not counted). */
export function activitiesByProvince(index: ArticleIndex, selected: Uint32Array): MapDatum[] {
  const counts = new Int32Array(PROVINCES.length);
  for (const i of selected) {
    const p = index.place[i] as number;
    if (p < NATIONAL) counts[p]!++;
  }
  const out: MapDatum[] = [];
  counts.forEach((value, p) => value > 0 && out.push({ provinceCode: (PROVINCES[p] as { code: string }).code, value }));
  return out;
}

/** Selected articles per theme; an article counts once under each of its themes. */
export function activitiesByTheme(index: ArticleIndex, selected: Uint32Array): ThemeCount[] {
  const counts = new Int32Array(THEME_IDS.length);
  for (const i of selected) addBits(counts, index.themes[i] as number);
  const out: ThemeCount[] = [];
  counts.forEach((articles, t) => articles > 0 && out.push({ theme: THEME_IDS[t] as ThemeId, articles }));
  return out;
}

/** Selected articles per year × theme; articles without a year are not counted. */
export function activitiesByYearTheme(index: ArticleIndex, selected: Uint32Array): YearThemeCount[] {
  const byYear = new Map<number, Int32Array>();
  for (const i of selected) {
    const year = index.year[i] as number;
    if (year === 0) continue;
    let counts = byYear.get(year);
    if (!counts) byYear.set(year, (counts = new Int32Array(THEME_IDS.length)));
    addBits(counts, index.themes[i] as number);
  }
  const out: YearThemeCount[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    byYear.get(year)?.forEach((articles, t) => articles > 0 && out.push({ year, theme: THEME_IDS[t] as ThemeId, articles }));
  }
  return out;
}

function addBits(counts: Int32Array, bits: number): void {
  for (let t = 0; bits !== 0; t++, bits >>>= 1) if (bits & 1) counts[t]!++;
}

/** Money figures that are union funding (the prep marks them `funding: true`). */
export function isFundingFigure(fact: FigureFact): boolean {
  return fact.kind === 'money' && fact.funding === true;
}

const CATEGORY_SLOT = new Map<string, number>(MONEY_CATEGORIES.map((c, i) => [c, i]));
const PERIOD_SLOT = new Map<string, number>(PERIODS.map((p, i) => [p, i]));
const CUMULATIVE = PERIODS.indexOf('cumulative');

/**
 * Funding of the selected figures per place × category × period. Annual (and unstated) amounts
 * are summed over the selected years; cumulative totals are never summed, neither with annual
 * amounts nor with each other (they overlap: each repeats the earlier ones), so the largest per
 * place × category is kept. A figure without category counts as 'other', without period as
 * 'unspecified'. National and not-identified figures are places of their own.
 */
export function fundingCells(index: FigureIndex, selected: Uint32Array): FundingCell[] {
  const nc = MONEY_CATEGORIES.length;
  const np = PERIODS.length;
  const size = PLACES * nc * np;
  const totals = new Float64Array(size);
  const counts = new Int32Array(size);
  for (const i of selected) {
    const fact = index.facts[i] as FigureFact;
    if (!isFundingFigure(fact)) continue;
    const c = CATEGORY_SLOT.get(fact.category ?? 'other') ?? nc - 1;
    const period = PERIOD_SLOT.get(fact.period ?? 'unspecified') ?? np - 1;
    const k = ((index.place[i] as number) * nc + c) * np + period;
    const total = totals[k] as number;
    totals[k] = period === CUMULATIVE && counts[k] !== 0 ? Math.max(total, fact.value) : total + fact.value;
    counts[k]!++;
  }
  const out: FundingCell[] = [];
  for (let k = 0; k < size; k++) {
    if (counts[k] === 0) continue;
    out.push({
      ...placeOf(Math.floor(k / (nc * np))),
      category: MONEY_CATEGORIES[Math.floor(k / np) % nc] as MoneyCategory,
      period: PERIODS[k % np] as Period,
      total: totals[k] as number,
      figures: counts[k] as number,
    });
  }
  return out;
}

/**
 * One value per province for the funding map, categories added up: 'annual' adds the annual and
 * period-not-stated amounts, 'cumulative' the largest running totals; the two are never mixed.
 */
export function fundingByProvince(cells: readonly FundingCell[], amounts: 'annual' | 'cumulative' = 'annual'): MapDatum[] {
  const sums = new Map<string, number>();
  for (const c of cells) {
    if ((c.period === 'cumulative') !== (amounts === 'cumulative') || c.provinceCode === null) continue;
    sums.set(c.provinceCode, (sums.get(c.provinceCode) ?? 0) + c.total);
  }
  return [...sums].map(([provinceCode, value]) => ({ provinceCode, value }));
}

const KIND_SLOT = new Map<string, number>(MEMBERSHIP_KINDS.map((k, i) => [k, i]));

/**
 * Membership points of the selected figures per place × kind × period × year. Several articles
 * often restate or round the same figure, so the largest is kept, never a sum. Figures without a
 * year cannot be placed on the axis and are left out.
 */
export function membershipSeries(index: FigureIndex, selected: Uint32Array): MembershipSeriesPoint[] {
  const points = new Map<string, MembershipSeriesPoint>();
  for (const i of selected) {
    const fact = index.facts[i] as FigureFact;
    const year = index.year[i] as number;
    if (!KIND_SLOT.has(fact.kind) || year === 0) continue;
    const place = index.place[i] as number;
    const period = fact.period ?? 'unspecified';
    const key = `${place}|${fact.kind}|${period}|${year}`;
    const point = points.get(key);
    if (point) {
      point.value = Math.max(point.value, fact.value);
      point.reports++;
    } else {
      points.set(key, { ...placeOf(place), kind: fact.kind as MembershipKind, period, year, value: fact.value, reports: 1 });
    }
  }
  // Place order (provinces, national, not identified), then kind, period and year.
  const order = (p: MembershipSeriesPoint) => placeSlot(p.provinceCode, p.scope ?? 'unknown');
  return [...points.values()].sort(
    (a, b) =>
      order(a) - order(b) ||
      (KIND_SLOT.get(a.kind) ?? 0) - (KIND_SLOT.get(b.kind) ?? 0) ||
      (PERIOD_SLOT.get(a.period ?? 'unspecified') ?? 0) - (PERIOD_SLOT.get(b.period ?? 'unspecified') ?? 0) ||
      a.year - b.year,
  );
}
