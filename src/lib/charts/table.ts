// The "show as table" view and CSV export of a chart: the same numbers the chart draws, raw in
// `rows`, with each column's type so a view can format and align them.
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

/**
 * CSV (RFC 4180, CRLF) with a byte-order mark so spreadsheet programs read the Chinese text as
 * UTF-8. Text cells that a spreadsheet would run as a formula (=, +, -, @) get a leading quote.
 */
export function tableToCsv(table: TableData): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
