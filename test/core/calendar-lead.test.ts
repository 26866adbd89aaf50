import { describe, expect, it } from 'vitest';
import { dayNumber, daysInMonth } from '../../data-prep/core/calendar.ts';
import { leadOf } from '../../data-prep/core/dates.ts';

describe('daysInMonth', () => {
  it('agrees with Date for every month of 1890..2110 and for what only Date reads', () => {
    for (let y = 1890; y <= 2110; y++) {
      for (let m = 0; m <= 13; m++) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    }
    for (const [y, m] of [[0, 2], [4, 2], [99, 2], [100, 2], [400, 2], [2000, 1.5]] as const) {
      expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    }
  });
});

describe('dayNumber', () => {
  it('gives the same answer when asked again, and for another date in between', () => {
    expect(dayNumber('2022-12-27')).toBe(19353);
    expect(dayNumber('2022-12-27')).toBe(19353);
    expect(dayNumber('2022-02-30')).toBeNull();
    expect(dayNumber('2022-12-28')).toBe(19354);
    expect(dayNumber('2022-02-30')).toBeNull();
    expect(dayNumber('20221227')).toBeNull();
  });
});

describe('leadOf', () => {
  const bySplit = (t: string) => t.split('\n').filter((p) => p.trim() !== '').slice(0, 2).join('\n');
  it.each([
    '',
    '\n',
    'one',
    'one\ntwo\nthree',
    '\n\n  \none\n\u3000\ntwo\nthree',
    'one\n',
    'one\n \t',
    '  one  \n\ntwo  \n',
  ])('is the first two paragraphs that are not blank: %j', (text) => {
    expect(leadOf(text)).toBe(bySplit(text));
  });
});
