// The reader's selection as the queries take it, and the one rule on years both articles and
// figures follow.
import type { ThemeId } from '../../../data-prep/core/types.ts';

/** What the reader selected. Empty lists and null years mean "no restriction". */
export interface Filters {
  provinces: readonly string[];
  themes: readonly ThemeId[];
  from: number | null;
  to: number | null;
}

/** True when `year` passes the range; an unknown year passes only when no range is set. */
export function inYearRange(year: number | null, f: Pick<Filters, 'from' | 'to'>): boolean {
  if (f.from === null && f.to === null) return true;
  if (year === null) return false;
  return (f.from === null || year >= f.from) && (f.to === null || year <= f.to);
}
