import { describe, expect, it } from 'vitest';
import { exportFileName, filterFileParts, MAX_STEM_BYTES, safeFileName } from '../../src/lib/export/file-name.ts';
import { EMPTY } from './fixtures.ts';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('safeFileName', () => {
  it.each<[string, string, string]>([
    ['funding_浙江_2021-2022', 'png', 'funding_浙江_2021-2022.png'],
    ['a/b\\c:d*e?f"g<h>i|j', 'svg', 'a-b-c-d-e-f-g-h-i-j.svg'],
    ['tab\there\u0000nul\u007fdel\u0085nel', 'csv', 'tabherenuldelnel.csv'],
    ['name. . .', 'png', 'name.png'],
    ['  spaced  out  ', 'png', 'spaced out.png'],
    ['..hidden', 'png', 'hidden.png'],
    ['CON', 'png', '_CON.png'],
    ['nul.tar', 'gz', '_nul.tar.gz'],
    ['com1', 'csv', '_com1.csv'],
    ['lpt9', 'csv', '_lpt9.csv'],
    ['console', 'csv', 'console.csv'],
    ['', 'png', 'export.png'],
    ['...', 'png', 'export.png'],
    ['evil\u202egnp.exe', 'png', 'evilgnp.exe.png'],
    ['zero\u200bwidth', 'svg', 'zerowidth.svg'],
    ['x', 'P/N G', 'x.png'],
  ])('safeFileName(%j, %j) is %j', (stem, ext, expected) => {
    expect(safeFileName(stem, ext)).toBe(expected);
  });

  it('safeFileName cuts a long name to MAX_STEM_BYTES of UTF-8, never inside a character', () => {
    const name = safeFileName('浙'.repeat(200), 'png');
    expect(bytes(name)).toBeLessThanOrEqual(MAX_STEM_BYTES + 4);
    expect(name).toBe(`${'浙'.repeat(50)}.png`);
    const emoji = safeFileName(`a${'😀'.repeat(60)}`, 'png');
    expect(emoji.replace(/\.png$/, '')).toMatch(/^a(?:😀)+$/u);
  });

  it('safeFileName drops lone surrogates', () => {
    expect(safeFileName('a\ud800b\udc00c', 'csv')).toBe('abc.csv');
  });

  it('safeFileName leaves no character Windows forbids, whatever the input', () => {
    const all = Array.from({ length: 0x250 }, (_, i) => String.fromCharCode(i)).join('');
    const name = safeFileName(all, 'png');
    expect(name).not.toMatch(/[/\\:*?"<>|\u0000-\u001f\u007f-\u009f]/);
    expect(name).not.toMatch(/[. ]\.png$/);
  });
});

describe('exportFileName and filterFileParts', () => {
  it.each<[string, Parameters<typeof filterFileParts>[0], 'zh' | 'en', string[], string]>([
    ['map, no filter, zh', EMPTY, 'zh', ['map', 'activities'], 'map_activities_全部省份_全部年份.svg'],
    ['map, no filter, en', EMPTY, 'en', ['map', 'funding'], 'map_funding_All-provinces_All-years.svg'],
    ['funding, one province, years', { ...EMPTY, provinces: ['330000'], from: 2021, to: 2022 }, 'zh', ['funding'], 'funding_浙江_2021-2022.svg'],
    ['themes named', { ...EMPTY, themes: ['skills', 'rights'] }, 'zh', ['themes'], 'themes_全部省份_技能竞赛+维权_全部年份.svg'],
    ['one year', { ...EMPTY, from: 2021, to: 2021 }, 'en', ['timeline'], 'timeline_All-provinces_2021.svg'],
    ['open start', { ...EMPTY, to: 2021 }, 'en', ['timeline'], 'timeline_All-provinces_to-2021.svg'],
    ['open end', { ...EMPTY, from: 2021 }, 'zh', ['timeline'], 'timeline_全部省份_2021起.svg'],
    ['many provinces', { ...EMPTY, provinces: ['110000', '310000', '320000', '330000', '340000'] }, 'zh', ['map'], 'map_北京+上海+江苏等5项_全部年份.svg'],
    ['many provinces, en', { ...EMPTY, provinces: ['110000', '310000', '320000', '330000', '150000'] }, 'en', ['map'], 'map_Beijing+Shanghai+Jiangsu+2-more_All-years.svg'],
  ])('%s', (_name, filters, lang, name, expected) => {
    expect(exportFileName([...name, ...filterFileParts(filters, lang)], 'svg')).toBe(expected);
  });

  it('exportFileName with spaces and underscores inside a part keeps the parts apart', () => {
    expect(exportFileName(['Inner Mongolia', 'a_b', ''], 'png')).toBe('Inner-Mongolia_a-b.png');
  });
});
