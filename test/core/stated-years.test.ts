import { describe, expect, it } from 'vitest';
import { statesYear, yearOccurrences } from '../../data-prep/core/stated-years.ts';

describe('statesYear', () => {
  it.each([
    ['2019年共投入', true],
    ['二〇二一年', true],
    ['２０２１年', true],
    ['2018、2019年', true],
    ['2021.5.15', true],
    ['2000多人', false],
    ['今年投入', false],
    ['投入资金', false],
    ['3年来', false],
    ['1800年', false],
  ])('statesYear(%s) is %s, as yearOccurrences says', (text, want) => {
    expect(statesYear(text)).toBe(want);
    expect(yearOccurrences(text).length > 0).toBe(want);
  });
});
