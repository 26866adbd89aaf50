// markDuplicates against a plain statement of its rule (string keys, a Map of shingle strings),
// on the seed pages and on generated pages full of exact, near and partial repeats.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { markDuplicates, pageLines, repairLines } from '../../data-prep/core/clean.ts';
import { dedupKey } from '../../data-prep/core/normalize.ts';
import type { Block, BlockType } from '../../data-prep/core/blocks.ts';

function reference(blocks: readonly Block[]): (number | undefined)[] {
  const seen = new Map<string, number>();
  const exact = new Map<string, number>();
  const out: (number | undefined)[] = blocks.map(() => undefined);
  blocks.forEach((b, i) => {
    if (b.type === 'furniture' || b.type === 'label' || b.type === 'credit') return;
    const key = dedupKey(b.text);
    const prior = exact.get(key);
    if (prior !== undefined && (key.length >= 4 || b.type === 'head')) {
      out[i] = prior;
      return;
    }
    const m = Math.min(key.length, 4000);
    if ((b.type === 'body' && key.length >= 10) || (b.type === 'head' && key.length >= 12)) {
      const votes = new Map<number, number>();
      let hits = 0;
      const n = m - 3;
      for (let k = 0; k < n; k++) {
        const src = seen.get(key.slice(k, k + 4));
        if (src !== undefined) {
          hits++;
          votes.set(src, (votes.get(src) ?? 0) + 1);
        }
      }
      if (hits / n >= 0.85) {
        out[i] = [...votes.entries()].sort((x, y) => y[1] - x[1])[0]![0];
        return;
      }
    }
    exact.set(key, i);
    for (let k = 0; k + 4 <= m; k++) if (!seen.has(key.slice(k, k + 4))) seen.set(key.slice(k, k + 4), i);
  });
  return out;
}

const marked = (blocks: readonly Block[]): (number | undefined)[] => markDuplicates(blocks.map((b) => ({ ...b }))).map((b) => b.duplicateOf);

let seed = 7;
const random = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;

const PARAGRAPHS = [
  '疫情期间,江苏省总工会紧急制定复工复产企业工会工作指南19条措施,累计投入资金1.72亿元,服务企业复工复产。',
  '全国总工会日前召开会议,部署2024年工会工作,要求各级工会组织深入基层,为职工办实事、解难题。',
  '廣東省總工會開展送溫暖活動,投入資金１２０萬元,慰問困難職工和勞動模範。',
  'ＡＢＣ公司工会组织１２３名职工参加技能竞赛,其中３０人获得“技术能手”称号。',
  '工会工会工会工会工会工会工会工会工会工会职工职工职工职工职工',
  '短句。',
  '𠀀字与生僻字𠀁,在这里重复出现𠀀字与生僻字𠀁。',
];

function mutate(s: string): string {
  const chars = [...s];
  const edits = random(4);
  for (let e = 0; e < edits; e++) {
    const at = random(chars.length);
    if (random(2)) chars.splice(at, 1);
    else chars.splice(at, 0, '的');
  }
  return chars.join('');
}

function generatedPage(): Block[] {
  const types: BlockType[] = ['body', 'body', 'body', 'head', 'head', 'furniture', 'label', 'credit', 'byline'];
  const blocks: Block[] = [];
  const count = 2 + random(30);
  for (let k = 0; k < count; k++) {
    const base = PARAGRAPHS[random(PARAGRAPHS.length)]!;
    const shape = random(6);
    const text =
      shape === 0 ? base : shape === 1 ? mutate(base) : shape === 2 ? base.slice(random(base.length)) : shape === 3 ? base.slice(0, 3 + random(12)) : shape === 4 ? mutate(base) + mutate(base) : `${random(1000)}号`;
    blocks.push({ type: types[random(types.length)]!, text });
  }
  return blocks;
}

describe('markDuplicates', () => {
  it('marks what the plain rule marks on the seed pages', () => {
    for (const f of readdirSync('data-prep/corpus').filter((n) => n.endsWith('.txt'))) {
      const blocks = repairLines(pageLines(readFileSync(join('data-prep/corpus', f), 'utf8')));
      expect(marked(blocks), f).toEqual(reference(blocks));
    }
  });

  it('marks what the plain rule marks on generated pages of repeats', () => {
    let exactRepeats = 0;
    let nearRepeats = 0;
    for (let p = 0; p < 400; p++) {
      const blocks = generatedPage();
      const want = reference(blocks);
      expect(marked(blocks)).toEqual(want);
      want.forEach((d, i) => {
        if (d === undefined) return;
        if (dedupKey(blocks[d]!.text) === dedupKey(blocks[i]!.text)) exactRepeats++;
        else nearRepeats++;
      });
    }
    expect(exactRepeats).toBeGreaterThan(100);
    expect(nearRepeats).toBeGreaterThan(100);
  });
});
