import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The hot path's objects and lists are made so that each kind has one hidden class (see
// empty-array.ts and blocks.ts): optimised code meeting a new class is compiled again. V8's own
// test functions see the classes; they need --allow-natives-syntax, so the checks run in a child.
const core = (name: string) => JSON.stringify(fileURLToPath(new URL(`../../data-prep/core/${name}.ts`, import.meta.url)));

function sameClasses(body: string): Record<string, boolean> {
  const script = `
    const same = new Function('a', 'b', 'return %HaveSameMap(a, b)');
    const out = {};
    ${body}
    console.log(JSON.stringify(out));
  `;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, boolean>;
}

describe('hidden classes on the hot path', () => {
  it('every kind of block has the class of a plain body paragraph', () => {
    const out = sameClasses(`
      const { classify } = await import(${core('blocks')});
      const body = classify('职工们在车间里认真学习安全生产知识，气氛热烈。');
      const lines = {
        head: '总工会开展送清凉活动', label: '编者按', byline: '本报记者 王威',
        lead: '本报讯（记者 王威）职工们在车间里认真学习安全生产知识，气氛热烈。',
        author: '职工们在车间里认真学习安全生产知识，气氛十分热烈。（作者单位：某市总工会）',
      };
      for (const [kind, line] of Object.entries(lines)) out[kind + ' ' + classify(line).type] = same(classify(line), body);
    `);
    expect(Object.keys(out)).toEqual(['head head', 'label label', 'byline byline', 'lead body', 'author body']);
    expect(Object.values(out).every(Boolean)).toBe(true);
  });

  it('resolved mentions: places and candidates in one class of list, empty or not', () => {
    const out = sameClasses(`
      const { resolveMentionsOfLines } = await import(${core('places')});
      const ms = resolveMentionsOfLines(['甘肃省白银市总工会', '在海南开展活动，张三李四参加。']);
      const ref = ms[0].places;
      out.found = ms.length > 1 && ref.length === 1;
      out.all = ms.every((m) => same(m.places, ref) && same(m.candidates, ref));
      out.none = same(resolveMentionsOfLines(['没有地名', '只是一句话。']), ms);
    `);
    expect(out).toEqual({ found: true, all: true, none: true });
  });
});
