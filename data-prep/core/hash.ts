// Small, dependency-free hashes for ids. Pure (no Node crypto), so ids computed in a browser
// worker for imported articles match the ones the prep computes.

const hex8 = (h: number): string => (h >>> 0).toString(16).padStart(8, '0');

/**
 * A 16-hex-digit id from two independent 32-bit FNV-1a hashes (over UTF-16 code units) of the
 * same input, computed in one pass: every article's text is hashed, so the pass counts.
 */
export function stableId(s: string): string {
  let a = 0x811c9dc5;
  let b = (0x01000193 ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return hex8(a) + hex8(b);
}

/** stableId of the string whose UTF-16 code units are `codes[0..length)`, without making it. */
export function stableIdOfCodes(codes: Uint16Array, length: number): string {
  let a = 0x811c9dc5;
  let b = (0x01000193 ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < length; i++) {
    const c = codes[i]!;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return hex8(a) + hex8(b);
}
