// Small, dependency-free hashes for ids. Pure (no Node crypto), so ids computed in a browser
// worker for imported articles match the ones the prep computes.

/** FNV-1a over UTF-16 code units, 32 bits. */
function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A 16-hex-digit id from two independent 32-bit FNV-1a hashes of the same input. */
export function stableId(s: string): string {
  const a = fnv1a(s, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = fnv1a(s, 0x01000193 ^ 0x9e3779b9).toString(16).padStart(8, '0');
  return a + b;
}
