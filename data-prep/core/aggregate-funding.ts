// Figure facts → funding per province × category × year × period.
// Annual (and unspecified) amounts are added up; cumulative amounts never are: a cumulative
// total already contains the years before it, and two cumulative totals of the same province
// and category overlap. So a cumulative row keeps one figure and lists the ones it supersedes.
import type { FactFields, FigureRef, FundingRow } from './dataset-types.ts';
import type { Period } from './types.ts';
import { compareKeys, keyString } from './aggregate-order.ts';

/** A money figure counts as funding when extraction flagged it so (`funding: true`). */
export function isFunding(f: Pick<FactFields, 'kind' | 'funding'>): boolean {
  return f.kind === 'money' && f.funding === true;
}

/** The period a figure is filed under; extraction may leave it unset. */
export function fundingPeriod(f: Pick<FactFields, 'period'>): Period {
  return f.period ?? 'unspecified';
}

const ref = (f: FactFields): FigureRef => [f.articleId, f.index];

/**
 * Orders cumulative candidates best first: the largest value (a running total only grows, so
 * the largest is the most complete), then the latest year (unknown counts as oldest), then input
 * order (a stable sort keeps it).
 */
function byLargestThenLatest(a: FactFields, b: FactFields): number {
  if (a.value !== b.value) return b.value - a.value;
  return (b.year ?? -Infinity) - (a.year ?? -Infinity);
}

/** Funding rows from figure facts; facts that are not funding are ignored. */
export function fundingRows(facts: readonly FactFields[]): FundingRow[] {
  const groups = new Map<string, FactFields[]>();
  for (const f of facts) {
    if (!isFunding(f)) continue;
    const period = fundingPeriod(f);
    // Cumulative figures of one province and category compete whatever their year.
    const year = period === 'cumulative' ? null : f.year;
    const key = keyString([f.provinceCode, f.scope, f.category ?? 'other', period, year]);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const rows: FundingRow[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const period = fundingPeriod(first);
    const counted = period === 'cumulative' ? [[...list].sort(byLargestThenLatest)[0]!] : list;
    const superseded = period === 'cumulative' ? list.filter((f) => f !== counted[0]) : [];
    rows.push({
      provinceCode: first.provinceCode,
      scope: first.scope,
      category: first.category ?? 'other',
      year: counted[0]!.year,
      period,
      total: counted.reduce((s, f) => s + f.value, 0),
      approximate: counted.some((f) => f.qualifier !== 'exact'),
      figures: counted.map(ref),
      superseded: superseded.map(ref),
    });
  }
  return rows.sort((a, b) =>
    compareKeys([a.provinceCode, a.scope, a.category, a.period, a.year], [b.provinceCode, b.scope, b.category, b.period, b.year]),
  );
}
