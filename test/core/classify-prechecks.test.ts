// classify and judgeLine try their regular expressions only on lines that could match; these
// check, against the plain versions, that no answer changed.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../../data-prep/core/blocks.ts';
import { judgeLine } from '../../data-prep/core/boilerplate.ts';
import { referenceClassify, referenceJudgeLine } from './classify-reference.ts';

const seedLines = readdirSync('data-prep/corpus')
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join('data-prep/corpus', f), 'utf8').split('\n'))
  .map((l) => l.trim())
  .filter((l) => l);

// Lines each pattern matches, and the same with every BMP character in front or instead of the first.
const SHAPES = [
  '新闻热线:010-1234',
  'E-mail:a@b.c',
  'email：x',
  '工人日报',
  '中工网',
  '江苏工人报',
  '2023年5月1日 星期一',
  '第 3 版',
  '第12期',
  '本报讯 (记者王威)日前,全国总工会召开会议部署工作。',
  '本报南京11月2日电 (记者甲)江苏省总工会日前召开会议。',
  '新华社北京5月1日电 全国总工会发出通知要求各地做好工作。',
  '(作者单位:全总组织部)',
  '(王钰哲)',
  '（王钰哲）',
  '来源:工人日报 作者:张三 发布时间:2021-05-18 10:22',
  '2021-05-18 10:22',
  '2021年5月18日',
  '分享到: 微信 微博',
  '版权所有 © 工人日报',
  '本报记者 王威',
  '记者 李明 摄',
  '标题',
  '正文一句话。',
];

const variants = (shape: string): string[] => {
  const out: string[] = [];
  for (let c = 1; c < 0x10000; c += c < 0x100 ? 1 : 13) {
    const ch = String.fromCharCode(c);
    out.push(ch + shape.slice(1), ch + shape);
  }
  return out;
};

describe('classify and judgeLine with their quick tests in front', () => {
  it('answer as the plain versions on the seed pages', () => {
    for (const l of seedLines) {
      expect(classify(l), l).toEqual(referenceClassify(l));
      expect(judgeLine(l), l).toBe(referenceJudgeLine(l));
    }
  });

  it('answer as the plain versions on lines of every shape, whatever their first character', () => {
    for (const shape of SHAPES) {
      for (const l of [shape, ...variants(shape)]) {
        const t = l.trim();
        if (!t) continue;
        if (JSON.stringify(classify(t)) !== JSON.stringify(referenceClassify(t))) expect(classify(t), t).toEqual(referenceClassify(t));
        if (judgeLine(l) !== referenceJudgeLine(l)) expect(judgeLine(l), l).toBe(referenceJudgeLine(l));
      }
    }
  });
});
