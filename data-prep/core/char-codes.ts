// Character tests by UTF-16 code unit, for the hand-written scanners that replace regular
// expressions on hot paths. NaN (charCodeAt past either end of a string) passes none of them.

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
