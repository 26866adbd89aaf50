// From a clicked chart item back to the figure it rests on, so the article can be opened at
// the sentence that gave the number.
import type { FigureRef, FundingRow, MembershipKind, MembershipSeries } from '../../../data-prep/core/dataset-types.ts';
import type { MoneyCategory, Period } from '../../../data-prep/core/types.ts';

/**
 * The figure behind a funding bar (province × category × period): the first counted figure of
 * the largest total among the matching rows (a bar sums several years).
 */
export function fundingFigure(
  funding: readonly FundingRow[],
  provinceCode: string | null,
  category: MoneyCategory,
  period: Period,
): FigureRef | null {
  const rows = funding.filter((r) => r.provinceCode === provinceCode && r.category === category && r.period === period);
  const best = rows.reduce<FundingRow | null>((b, r) => (!b || r.total > b.total ? r : b), null);
  return best?.figures[0] ?? null;
}

/** The figure giving a membership point (the largest report, as the chart draws it). */
export function membershipFigure(
  series: readonly MembershipSeries[],
  kind: MembershipKind,
  provinceCode: string | null,
  year: number,
): FigureRef | null {
  let best: { value: number; figure: FigureRef } | null = null;
  for (const s of series) {
    if (s.kind !== kind || s.provinceCode !== provinceCode || s.period === 'cumulative') continue;
    for (const p of s.points) if (p.year === year && (!best || p.value > best.value)) best = p;
  }
  return best?.figure ?? null;
}
