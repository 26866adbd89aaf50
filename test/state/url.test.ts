import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serialiseUrlState, type UrlState } from '../../src/lib/state/url.ts';

const state = (over: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...over });

describe('parseUrlState', () => {
  it.each<[string, UrlState]>([
    ['', DEFAULT_URL_STATE],
    ['?', DEFAULT_URL_STATE],
    [
      '?province=330000,320000&theme=skills,rights&from=2020&to=2022&lang=en&article=ID',
      state({ provinces: ['320000', '330000'], themes: ['skills', 'rights'], from: 2020, to: 2022, lang: 'en', article: 'ID' }),
    ],
    ['province=330000%2C320000', state({ provinces: ['320000', '330000'] })],
    ['province=330000&province=110000', state({ provinces: ['110000', '330000'] })],
    ['province=330000,,330000, ', state({ provinces: ['330000'] })],
    ['theme=rights,skills,rights', state({ themes: ['skills', 'rights'] })],
    ['from=2020', state({ from: 2020 })],
    ['to=2022', state({ to: 2022 })],
    ['from=2021&to=2021', state({ from: 2021, to: 2021 })],
    ['lang=zh', state({ lang: 'zh' })],
    ['article=000_7a33cf45b0819f1d%232', state({ article: '000_7a33cf45b0819f1d#2' })],
    ['article=', DEFAULT_URL_STATE],
    ['utm_source=feed&province=810000', state({ provinces: ['810000'] })],
  ])('parseUrlState(%j) has no notices', (search, expected) => {
    expect(parseUrlState(search)).toEqual({ state: expected, notices: [] });
  });

  it.each<[string, Partial<UrlState>, string]>([
    ['province=330000,999999', { provinces: ['330000'] }, '已忽略未知的省份代码：999999'],
    ['province=330100', {}, '已忽略未知的省份代码：330100'],
    ['province=zhejiang&lang=en', { lang: 'en' }, 'Ignored unknown province codes: zhejiang'],
    ['province=1,2,3,4,5,6,7', {}, '已忽略未知的省份代码：1, 2, 3, 4, 5, …'],
    ['theme=skills,sports', { themes: ['skills'] }, '已忽略未知的主题：sports'],
    ['theme=Skills', {}, '已忽略未知的主题：Skills'],
    ['from=abc', {}, '已忽略无效的年份（from）：abc'],
    ['from=2020.5', {}, '已忽略无效的年份（from）：2020.5'],
    ['to=20222', {}, '已忽略无效的年份（to）：20222'],
    ['to=-2020', {}, '已忽略无效的年份（to）：-2020'],
    ['from=1850', {}, '已忽略无效的年份（from）：1850'],
    ['from=0x7E4', {}, '已忽略无效的年份（from）：0x7E4'],
    ['from=2023&to=2020', {}, '起始年份 2023 晚于截止年份 2020，已忽略年份筛选'],
    ['from=2023&to=2020&lang=en', { lang: 'en' }, 'The start year 2023 is after the end year 2020; the year filter was ignored'],
    ['lang=fr', {}, '不支持的语言“fr”，已使用中文'],
    ['lang=EN', {}, '不支持的语言“EN”，已使用中文'],
    [`article=${'a'.repeat(129)}`, {}, '文章编号过长或含有控制字符，已忽略'],
    ['article=abc%0Adef', {}, '文章编号过长或含有控制字符，已忽略'],
    ['article=abc%00', {}, '文章编号过长或含有控制字符，已忽略'],
    ['article=abc%C2%85', {}, '文章编号过长或含有控制字符，已忽略'],
    ['from=20%0A20', {}, '已忽略无效的年份（from）：20�20'],
    [`theme=${'x'.repeat(40)}`, {}, `已忽略未知的主题：${'x'.repeat(24)}…`],
  ])('parseUrlState(%j) drops the value with a notice', (search, expected, notice) => {
    expect(parseUrlState(search)).toEqual({ state: state(expected), notices: [notice] });
  });

  it('parseUrlState reports every malformed parameter at once', () => {
    const { state: s, notices } = parseUrlState('province=1&theme=x&from=y&lang=de&article=%07');
    expect(s).toEqual(DEFAULT_URL_STATE);
    expect(notices).toHaveLength(5);
  });

  it('parseUrlState accepts URLSearchParams', () => {
    expect(parseUrlState(new URLSearchParams({ province: '330000' })).state.provinces).toEqual(['330000']);
  });
});

describe('serialiseUrlState', () => {
  it.each<[UrlState, string]>([
    [DEFAULT_URL_STATE, ''],
    [state({ lang: 'zh' }), ''],
    [state({ provinces: ['330000', '320000'] }), 'province=320000,330000'],
    [state({ themes: ['rights', 'skills'] }), 'theme=skills,rights'],
    [state({ from: 2020, to: 2022 }), 'from=2020&to=2022'],
    [state({ lang: 'en' }), 'lang=en'],
    [state({ article: 'a b#c' }), 'article=a%20b%23c'],
    [
      state({ provinces: ['330000', '320000'], themes: ['skills', 'rights'], from: 2020, to: 2022, lang: 'en', article: 'ID' }),
      'province=320000,330000&theme=skills,rights&from=2020&to=2022&lang=en&article=ID',
    ],
  ])('serialiseUrlState(%j) is %j', (s, expected) => {
    expect(serialiseUrlState(s)).toBe(expected);
  });

  it.each<UrlState>([
    DEFAULT_URL_STATE,
    state({ provinces: ['110000', '650000', '820000'], themes: ['safety-health', 'model-workers'].sort() as UrlState['themes'] }),
    state({ from: 1990, lang: 'en', article: '文章/1?x=1&y' }),
    state({ to: 2024, themes: ['labor-relations'] }),
  ])('parseUrlState(serialiseUrlState(%j)) gives the state back', (s) => {
    const back = parseUrlState(serialiseUrlState(s));
    expect(back.notices).toEqual([]);
    expect(serialiseUrlState(back.state)).toBe(serialiseUrlState(s));
    expect(back.state.provinces).toEqual([...s.provinces].sort());
  });

  it('serialiseUrlState does not mutate its input', () => {
    const s = state({ provinces: ['330000', '110000'], themes: ['rights', 'skills'] });
    const copy = structuredClone(s);
    serialiseUrlState(s);
    expect(s).toEqual(copy);
  });
});
