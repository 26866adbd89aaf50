// Arrays of strings or objects that keep one hidden class whether empty or not. V8 gives the
// literal [] another one (an array of small integers, until something else is stored in it);
// map over an empty array returns one of those, and over some filled arrays a holey one. Code
// optimised for the classes it has met is thrown away when another arrives (with every
// function it was inlined into) and compiled again: the hot path's arrays of subtitles, place
// readings and places are built here, so that they all share one class.
const FILLED: readonly unknown[] = [''];

/** A new empty array, of the hidden class of a packed array of strings or objects. */
export function emptyArray<T>(): T[] {
  return FILLED.slice(0, 0) as T[];
}

/** xs.map(f), as an emptyArray filled. */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T) => U): U[] {
  const out = emptyArray<U>();
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!));
  return out;
}

/** xs.filter(keep), as an emptyArray filled. */
export function filterPacked<T>(xs: readonly T[], keep: (x: T) => boolean): T[] {
  const out = emptyArray<T>();
  for (let i = 0; i < xs.length; i++) if (keep(xs[i]!)) out.push(xs[i]!);
  return out;
}
