// Figure facts → membership series: members, new members and membership rates by year, per
// province (and national / unknown as their own series).
import type { FactFields, MembershipKind, MembershipPoint, MembershipSeries } from './dataset-types.ts';
import { compareKeys, keyString } from './aggregate-order.ts';

const KINDS: ReadonlySet<string> = new Set<MembershipKind>(['members', 'new-members', 'membership-rate']);

/** True for the figure kinds that make membership series. */
export function isMembership(f: Pick<FactFields, 'kind'>): f is Pick<FactFields, 'kind'> & { kind: MembershipKind } {
  return KINDS.has(f.kind);
}

/**
 * One series per province × scope × kind × period, one point per year. Reports for the same
 * point are not added (they restate the same stock or overlap): the largest value is the point,
 * the first such figure in input order gives it, and the others are listed in `others`.
 */
export function membershipSeries(facts: readonly FactFields[]): MembershipSeries[] {
  const series = new Map<string, { head: MembershipSeries; years: Map<number | null, FactFields[]> }>();
  for (const f of facts) {
    if (!isMembership(f)) continue;
    const period = f.period ?? 'unspecified';
    const key = keyString([f.provinceCode, f.scope, f.kind, period]);
    let s = series.get(key);
    if (!s) {
      s = { head: { provinceCode: f.provinceCode, scope: f.scope, kind: f.kind, period, points: [] }, years: new Map() };
      series.set(key, s);
    }
    const list = s.years.get(f.year);
    if (list) list.push(f);
    else s.years.set(f.year, [f]);
  }
  const out: MembershipSeries[] = [];
  for (const { head, years } of series.values()) {
    for (const [year, list] of years) {
      const best = list.reduce((m, f) => (f.value > m.value ? f : m));
      const point: MembershipPoint = {
        year,
        value: best.value,
        qualifier: best.qualifier,
        figure: [best.articleId, best.index],
        others: list.filter((f) => f !== best).map((f) => [f.articleId, f.index]),
      };
      head.points.push(point);
    }
    head.points.sort((a, b) => compareKeys([a.year], [b.year]));
    out.push(head);
  }
  return out.sort((a, b) => compareKeys([a.provinceCode, a.scope, a.kind, a.period], [b.provinceCode, b.scope, b.kind, b.period]));
}
