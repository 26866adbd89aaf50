// How the dashboard names the China map and its regions. Map series are keyed by GB/T 2260 code:
// the map data names regions by zh short name, and `nameMap` renames them to codes. Renaming
// (rather than `nameProperty: 'id'`) keeps ECharts' built-in fixes for the 'china' map, which
// match on the zh names: the South China Sea Islands inset (added by ECharts itself, named
// 南海诸岛), the Diaoyu Islands drawn with Taiwan, and label positions for small regions.
import { PROVINCES } from './provinces.ts';

/** The name the map is registered under; it must be 'china' for ECharts' fixes to apply. */
export const CHINA_MAP = 'china';

/** The inset region ECharts adds to the 'china' map. */
export const SOUTH_CHINA_SEA_REGION = '南海诸岛';

/** zh short name (as in the map data) → GB/T 2260 code, for a map series' `nameMap`. */
export const CHINA_NAME_MAP: Readonly<Record<string, string>> = Object.fromEntries(
  PROVINCES.map((p) => [p.zh, p.code]),
);
