import { describe, expect, it } from 'vitest';
import { formatCell, tableToCsv, type ColumnType } from '../../src/lib/charts/table.ts';

describe('table cells and CSV', () => {
  it.each<[string | number, ColumnType, 'zh' | 'en', string]>([
    [21_560_000, 'money', 'zh', '21,560,000元'],
    [21_560_000, 'money', 'en', '¥21,560,000'],
    [2156, 'count', 'zh', '2,156'],
    [92.5, 'percent', 'en', '92.5%'],
    [2021, 'year', 'en', '2021'],
    ['', 'count', 'zh', ''],
    ['浙江', 'text', 'zh', '浙江'],
  ])('formatCell(%j, %s, %s) is %j', (value, type, lang, expected) => {
    expect(formatCell(value, type, lang)).toBe(expected);
  });

  it('tableToCsv quotes, guards formulas, keeps numbers raw and starts with a BOM', () => {
    const csv = tableToCsv({
      columns: ['省份', 'Amount'],
      types: ['text', 'money'],
      rows: [
        ['浙江', 172000000],
        ['a,"b"', -5],
        ['=1+1', ''],
      ],
    });
    expect(csv).toBe('\uFEFF省份,Amount\r\n浙江,172000000\r\n"a,""b""",-5\r\n\'=1+1,\r\n');
  });
});
