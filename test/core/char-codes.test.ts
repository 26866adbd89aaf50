import { describe, expect, it } from 'vitest';
import { codeAt, isDigitCode, isSpaceOrTab, isWhiteSpaceCode } from '../../data-prep/core/char-codes.ts';
import { isChineseDigitCode, isMultiplierCode, isNumeralCode } from '../../data-prep/core/numerals.ts';

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

  it('codeAt reads what charCodeAt reads inside a string, and 0 past either end', () => {
    const s = '共3万人';
    expect([...Array(s.length).keys()].map((i) => codeAt(s, i))).toEqual([...s].map((ch) => ch.charCodeAt(0)));
    expect([codeAt(s, -1), codeAt(s, -2), codeAt(s, s.length), codeAt(s, s.length + 1), codeAt('', 0)]).toEqual([0, 0, 0, 0, 0]);
  });

  it('what codeAt reads past an end (0) passes no test, as NaN passes none', () => {
    const tests = [isDigitCode, isSpaceOrTab, isWhiteSpaceCode, isNumeralCode, isChineseDigitCode, isMultiplierCode];
    expect(tests.map((t) => t(0))).toEqual(tests.map(() => false));
    expect(tests.map((t) => t(NaN))).toEqual(tests.map(() => false));
  });
});
