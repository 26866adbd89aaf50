import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../src/lib/export/csv.ts';
import type { TableData } from '../../src/lib/charts/table.ts';

const table = (rows: TableData['rows']): TableData => ({ columns: ['省份', 'Amount'], types: ['text', 'money'], rows });

describe('tableToCsv', () => {
  it('tableToCsv starts with a BOM, ends lines with CRLF and keeps numbers raw', () => {
    expect(tableToCsv(table([['浙江', 172000000], ['江苏', 92.5]]))).toBe('\uFEFF省份,Amount\r\n浙江,172000000\r\n江苏,92.5\r\n');
  });

  it.each<[string, string]>([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['＝1+1', "'＝1+1"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a,"b"', '"a,""b"""'],
    ['two\nlines', '"two\nlines"'],
    ['浙江=1', '浙江=1'],
    ['', ''],
  ])('tableToCsv writes the text cell %j as %j', (cell, expected) => {
    expect(tableToCsv(table([[cell, 1]])).split('\r\n')[1]).toBe(`${expected},1`);
  });

  it('tableToCsv writes negative numbers as numbers and non-finite ones as empty cells', () => {
    expect(tableToCsv(table([['a', -5], ['b', Number.NaN], ['c', Infinity]]))).toBe('\uFEFF省份,Amount\r\na,-5\r\nb,\r\nc,\r\n');
  });

  it('tableToCsv neutralises formula headers too', () => {
    expect(tableToCsv({ columns: ['=cmd', 'ok'], types: ['text', 'text'], rows: [] })).toBe("\uFEFF'=cmd,ok\r\n");
  });

  it('tableToCsv does not mutate its input', () => {
    const t = table([['=1', 1]]);
    const copy = structuredClone(t);
    tableToCsv(t);
    expect(t).toEqual(copy);
  });
});
