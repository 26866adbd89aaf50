// The article list's order after a few articles changed their date or title (or were added):
// those are taken out and put back where they now belong, instead of sorting 10⁵ articles again.

/**
 * `newest` (positions newest first, as newestFirst in aggregate-index.ts orders them) with the
 * `moved` positions taken out and each put back where `date` and `title` place it: newest date
 * first, then by title, then by position, comparing strings by code unit.
 */
export function movedInOrder(newest: ArrayLike<number>, moved: readonly number[], date: (i: number) => string, title: (i: number) => string): Uint32Array {
  const moving = new Set(moved);
  const out = Array.from(newest).filter((i) => !moving.has(i));
  const before = (i: number, j: number) => {
    const [a, b] = [date(i), date(j)];
    if (a !== b) return a > b;
    const [s, t] = [title(i), title(j)];
    return s !== t ? s < t : i < j;
  };
  for (const m of moved) {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(m, out[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    out.splice(lo, 0, m);
  }
  return Uint32Array.from(out);
}
