import { describe, expect, it } from 'vitest';
import { scanArticle } from '../../data-prep/core/article-scan.ts';
import { longestNames } from '../../data-prep/core/places.ts';
import { attributeProvince } from '../../data-prep/core/province.ts';
import { classifyThemes, rankThemes, themeScores, themeScoresOfCounts, themeTerms } from '../../data-prep/core/themes.ts';

const articles: Array<[string, string, string]> = [
  ['上城区总工会开展送清凉活动', '协力促和谐', '本报杭州7月2日电 上城区总工会聚焦困难职工帮扶,向四川捐助。职工之家、劳模工匠、技能竞赛。'],
  ['全国总工会召开会议', '', '会议在南京召开。职工文化活动,读书、演出、健步走。'],
  ['白银', '工会', '甘肃省白银市总工会举办劳动竞赛,比如镇江,城区域内,长株潭。'],
  ['', '', ''],
];

describe('scanArticle', () => {
  it('no theme term holds a space or a line break, so a headline joined by either counts the same', () => {
    expect(themeTerms().filter((t) => /\s/.test(t))).toEqual([]);
  });

  it.each(articles)('finds what the separate searches find: %s', (title, subtitle, text) => {
    const subtitles = subtitle ? [subtitle] : [];
    const headline = [title, ...subtitles].join('\n');
    const scan = scanArticle(headline, text, 30);
    expect(scan.names[0]).toEqual(longestNames(headline));
    expect(scan.names[1]).toEqual(longestNames(text));
    const scores = themeScoresOfCounts(scan.headlineTerms, scan.bodyTerms);
    expect(scores).toEqual(themeScores([title, ...subtitles].join(' '), text.slice(0, 30)));
    expect(rankThemes(scores)).toEqual(classifyThemes([title, ...subtitles].join(' '), text.slice(0, 30)));
    const input = { title, subtitles, text };
    expect(attributeProvince(input, { region: '浙江' }, scan)).toEqual(attributeProvince(input, { region: '浙江' }));
  });
});
