import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emptyArray, filterPacked, mapPacked } from '../../data-prep/core/empty-array.ts';

const MODULE = fileURLToPath(new URL('../../data-prep/core/empty-array.ts', import.meta.url));

describe('empty-array', () => {
  it('emptyArray is a new, empty, growable array each time', () => {
    const a = emptyArray<number>();
    const b = emptyArray<number>();
    expect(a).toEqual([]);
    expect(a).not.toBe(b);
    a.push(1);
    expect([a, b]).toEqual([[1], []]);
  });

  it('mapPacked and filterPacked give what map and filter give', () => {
    for (const xs of [[], ['甲'], ['甲', '乙', '丙', '丁']]) {
      expect(mapPacked(xs, (x) => `${x}!`)).toEqual(xs.map((x) => `${x}!`));
      expect(filterPacked(xs, (x) => x !== '乙')).toEqual(xs.filter((x) => x !== '乙'));
    }
  });

  // The point of the module, seen through V8's own test functions in a child process: whatever
  // their length, the arrays made here share one hidden class, which [] and map do not.
  it('its arrays share one hidden class, empty or filled', () => {
    const script = `
      import { emptyArray, filterPacked, mapPacked } from ${JSON.stringify(MODULE)};
      const same = new Function('a', 'b', 'return %HaveSameMap(a, b)');
      const filled = mapPacked(['甲', '乙'], (x) => x);
      const ours = [emptyArray(), mapPacked([], (x) => x), filterPacked(['甲'], () => false), mapPacked([{}], (x) => x), filterPacked(['甲'], () => true)];
      const theirs = [[], [].map((x) => x)];
      console.log(JSON.stringify({ ours: ours.map((a) => same(a, filled)), theirs: theirs.map((a) => same(a, filled)) }));
    `;
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ ours: [true, true, true, true, true], theirs: [false, false] });
  });
});
