import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../data-prep/core/aggregate-index.ts';
import { movedInOrder } from '../../../src/lib/data/moved-in-order.ts';

const dates = ['2021-01-01', '2022-05-05', '2020-02-02', '2022-05-05', ''];
const titles = ['b', 'a', 'c', 'b', 'z'];

describe('movedInOrder', () => {
  it.each([
    ['a row re-dated to the newest', 2, '2023-01-01', 'c'],
    ['a row re-titled among equal dates', 1, '2022-05-05', 'c'],
    ['a row losing its date', 0, '', 'a'],
    ['a row whose order does not change', 3, '2022-05-05', 'b'],
  ])('movedInOrder(%s) is newestFirst of the changed rows', (_, at, date, title) => {
    const [d, t] = [[...dates], [...titles]];
    [d[at], t[at]] = [date, title];
    const got = movedInOrder(newestFirst(dates, titles), [at], (i) => d[i]!, (i) => t[i]!);
    expect([...got]).toEqual(newestFirst(d, t));
  });
  it('puts added rows in place', () => {
    const [d, t] = [[...dates, '2021-06-01', '2019-01-01'], [...titles, 'x', 'y']];
    expect([...movedInOrder(newestFirst(dates, titles), [5, 6], (i) => d[i]!, (i) => t[i]!)]).toEqual(newestFirst(d, t));
  });
});
