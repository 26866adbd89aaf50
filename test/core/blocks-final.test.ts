import { describe, expect, it } from 'vitest';
import { endsFinal, FINAL } from '../../data-prep/core/blocks.ts';

describe('endsFinal', () => {
  it('answers as FINAL.test on every ending of one or two marks and letters', () => {
    const units = [...'。！？!?…；;」』"”’)）—,，a工 '];
    const cases = ['', ...units, ...units.flatMap((a) => units.map((b) => a + b)), ...units.flatMap((a) => units.map((b) => `正文${a}${b}`))];
    for (const s of cases) expect(endsFinal(s), JSON.stringify(s)).toBe(FINAL.test(s));
  });
});
