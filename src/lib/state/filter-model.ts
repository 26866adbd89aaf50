// The dashboard's filter as plain data: what a link restores (url.ts) and what an export names
// (lib/export). The filtering and re-aggregation itself is data/queries.ts, which follows the
// prep's aggregation rules.
import type { ThemeId } from '../../../data-prep/core/types.ts';

/** The filter: empty lists mean every province / theme; a null year is an open end. */
export interface FilterState {
  provinces: readonly string[];
  themes: readonly ThemeId[];
  from: number | null;
  to: number | null;
}
