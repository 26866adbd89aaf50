// A chart's table as CSV: RFC 4180 (comma, CRLF, double quotes), UTF-8 with a byte-order mark so
// spreadsheet programs read the Chinese text as UTF-8.
import type { TableData } from '../charts/table.ts';

// What a spreadsheet would run as a formula at the start of a cell (ASCII and full-width forms),
// and tab / carriage return, which some programs strip before looking.
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/**
 * The table as CSV. Numbers are written raw (no grouping, no unit; a non-finite one as an empty
 * cell). A text cell that a spreadsheet would evaluate gets a leading apostrophe, the usual
 * neutralisation: `=1+1` is written `'=1+1`. Numbers are never changed: -5 is a number, not a
 * formula.
 */
export function tableToCsv(table: TableData): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
