import { afterEach, describe, expect, it, vi } from 'vitest';
import { activityDate, findDates, parsePublished, statedYears } from '../../data-prep/core/dates.ts';

type Expected = { date: string; raw: string; explicitYear: boolean; day?: number | null };

// [text, published, mentions]: the date, the raw text and whether the year was printed.
const FOUND: ReadonlyArray<readonly [string, string | null, readonly Expected[]]> = [
  ['5月15日', '2021-06-01', [{ date: '2021-05-15', raw: '5月15日', explicitYear: false }]],
  ['5月15号', '2021-06-01', [{ date: '2021-05-15', raw: '5月15号', explicitYear: false }]],
  ['12月28日', '2022-01-05', [{ date: '2021-12-28', raw: '12月28日', explicitYear: false }]],
  ['1月3日', '2021-12-30', [{ date: '2022-01-03', raw: '1月3日', explicitYear: false }]],
  ['2月28日', '2021-12-30', [{ date: '2022-02-28', raw: '2月28日', explicitYear: false }]],
  ['3月5日', '2021-12-30', [{ date: '2021-03-05', raw: '3月5日', explicitYear: false }]],
  ['十二月二十八日', '2022-01-05', [{ date: '2021-12-28', raw: '十二月二十八日', explicitYear: false }]],
  ['2021年5月15日', null, [{ date: '2021-05-15', raw: '2021年5月15日', explicitYear: true }]],
  ['2021 年 5 月 15 日', null, [{ date: '2021-05-15', raw: '2021 年 5 月 15 日', explicitYear: true }]],
  ['二〇二一年五月十五日', null, [{ date: '2021-05-15', raw: '二〇二一年五月十五日', explicitYear: true }]],
  ['２０２１年５月１５日', null, [{ date: '2021-05-15', raw: '２０２１年５月１５日', explicitYear: true }]],
  ['2021.5.15', null, [{ date: '2021-05-15', raw: '2021.5.15', explicitYear: true }]],
  ['2021-05-15', null, [{ date: '2021-05-15', raw: '2021-05-15', explicitYear: true }]],
  ['2021/5/15', null, [{ date: '2021-05-15', raw: '2021/5/15', explicitYear: true }]],
  ['2021年5月', null, [{ date: '2021-05-01', raw: '2021年5月', explicitYear: true, day: null }]],
  ['2022年12月27日 星期二', null, [{ date: '2022-12-27', raw: '2022年12月27日', explicitYear: true }]],
  ['15日上午', '2021-06-20', [{ date: '2021-06-15', raw: '15日', explicitYear: false }]],
  ['28日', '2022-01-05', [{ date: '2021-12-28', raw: '28日', explicitYear: false }]],
  ['31日', '2021-07-10', [{ date: '2021-05-31', raw: '31日', explicitYear: false }]],
  [
    '5月15日至17日',
    '2021-06-01',
    [
      { date: '2021-05-15', raw: '5月15日', explicitYear: false },
      { date: '2021-05-17', raw: '17日', explicitYear: false },
    ],
  ],
  [
    '2021年5月1日,6月3日',
    null,
    [
      { date: '2021-05-01', raw: '2021年5月1日', explicitYear: true },
      { date: '2021-06-03', raw: '6月3日', explicitYear: false },
    ],
  ],
];

describe('findDates', () => {
  for (const [text, published, expected] of FOUND) {
    const dates = expected.map((e) => e.date).join(', ');
    it(`findDates(${JSON.stringify(text)}, ${JSON.stringify(published)}) is ${dates}`, () => {
      const got = findDates(text, published);
      expect(got.map(({ date, raw, explicitYear }) => ({ date, raw, explicitYear }))).toEqual(
        expected.map(({ date, raw, explicitYear }) => ({ date, raw, explicitYear })),
      );
      for (const [k, e] of expected.entries()) {
        const g = got[k];
        expect(g?.day).toBe(e.day === undefined ? Number(e.date.slice(8)) : e.day);
        expect(g?.year).toBe(Number(e.date.slice(0, 4)));
        expect(g?.month).toBe(Number(e.date.slice(5, 7)));
        expect(g && text.slice(g.start, g.end)).toBe(e.raw);
      }
    });
  }

  const NONE: ReadonlyArray<readonly [string, string | null, string]> = [
    ['第5月', '2021-06-01', 'ordinal month'],
    ['招录比例达到91:1', '2021-06-01', 'ratio'],
    ['版本1.2.3', null, 'version number'],
    ['新闻热线:(0571)87160990', '2021-06-01', 'telephone'],
    ['2月30日', '2021-06-01', 'no such day'],
    ['13月1日', '2021-06-01', 'no such month'],
    ['5月15日', null, 'no year and nothing to take it from'],
    ['15日', null, 'day alone without publication date'],
    ['7日内帮助追回欠薪', '2021-06-01', 'duration'],
    ['笔试前7日', '2021-06-01', 'duration'],
    ['每月15日', '2021-06-01', 'a monthly rule'],
    ['2021年', null, 'year alone'],
    ['6月上旬', '2021-06-01', 'month alone'],
    ['日前,近日,近期', '2021-06-01', 'vague words'],
    ['1800年5月1日', null, 'implausible year'],
  ];
  for (const [text, published, why] of NONE) {
    it(`findDates(${JSON.stringify(text)}, ${JSON.stringify(published)}) is empty (${why})`, () => {
      expect(findDates(text, published)).toEqual([]);
    });
  }

  it('findDates accepts a masthead string as the publication date', () => {
    expect(findDates('12月28日', '2022年1月5日 星期三').map((d) => d.date)).toEqual(['2021-12-28']);
  });
});

describe('findDates uses no clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('findDates("5月15日", "2021-06-01") is the same whatever today is', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(Date.UTC(2035, 0, 1)));
    expect(findDates('5月15日', '2021-06-01').map((d) => d.date)).toEqual(['2021-05-15']);
    expect(activityDate('近日,会议召开。', null)).toEqual({ date: null, year: null });
  });
});

describe('statedYears', () => {
  const ROWS: ReadonlyArray<readonly [string, readonly number[]]> = [
    ['2018年以来,全市', [2018]],
    ['二〇二一年五月', [2021]],
    ['一九五三年', [1953]],
    ['2020年以来,2018年,2020年', [2020, 2018]],
    ['2018、2019年', [2018, 2019]],
    ['2020—2022年', [2020, 2022]],
    ['2020年至2022年', [2020, 2022]],
    ['2021-05-15', [2021]],
    ['2021 年', [2021]],
    ['1921年建党', [1921]],
    ['2000多人', []],
    ['2000余家', []],
    ['2000多年', []],
    ['1800年', []],
    ['第2021期', []],
    ['电话87162021', []],
  ];
  for (const [text, years] of ROWS) {
    it(`statedYears(${JSON.stringify(text)}) is [${years.join(', ')}]`, () => {
      expect(statedYears(text)).toEqual(years);
    });
  }
});

describe('activityDate', () => {
  const ROWS: ReadonlyArray<readonly [string, string | null, { date: string | null; year: number | null }]> = [
    ['本报讯 5月15日,会议召开。\n第二段', '2021-05-20', { date: '2021-05-15', year: 2021 }],
    ['本报南京11月2日电 会议召开。', '2021-11-03', { date: '2021-11-02', year: 2021 }],
    ['2021年4月21日,全国推进会召开。', null, { date: '2021-04-21', year: 2021 }],
    ['日前,会议召开。\n2021年共投入100万元。', '2022-01-10', { date: null, year: 2021 }],
    ['近日,会议召开。', '2021-06-01', { date: null, year: 2021 }],
    ['近日,会议召开。', null, { date: null, year: null }],
    ['近期,2018年以来累计投入。', '2021-06-01', { date: null, year: 2021 }],
    ['日前,2020年全省投入。', '2021-01-20', { date: null, year: 2020 }],
    ['近日,2018年以来累计投入,今年又投入。', '2021-06-01', { date: null, year: 2021 }],
    ['近日,会议部署2025年工作。', '2024-12-20', { date: null, year: 2024 }],
    ['近日,2019年、2020年和2020年的数据。', null, { date: null, year: 2020 }],
    ['近日,会议召开。\n第二段。\n第三段:6月1日,活动开展。', '2021-06-10', { date: '2021-06-01', year: 2021 }],
    ['近日,会议召开。\n第二段。\n1953年5月1日,工会成立。', '2021-06-10', { date: null, year: 2021 }],
    ['近日,会议召开。', '2021年6月1日 星期二', { date: null, year: 2021 }],
  ];
  for (const [text, published, expected] of ROWS) {
    it(`activityDate(${JSON.stringify(text)}, ${JSON.stringify(published)}) is ${expected.date ?? 'no date'}, ${expected.year}`, () => {
      expect(activityDate(text, published)).toEqual(expected);
    });
  }
});

describe('parsePublished', () => {
  const ROWS: ReadonlyArray<readonly [string, string | null]> = [
    ['2022年12月27日 星期二', '2022-12-27'],
    ['  2022年12月27日', '2022-12-27'],
    ['２０２２年１２月２７日', '2022-12-27'],
    ['二〇二二年十二月二十七日', '2022-12-27'],
    ['2022-12-27', '2022-12-27'],
    ['2022-12-27T08:00:00+08:00', '2022-12-27'],
    ['2022.12.27', '2022-12-27'],
    ['2022/12/27', '2022-12-27'],
    ['20221227', '2022-12-27'],
    ['2022年12月', null],
    ['12月27日', null],
    ['20221340', null],
    ['', null],
  ];
  for (const [input, expected] of ROWS) {
    it(`parsePublished(${JSON.stringify(input)}) is ${expected}`, () => {
      expect(parsePublished(input)).toBe(expected);
    });
  }
});
