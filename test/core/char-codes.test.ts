import { describe, expect, it } from 'vitest';
import { isDigitCode, isSpaceOrTab, isWhiteSpaceCode } from '../../data-prep/core/char-codes.ts';

// The scanners that use these replace regular expressions, so each must agree with its class on
// every UTF-16 code unit.
describe('char-codes', () => {
  const disagreements = (test: (c: number) => boolean, matches: (ch: string) => boolean): string[] => {
    const out: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (test(c) !== matches(String.fromCharCode(c))) out.push(c.toString(16));
    return out;
  };

  it('isWhiteSpaceCode is \\s, and what trim() removes', () => {
    expect(disagreements(isWhiteSpaceCode, (ch) => /^\s$/.test(ch))).toEqual([]);
    expect(disagreements(isWhiteSpaceCode, (ch) => ch.trim() === '')).toEqual([]);
  });

  it('isDigitCode is \\d and isSpaceOrTab is [ \\t]', () => {
    expect(disagreements(isDigitCode, (ch) => /^\d$/.test(ch))).toEqual([]);
    expect(disagreements(isSpaceOrTab, (ch) => /^[ \t]$/.test(ch))).toEqual([]);
  });

  it('no character past the end of a string (NaN) passes', () => {
    expect([isDigitCode(NaN), isSpaceOrTab(NaN), isWhiteSpaceCode(NaN)]).toEqual([false, false, false]);
  });
});
