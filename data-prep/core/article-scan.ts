// The place names and theme terms of an article in one pass over its text. Both searches walk
// a trie from each offset whose pair of characters begins some pattern (aho-corasick.ts), and
// the loop over every character is most of what either costs: one matcher holding both sets
// of patterns serves both, and places.ts and themes.ts take what it found. It is the only place
// matcher: one of this size takes a few hundred milliseconds to build in each worker.
import { AhoCorasick } from './aho-corasick.ts';
import { LongestNames, placePatterns, type PlacePayload } from './place-patterns.ts';
import { TermCounter, themeTerms } from './themes.ts';

/** What a pattern is to each search: a place pattern's payload, a theme term's number, or both. */
interface Role {
  /** undefined: not a place pattern (null is a blocking word's payload). */
  place?: PlacePayload;
  /** -1: not a theme term. */
  term: number;
}

let matcher: AhoCorasick<Role> | null = null;

function getMatcher(): AhoCorasick<Role> {
  if (!matcher) {
    // The place patterns (distinct already), then the theme terms.
    const roles = new Map<string, Role>();
    for (const [name, place] of placePatterns()) roles.set(name, { place, term: -1 });
    themeTerms().forEach((t, term) => {
      const role = roles.get(t);
      if (role) role.term = term;
      else roles.set(t, { term });
    });
    matcher = new AhoCorasick(roles);
  }
  return matcher;
}

/** What an article's headline and body hold, for attributeProvince and the theme scores. */
export interface ArticleScan {
  /** The lines scanned: the headline (title and subtitles, a line each) and the body. */
  lines: readonly [string, string];
  /** Per line, its longest place patterns. */
  names: readonly [LongestNames, LongestNames];
  /** Theme term counts in the headline and in the body's first `termReach` characters. */
  headlineTerms: Int32Array | null;
  bodyTerms: Int32Array | null;
}

/** Scans an article's headline and (normalised) body. */
export function scanArticle(headline: string, body: string, termReach: number): ArticleScan {
  const [headNames, headlineTerms] = scanLine(headline, Infinity);
  const [bodyNames, bodyTerms] = scanLine(body, termReach);
  return { lines: [headline, body], names: [headNames, bodyNames], headlineTerms, bodyTerms };
}

/** The longest place patterns of a line (places.ts). */
export function placeNamesOf(line: string): LongestNames {
  return scanLine(line, 0)[0];
}

function scanLine(line: string, termReach: number): [LongestNames, Int32Array | null] {
  const names = new LongestNames();
  const terms = new TermCounter();
  // Patterns at one start come shorter first, so the last place pattern there is the longest.
  getMatcher().forEachByStart(line, (start, end, role) => {
    if (role.place !== undefined) names.add(start, end, role.place);
    if (role.term >= 0 && end <= termReach) terms.add(start, end, role.term);
  });
  return [names, terms.counts];
}
