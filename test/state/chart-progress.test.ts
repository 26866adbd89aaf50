import { afterEach, describe, expect, it } from 'vitest';
import { ChartProgress } from '../../src/lib/state/chart-progress.ts';

const marks = (name: string) => performance.getEntriesByName(name, 'mark').length;
afterEach(() => performance.clearMarks());

describe('ChartProgress', () => {
  it('marks charts-drawn once the last chart has finished, not before', () => {
    const [a, b] = [new ChartProgress(), new ChartProgress()];
    a.start();
    b.start();
    a.applied();
    b.applied();
    a.finished();
    expect(marks('charts-drawn')).toBe(0);
    b.painted();
    expect(marks('charts-painted')).toBe(1);
    b.finished();
    expect([marks('charts-painted'), marks('charts-drawn')]).toEqual([1, 1]);
  });

  it('ignores what a chart reports before its new option is handed over (a previous animation ending)', () => {
    const a = new ChartProgress();
    a.start();
    a.finished();
    expect(marks('charts-drawn')).toBe(0);
    a.applied();
    a.finished();
    expect(marks('charts-drawn')).toBe(1);
  });

  it('a chart taking a new option while behind counts once; a chart removed no longer holds the page back', () => {
    const [a, b] = [new ChartProgress(), new ChartProgress()];
    a.start();
    a.start();
    b.start();
    b.dispose();
    expect(marks('charts-drawn')).toBe(0);
    a.applied();
    a.finished();
    expect(marks('charts-drawn')).toBe(1);
  });
});
