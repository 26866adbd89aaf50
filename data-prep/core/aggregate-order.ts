// Row ordering shared by the aggregations, so every dataset file is deterministic: the same
// articles always give the same bytes, hence the same manifest version.

/** A sort key part; null sorts after every value. */
export type KeyPart = string | number | null;

/** Compares two keys part by part: numbers numerically, strings by code unit, null last. */
export function compareKeys(a: readonly KeyPart[], b: readonly KeyPart[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/**
 * A string for a key, to group rows in a Map. Parts are joined with NUL and null is written as
 * U+0001: neither occurs in codes, ids or years, so distinct keys give distinct strings.
 * (Plain concatenation: the dashboard regroups ~10⁵ rows on every filter change.)
 */
export function keyString(parts: readonly KeyPart[]): string {
  let s = '';
  for (const p of parts) s += (p === null ? '\u0001' : p) + '\u0000';
  return s;
}
