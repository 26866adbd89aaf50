// Figure extraction on sentences written for the purpose: forms the seed pages do not show.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../data-prep/core/figures.ts';
import { normalizeForMatch } from '../../data-prep/core/normalize.ts';
import type { Figure } from '../../data-prep/core/types.ts';

const figures = (text: string, year: number | null = 2023): Figure[] => extractFigures(text, normalizeForMatch(text), { year });
const pick = (f: Figure) => ({ kind: f.kind, value: f.value, qualifier: f.qualifier, category: f.category, period: f.period, year: f.year });

describe('extractFigures', () => {
  it.each<[string, Partial<Figure>]>([
    ['今年全省各级工会共安排送温暖资金3亿5000万元。', { kind: 'money', value: 350_000_000, category: 'spending', funding: true, period: 'annual', year: 2023 }],
    ['截至2022年底,累计返还小微企业工会经费2.5亿元。', { kind: 'money', value: 250_000_000, category: 'fee-refund', funding: true, period: 'cumulative', year: 2022 }],
    ['区总工会为农民工讨回欠薪1亿2千万元。', { kind: 'money', value: 120_000_000, category: 'wages-recovered', funding: false }],
    ['获奖选手最高奖励2万元。', { kind: 'money', value: 20_000, qualifier: 'at-most', category: 'prize' }],
    ['市总工会为职工发放创业贴息贷款3000万至5000万元。', { kind: 'money', value: 30_000_000, valueMax: 50_000_000, qualifier: 'range', category: 'loan' }],
    ['拉动消费410余万元。', { kind: 'money', value: 4_100_000, qualifier: 'over', category: 'other', funding: false }],
    ['廣東省總工會投入專項資金１２０萬元慰問環衛工人。', { kind: 'money', value: 1_200_000, category: 'spending', funding: true }],
    ['2021年共投入60万元。', { kind: 'money', value: 600_000, period: 'annual', year: 2021 }],
    ['全省工会会员总数达1521.3万人。', { kind: 'members', value: 15_213_000 }],
    ['比上年新增会员45.6万人。', { kind: 'new-members', value: 456_000 }],
    ['职工入会率达到92.5%。', { kind: 'membership-rate', value: 92.5 }],
    ['活动惠及职工近万人次。', { kind: 'participants', value: 10_000, qualifier: 'nearly' }],
  ])('extractFigures(%s) finds %o', (text, want) => {
    const got = figures(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject(want);
    expect(got[0]!.quote).toBe(text);
  });

  it('reads a membership series as two points, each with its own year', () => {
    const got = figures('工会会员数量已从1953年建省初期的84万发展到如今的2156万。', 2021).map(pick);
    expect(got).toEqual([
      expect.objectContaining({ kind: 'members', value: 840_000, year: 1953 }),
      expect.objectContaining({ kind: 'members', value: 21_560_000, year: 2021 }),
    ]);
  });

  it.each([
    ['咨询电话:010-12345678,邮编:310017。'],
    ['2021年5月15日,第3届职工技能大赛举行。'],
    ['全网流量突破8.35亿次。'],
    ['共返还35.94万户小微企业工会经费。'],
    ['在产业工人中发展党员14257名。'],
    ['理发师共有3位。'],
  ])('extractFigures(%s) finds nothing', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('keeps a figure once when a repeated paragraph prints it again', () => {
    const p = '疫情期间,省总工会累计投入资金1.72亿元。';
    expect(figures(`${p}\n${p}`)).toHaveLength(1);
  });

  it('keeps two equal figures that one sentence prints twice', () => {
    expect(figures('快递业务员入会率100%,保安员入会率100%。')).toHaveLength(2);
  });

  it('quotes a clause window, not megabytes, when OCR lost the punctuation', () => {
    const text = '浙江省总工会投入资金125万元慰问一线职工，'.repeat(2000);
    const got = figures(text);
    expect(got.length).toBeGreaterThan(0);
    expect(got[0]!.quote.length).toBeLessThan(400);
    expect(got[0]!.quote).toContain(got[0]!.raw);
  });
});
