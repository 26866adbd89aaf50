import { describe, expect, it } from 'vitest';
import { resolveMentions, resolveMentionsOfLines } from '../../data-prep/core/places.ts';
import { getGazetteer } from '../../data-prep/core/gazetteer.ts';

describe('resolveMentionsOfLines', () => {
  it('no name holds a line break or a space, so lines can be scanned apart', () => {
    const g = getGazetteer();
    const names = [...g.names.keys(), ...g.groups.keys(), ...g.blockers];
    expect(names.filter((n) => /\s/.test(n))).toEqual([]);
  });

  const cases: string[][] = [
    ['杭州市上城区总工会', '协力促和谐', '上城区总工会聚焦共富,向四川捐助。'],
    ['甘肃省', '白银市总工会举办活动'],
    ['白银', '工会'],
    ['南京', '鼓楼区职工在南京路'],
    ['', '北京、长春。朝阳区', ''],
    ['比如镇江', '城区域内', '长株潭'],
  ];
  it.each(cases)('is resolveMentions of the lines joined: %j', (...lines) => {
    expect(resolveMentionsOfLines(lines, { region: '浙江' })).toEqual(resolveMentions(lines.join('\n'), { region: '浙江' }));
  });
});
