// A chart's numbers as a table, for the "show as table" view and the CSV export (export/csv.ts):
// the same numbers the chart draws, raw in `rows`, with each column's type so a view can format
// and align them.
import { formatInteger } from '../format/number.ts';
import { formatMoneyFull } from '../format/money.ts';
import { formatPercent } from '../format/percent.ts';
import type { Lang } from '../i18n/lang.ts';

/** How a column's values are read: formatted for display, left raw in CSV. */
export type ColumnType = 'text' | 'year' | 'count' | 'money' | 'percent';

/** A chart's data as a table: localised headers, raw values ('' where nothing was reported). */
export interface TableData {
  columns: string[];
  types: ColumnType[];
  rows: (string | number)[][];
}

/** A cell as the table view shows it. */
export function formatCell(value: string | number, type: ColumnType, lang: Lang): string {
  if (typeof value === 'string') return value;
  switch (type) {
    case 'count':
      return formatInteger(value, lang);
    case 'money':
      return formatMoneyFull(value, lang);
    case 'percent':
      return formatPercent(value, lang);
    default:
      return String(value);
  }
}
