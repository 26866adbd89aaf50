// Character tests by UTF-16 code unit, for the hand-written scanners that replace regular
// expressions on hot paths. 0 (codeAt past either end of a string) and NaN (charCodeAt there)
// pass none of them.

/**
 * s.charCodeAt(i), but 0 (NUL, which no test here passes) where charCodeAt gives NaN: past either
 * end. The scanners look one or two characters beyond a number as a matter of course. Optimised
 * code bets that charCodeAt reads inside the string, and the first read past an end throws away
 * the function's machine code and that of every function it was inlined into, to be compiled
 * again; a NaN flowing on into comparisons made for small integers does the same. In each worker
 * that cost dozens of recompilations of the largest functions.
 */
export const codeAt = (s: string, i: number): number => (i >= 0 && i < s.length ? s.charCodeAt(i) : 0);

/** An ASCII digit 0-9 (what \d matches). */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** A space or a tab (the class [ \t]). */
export const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;

/** What \s matches, and String.prototype.trim removes: white space and line terminators. */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
