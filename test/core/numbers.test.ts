import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../../data-prep/core/types.ts';
import { chineseNumeralToNumber, findNumbers, parseAmount } from '../../data-prep/core/numbers.ts';

// Large values read better in titles as 9e8 than as 900000000.
const fmt = (v: number): string => (v >= 1e4 ? v.toExponential().replace('e+', 'e') : String(v));

type AmountRow = readonly [input: string, value: number, qualifier: Qualifier, unit: string, valueMax?: number];

// Each input is a whole expression, so the match must span all of it.
const AMOUNTS: readonly AmountRow[] = [
  ['1.72亿元', 1.72e8, 'exact', '元'],
  ['9亿多元', 9e8, 'over', '元'],
  ['2300余万元', 2.3e7, 'over', '元'],
  ['1亿2千万元', 1.2e8, 'exact', '元'],
  ['3亿5000万元', 3.5e8, 'exact', '元'],
  ['１２０万元', 1.2e6, 'exact', '元'],
  ['３．５亿元', 3.5e8, 'exact', '元'],
  ['两千万元', 2e7, 'exact', '元'],
  ['一百二十万元', 1.2e6, 'exact', '元'],
  ['贰拾万元整', 2e5, 'exact', '元'],
  ['三点五亿元', 3.5e8, 'exact', '元'],
  ['12,000元', 12000, 'exact', '元'],
  ['￥5,600', 5600, 'exact', '元'],
  ['¥5600', 5600, 'exact', '元'],
  ['3个亿', 3e8, 'exact', ''],
  ['2.5亿', 2.5e8, 'exact', ''],
  ['35.94万户', 359400, 'exact', '户'],
  ['1.3万名', 13000, 'exact', '名'],
  ['7.8万人(次)', 78000, 'exact', '人次'],
  ['10 万人', 1e5, 'exact', '人'],
  ['2万5000人', 25000, 'exact', '人'],
  ['十几万元', 1e5, 'vague', '元', 1.9e5],
  ['数百万', 1e6, 'vague', '', 9e6],
  ['几十人', 10, 'vague', '人', 90],
  ['十几个', 10, 'vague', '个', 19],
  ['1万元~3万元', 1e4, 'range', '元', 3e4],
  ['1万元～3万元', 1e4, 'range', '元', 3e4],
  ['3000万至5000万元', 3e7, 'range', '元', 5e7],
  ['1至2亿元', 1e8, 'range', '元', 2e8],
  ['5万—10万元', 5e4, 'range', '元', 1e5],
  ['10-15人', 10, 'range', '人', 15],
  ['500至2万元', 500, 'range', '元', 2e4],
  ['三至五人', 3, 'range', '人', 5],
  ['约3万人', 3e4, 'about', '人'],
  ['大约500人', 500, 'about', '人'],
  ['3000人左右', 3000, 'about', '人'],
  ['近万人次', 1e4, 'nearly', '人次'],
  ['近300场次', 300, 'nearly', '场次'],
  ['将近500名', 500, 'nearly', '名'],
  ['超过2万', 2e4, 'over', ''],
  ['超1万家', 1e4, 'over', '家'],
  ['逾3000人', 3000, 'over', '人'],
  ['超百家', 100, 'over', '家'],
  ['2万人以上', 2e4, 'at-least', '人'],
  ['3个月以上', 3, 'at-least', '个月'],
  ['上亿', 1e8, 'at-least', ''],
  ['上千人', 1000, 'at-least', '人'],
  ['不少于1次', 1, 'at-least', '次'],
  ['最高5000元', 5000, 'at-most', '元'],
  ['不超过2件', 2, 'at-most', '件'],
  ['不足12元', 12, 'at-most', '元'],
  ['8件以内', 8, 'at-most', '件'],
  ['80多个', 80, 'over', '个'],
  ['800余人', 800, 'over', '人'],
  ['千余人', 1000, 'over', '人'],
  ['79万多名', 7.9e5, 'over', '名'],
  ['两万多人次', 2e4, 'over', '人次'],
  ['2000多人', 2000, 'over', '人'],
  ['1.4万余名', 1.4e4, 'over', '名'],
  ['73%', 73, 'exact', '%'],
  ['73％', 73, 'exact', '%'],
  ['百分之七十三', 73, 'exact', '%'],
  ['百分之七十三点五', 73.5, 'exact', '%'],
  ['80%以上', 80, 'at-least', '%'],
  ['1.5个百分点', 1.5, 'exact', '个百分点'],
  ['24小时', 24, 'exact', '小时'],
  ['100周年', 100, 'exact', '周年'],
  ['3年', 3, 'exact', '年'],
  ['近3年', 3, 'exact', '年'],
  ['一百零五家', 105, 'exact', '家'],
  ['一名', 1, 'exact', '名'],
  ['2.6万对', 2.6e4, 'exact', '对'],
];

describe('parseAmount', () => {
  for (const [input, value, qualifier, unit, valueMax] of AMOUNTS) {
    const bounds = valueMax === undefined ? fmt(value) : `${fmt(value)}..${fmt(valueMax)}`;
    it(`parseAmount(${JSON.stringify(input)}) is ${bounds}, ${qualifier}${unit ? ` ${unit}` : ''}`, () => {
      expect(parseAmount(input)).toEqual({ value, valueMax, qualifier, unit, start: 0, end: input.length });
    });
  }

  it('parseAmount("1.3万名职工") stops after the unit', () => {
    expect(parseAmount('1.3万名职工')).toEqual({ value: 13000, qualifier: 'exact', unit: '名', start: 0, end: 5 });
  });

  it('parseAmount("  约3万人") skips leading spaces', () => {
    expect(parseAmount('  约3万人')).toMatchObject({ value: 30000, qualifier: 'about', start: 2 });
  });

  const NOT_AMOUNTS = ['2021年', '第3届', '5月15日', '职工3万人', '', '十四五', '一线'];
  for (const input of NOT_AMOUNTS) {
    it(`parseAmount(${JSON.stringify(input)}) is null`, () => {
      expect(parseAmount(input)).toBeNull();
    });
  }
});

// Things that look numeric but are no amount or count: findNumbers returns nothing for them.
const NEGATIVES: ReadonlyArray<readonly [text: string, why: string]> = [
  ['新闻热线:(0571)87160990', 'telephone with area code'],
  ['0571-87160990', 'telephone with dash'],
  ['13812345678', 'mobile number'],
  ['400-880-1234', 'service number'],
  ['拨打12345热线', 'hotline'],
  ['12351职工服务热线', 'hotline with words before 热线'],
  ['邮编:310017', 'postcode'],
  ['2021年', 'year'],
  ['1953年建省初期', 'year'],
  ['2021 年度', 'year with OCR space'],
  ['2021-2023年', 'year range'],
  ['二〇二一年', 'year in Chinese digits'],
  ['5月15日', 'date'],
  ['五月十五日', 'date in Chinese numerals'],
  ['2021.5.15', 'dotted date'],
  ['2021-05-15', 'ISO date'],
  ['2021/5/15', 'slashed date'],
  ['版本1.2.3', 'version number'],
  ['第3届', 'ordinal'],
  ['第十一届', 'Chinese ordinal'],
  ['9时30分', 'clock time'],
  ['9:30', 'clock time with colon'],
  ['比例达到91:1', 'ratio'],
  ['G109线', 'road code'],
  ['5G基站', 'code after the digits'],
  ['hghxw@126.com', 'e-mail address'],
  ['20世纪60年代', 'century and decade'],
  ['十四五规划', 'numeral run inside a name'],
  ['五一劳动奖章', 'numeral run inside a name'],
  ['唯一一家', 'numeral run inside a word'],
  ['党的二十大', 'numeral inside a name'],
  ['千方百计', 'idiom'],
  ['百场竞赛,千名人才', 'slogan with a bare multiplier'],
  ['一线职工', 'numeral inside a word'],
  ['十分重要', '十分 means "very"'],
  ['一个个', 'doubled unit'],
  ['一对一帮扶', 'pairing pattern'],
  ['全国1/3的职工', 'fraction'],
  ['7日内', 'day count read as a date'],
];

describe('findNumbers negatives', () => {
  for (const [text, why] of NEGATIVES) {
    it(`findNumbers(${JSON.stringify(text)}) is empty (${why})`, () => {
      expect(findNumbers(text)).toEqual([]);
    });
  }
});

describe('findNumbers in sentences', () => {
  const raw = (text: string): string[] => findNumbers(text).map((n) => text.slice(n.start, n.end));

  it('findNumbers keeps offsets into the full-width original', () => {
    const text = '投入１２０万元,惠及３．５万人';
    expect(findNumbers(text)).toEqual([
      { value: 1.2e6, qualifier: 'exact', unit: '元', start: 2, end: 7 },
      { value: 35000, qualifier: 'exact', unit: '人', start: 10, end: 15 },
    ]);
    expect(raw(text)).toEqual(['１２０万元', '３．５万人']);
  });

  it('findNumbers reads several amounts left to right, qualifiers included in the span', () => {
    const text = '2021年累计投入资金1.72亿元,服务企业1243家,惠及职工近万人次。';
    expect(raw(text)).toEqual(['1.72亿元', '1243家', '近万人次']);
    expect(findNumbers(text).map((n) => n.value)).toEqual([1.72e8, 1243, 1e4]);
  });

  it('findNumbers skips the date and keeps the count beside it', () => {
    expect(raw('5月15日,来自21家企业的34名快递员')).toEqual(['21家', '34名']);
  });

  it('findNumbers skips the telephone and keeps the hours', () => {
    expect(raw('开通24小时热线(0571)87160990,服务1289人次')).toEqual(['24小时', '1289人次']);
  });

  it('findNumbers reads a range as one expression', () => {
    const [n] = findNumbers('并获得1万元~3万元的奖励');
    expect(n).toEqual({ value: 1e4, valueMax: 3e4, qualifier: 'range', unit: '元', start: 3, end: 10 });
  });

  it('findNumbers does not treat a Chinese dash as a range', () => {
    expect(raw('追回劳动报酬100余万元——3名')).toEqual(['100余万元', '3名']);
  });

  it('findNumbers does not read 最近 as "nearly"', () => {
    expect(findNumbers('最近一个月以来')).toEqual([{ value: 1, qualifier: 'exact', unit: '个月', start: 2, end: 5 }]);
  });

  it('findNumbers does not read 预约 as "about"', () => {
    expect(findNumbers('预约300人')).toEqual([{ value: 300, qualifier: 'exact', unit: '人', start: 2, end: 6 }]);
  });

  it('findNumbers keeps a count right after a year', () => {
    expect(raw('2019年共投入60万元,惠及人数1000人')).toEqual(['60万元', '1000人']);
  });

  it('findNumbers reads 2000多年 as a count of years, not a year', () => {
    expect(findNumbers('2000多年')).toEqual([{ value: 2000, qualifier: 'over', unit: '年', start: 0, end: 6 }]);
  });

  it('findNumbers reads a written nought before 万 as nought, a bare 万 as one of it', () => {
    // 0万人 in a table is nobody, not ten thousand people; 万余人 with nothing before is 10,000.
    expect(findNumbers('增加0万人').map((n) => n.value)).toEqual([0]);
    expect(findNumbers('零万人').map((n) => n.value)).toEqual([0]);
    expect(findNumbers('惠及万余人').map((n) => n.value)).toEqual([1e4]);
    expect(findNumbers('投入0.5万元').map((n) => n.value)).toEqual([5000]);
  });

  it('findNumbers("") is empty', () => {
    expect(findNumbers('')).toEqual([]);
  });
});

describe('chineseNumeralToNumber', () => {
  const ROWS: ReadonlyArray<readonly [string, number | null]> = [
    ['一百二十', 120],
    ['二〇二一', 2021],
    ['一九五三', 1953],
    ['两千', 2000],
    ['贰拾', 20],
    ['十一', 11],
    ['十', 10],
    ['二十八', 28],
    ['一千零五', 1005],
    ['一万二千', 12000],
    ['三亿五千万', 3.5e8],
    ['一万亿', 1e12],
    ['三点五', 3.5],
    ['十几', null],
    ['数百', null],
    ['百姓', null],
    ['十百', null],
    ['12', null],
    ['', null],
  ];
  for (const [input, expected] of ROWS) {
    it(`chineseNumeralToNumber(${JSON.stringify(input)}) is ${expected}`, () => {
      expect(chineseNumeralToNumber(input)).toBe(expected);
    });
  }
});
