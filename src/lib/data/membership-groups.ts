// Membership series under any filter, by the rules of the prep's membershipSeries
// (aggregate-membership.ts), from points fixed once per dataset: each membership fact's series
// (province × scope × kind × period) and year is a point numbered in the order the series and
// their points are sorted. A filter then only collects each point's reports and reads them out.
import type { FigureRef, MembershipKind, MembershipSeries } from '../../../data-prep/core/dataset-types.ts';
import type { Period, Scope } from '../../../data-prep/core/types.ts';
import { compareKeys } from '../../../data-prep/core/aggregate-order.ts';
import { isMembership } from '../../../data-prep/core/aggregate-membership.ts';
import type { Tables } from './tables.ts';
import type { FilterMasks } from './filter-masks.ts';
import { valueAt } from './coded.ts';

interface Point {
  provinceCode: string | null;
  scope: Scope;
  kind: MembershipKind;
  period: Period;
  year: number | null;
}

const seriesKey = (p: Point) => [p.provinceCode, p.scope, p.kind, p.period];

export class MembershipGroups {
  /** The points, series by series in the order membershipSeries sorts them, each series' points by year. */
  private readonly points: Point[];
  /** Whether point g starts a series (its series differs from point g − 1's). */
  private readonly starts: Uint8Array;
  /** The membership facts (rows of the fact table), in order, and each one's point. */
  private readonly facts: Uint32Array;
  private readonly point: Uint32Array;

  constructor(private readonly t: Tables) {
    const { articles, facts } = t;
    // A point's key from the columns' codes: no strings per fact. A missing period is
    // 'unspecified', as membershipSeries files it, so period codes are mapped to names.
    const periods: Period[] = [];
    const period = Uint32Array.from(facts.period.values, (p) => {
      const name = p ?? 'unspecified';
      return periods.includes(name) ? periods.indexOf(name) : periods.push(name) - 1;
    });
    const counted = Uint8Array.from(facts.kind.values, (kind) => (isMembership({ kind }) ? 1 : 0));
    const [S, K, Q, Y] = [articles.scope.values.length, facts.kind.values.length, periods.length, facts.year.values.length];
    const keyed = new Map<number, number>();
    const points: Point[] = [];
    const rows: number[] = [];
    const provisional: number[] = [];
    for (let row = 0; row < facts.count; row++) {
      const k = facts.kind.codes[row]!;
      if (!counted[k]) continue;
      const a = facts.article[row]!;
      const p = articles.provinceCode.codes[a]!;
      const s = articles.scope.codes[a]!;
      const q = period[facts.period.codes[row]!]!;
      const y = facts.year.codes[row]!;
      const key = (((p * S + s) * K + k) * Q + q) * Y + y;
      let g = keyed.get(key);
      if (g === undefined) {
        g = points.length;
        keyed.set(key, g);
        points.push({
          provinceCode: articles.provinceCode.values[p]!,
          scope: articles.scope.values[s]!,
          kind: facts.kind.values[k] as MembershipKind,
          period: periods[q]!,
          year: facts.year.values[y]!,
        });
      }
      rows.push(row);
      provisional.push(g);
    }
    const order = points.map((_, g) => g);
    order.sort((x, y) => compareKeys(seriesKey(points[x]!), seriesKey(points[y]!)) || compareKeys([points[x]!.year], [points[y]!.year]));
    const rank = new Uint32Array(points.length);
    order.forEach((g, r) => (rank[g] = r));
    this.points = order.map((g) => points[g]!);
    this.starts = Uint8Array.from(this.points, (p, g) => (g === 0 || compareKeys(seriesKey(p), seriesKey(this.points[g - 1]!)) !== 0 ? 1 : 0));
    this.facts = Uint32Array.from(rows);
    this.point = Uint32Array.from(provisional, (g) => rank[g]!);
  }

  /** The series membershipSeries gives for the facts passing `m`, equal to them. */
  series(m: FilterMasks): MembershipSeries[] {
    const { articles, facts } = this.t;
    const members: (number[] | undefined)[] = new Array(this.points.length);
    const years = facts.year.codes;
    for (let k = 0; k < this.facts.length; k++) {
      const row = this.facts[k]!;
      if (m.placeTheme[facts.article[row]!] && m.factYear[years[row]!]) (members[this.point[k]!] ??= []).push(row);
    }
    const ref = (row: number): FigureRef => [articles.ids[facts.article[row]!]!, facts.index[row]!];
    const out: MembershipSeries[] = [];
    let current: MembershipSeries | null = null;
    this.points.forEach((p, g) => {
      if (this.starts[g]) current = null;
      const list = members[g];
      if (!list) return;
      if (!current) {
        current = { provinceCode: p.provinceCode, scope: p.scope, kind: p.kind, period: p.period, points: [] };
        out.push(current);
      }
      // Reports of one point are not added: the first of the largest is the value.
      let best = list[0]!;
      for (const row of list) if (facts.value[row]! > facts.value[best]!) best = row;
      current.points.push({
        year: p.year,
        value: facts.value[best]!,
        qualifier: valueAt(facts.qualifier, best),
        figure: ref(best),
        others: list.filter((row) => row !== best).map(ref),
      });
    });
    return out;
  }
}
