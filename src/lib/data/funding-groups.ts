// Funding rows under any filter, by the rules of the prep's fundingRows (aggregate-funding.ts),
// from groups fixed once per dataset: each funding fact's row key (province × scope × category ×
// period × year, the year left out for running totals) is a group numbered in the rows' sort
// order. A filter then only adds up annual amounts, keeps the best running total, and reads the
// groups out in order: no keys, maps or sorting per change.
import type { FigureRef, FundingRow } from '../../../data-prep/core/dataset-types.ts';
import type { MoneyCategory, Period, Scope } from '../../../data-prep/core/types.ts';
import { compareKeys } from '../../../data-prep/core/aggregate-order.ts';
import { fundingPeriod, isFunding } from '../../../data-prep/core/aggregate-funding.ts';
import type { Tables } from './tables.ts';
import type { FilterMasks } from './filter-masks.ts';
import { valueAt, valueMask } from './coded.ts';

interface Group {
  provinceCode: string | null;
  scope: Scope;
  category: MoneyCategory;
  period: Period;
  /** The year of an annual or unspecified group; null for running totals, which compete across years. */
  year: number | null;
}

export class FundingGroups {
  /** The groups, in the order fundingRows sorts its rows. */
  private readonly groups: Group[];
  /** The funding facts (rows of the fact table), in order, and each one's group. */
  private readonly facts: Uint32Array;
  private readonly group: Uint32Array;

  constructor(private readonly t: Tables) {
    const { articles, facts } = t;
    // A group's key from the columns' codes: no strings per fact. A missing category is 'other'
    // and a missing period 'unspecified', as fundingRows files them, so codes are mapped to names.
    const names = <T,>(values: readonly T[], name: (v: T) => string) => {
      const list: string[] = [];
      const code = Uint32Array.from(values, (v) => (list.includes(name(v)) ? list.indexOf(name(v)) : list.push(name(v)) - 1));
      return { list, code };
    };
    const category = names(facts.category.values, (c) => c ?? 'other');
    const period = names(facts.period.values, (p) => fundingPeriod({ period: p ?? undefined }));
    const cumulative = period.list.indexOf('cumulative');
    const money = Uint8Array.from(facts.kind.values, (kind) => (kind === 'money' ? 1 : 0));
    const flagged = Uint8Array.from(facts.funding.values, (f) => (isFunding({ kind: 'money', funding: f ?? undefined }) ? 1 : 0));
    const [S, C, Q, Y] = [articles.scope.values.length, category.list.length, period.list.length, facts.year.values.length + 1];
    const keyed = new Map<number, number>();
    const groups: Group[] = [];
    const rows: number[] = [];
    const provisional: number[] = [];
    for (let row = 0; row < facts.count; row++) {
      if (!money[facts.kind.codes[row]!] || !flagged[facts.funding.codes[row]!]) continue;
      const a = facts.article[row]!;
      const p = articles.provinceCode.codes[a]!;
      const s = articles.scope.codes[a]!;
      const c = category.code[facts.category.codes[row]!]!;
      const q = period.code[facts.period.codes[row]!]!;
      // Running totals compete whatever their year: one group for all their years.
      const y = q === cumulative ? Y - 1 : facts.year.codes[row]!;
      const key = (((p * S + s) * C + c) * Q + q) * Y + y;
      let g = keyed.get(key);
      if (g === undefined) {
        g = groups.length;
        keyed.set(key, g);
        groups.push({
          provinceCode: articles.provinceCode.values[p]!,
          scope: articles.scope.values[s]!,
          category: category.list[c] as MoneyCategory,
          period: period.list[q] as Period,
          year: q === cumulative ? null : facts.year.values[y]!,
        });
      }
      rows.push(row);
      provisional.push(g);
    }
    // One row per group, so the groups' order is the rows' (a running total's row takes its
    // figure's year, but it is the only row of its province, scope, category and period).
    const order = groups.map((_, g) => g);
    const keyOf = (g: Group) => [g.provinceCode, g.scope, g.category, g.period, g.year];
    order.sort((x, y) => compareKeys(keyOf(groups[x]!), keyOf(groups[y]!)));
    const rank = new Uint32Array(groups.length);
    order.forEach((g, r) => (rank[g] = r));
    this.groups = order.map((g) => groups[g]!);
    this.facts = Uint32Array.from(rows);
    this.group = Uint32Array.from(provisional, (g) => rank[g]!);
  }

  /** The rows fundingRows gives for the facts passing `m`, equal to them. */
  rows(m: FilterMasks): FundingRow[] {
    const { articles, facts } = this.t;
    const G = this.groups.length;
    const total = new Float64Array(G);
    const inexact = new Uint8Array(G);
    const best = new Int32Array(G).fill(-1);
    const members: (number[] | undefined)[] = new Array(G);
    const notExact = valueMask(facts.qualifier, (q) => q !== 'exact');
    // Unknown years are older than any: -Infinity, as fundingRows compares them.
    const yearOf = Float64Array.from(facts.year.values, (y) => y ?? -Infinity);
    const years = facts.year.codes;
    const qualifiers = facts.qualifier.codes;
    for (let k = 0; k < this.facts.length; k++) {
      const row = this.facts[k]!;
      if (!m.placeTheme[facts.article[row]!] || !m.factYear[years[row]!]) continue;
      const g = this.group[k]!;
      (members[g] ??= []).push(row);
      if (this.groups[g]!.period === 'cumulative') {
        // The largest value, then the latest year, then the first in file order.
        const b = best[g]!;
        const v = facts.value[row]!;
        const w = b < 0 ? 0 : facts.value[b]!;
        if (b < 0 || v > w || (v === w && yearOf[years[row]!]! > yearOf[years[b]!]!)) best[g] = row;
      } else {
        total[g] = total[g]! + facts.value[row]!;
        inexact[g] = inexact[g]! | notExact[qualifiers[row]!]!;
      }
    }
    const ref = (row: number): FigureRef => [articles.ids[facts.article[row]!]!, facts.index[row]!];
    const out: FundingRow[] = [];
    for (let g = 0; g < G; g++) {
      const list = members[g];
      if (!list) continue;
      const { provinceCode, scope, category, period, year } = this.groups[g]!;
      if (period === 'cumulative') {
        const b = best[g]!;
        out.push({
          provinceCode,
          scope,
          category,
          year: valueAt(facts.year, b),
          period,
          total: 0 + facts.value[b]!,
          approximate: notExact[qualifiers[b]!] === 1,
          figures: [ref(b)],
          superseded: list.filter((row) => row !== b).map(ref),
        });
      } else {
        out.push({ provinceCode, scope, category, year, period, total: total[g]!, approximate: inexact[g] === 1, figures: list.map(ref), superseded: [] });
      }
    }
    return out;
  }
}
