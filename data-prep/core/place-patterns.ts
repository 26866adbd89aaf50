// The patterns of the place matcher: every place name the gazetteer has, the names of groups
// of places and the words that block a place name (阿里巴巴), each with what it stands for;
// and the list of the longest ones found in a line. The matcher itself is article-scan.ts's,
// which holds the theme terms too; places.ts reads what it finds.
import { getGazetteer, type NameEntry } from './gazetteer.ts';
import type { Place } from './types.ts';

/** A name's readings, with what the scan asks of all of them, worked out once per name. */
export interface NamePayload {
  entries: readonly NameEntry[];
  /** Every reading is a township (镇/乡/街道). */
  township: boolean;
  /** Every reading is a short form (嘉兴 for 嘉兴市). */
  short: boolean;
}
/** What a pattern stands for: a name's readings, a group of places, or null for a blocking word. */
export type PlacePayload = NamePayload | { group: readonly Place[] } | null;

/**
 * The matcher's patterns: every place name, group name and blocking word, with its payload. A
 * later kind replaces an earlier one of the same text (a name over a blocking word). Built
 * straight into one map, without intermediate lists: it runs at each worker's start.
 */
export function placePatterns(): Map<string, PlacePayload> {
  const g = getGazetteer();
  const patterns = new Map<string, PlacePayload>();
  for (const w of g.blockers) patterns.set(w, null);
  for (const [name, entries] of g.names) {
    let township = true;
    let short = true;
    for (const e of entries) {
      township &&= e.place.level === 'street';
      short &&= e.short;
    }
    patterns.set(name, { entries, township, short });
  }
  for (const [name, group] of g.groups) patterns.set(name, { group });
  return patterns;
}

/**
 * The longest pattern (placePatterns) at each offset of a line where one starts, in order of
 * start: a few per paragraph.
 */
export class LongestNames {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly values: PlacePayload[] = [];

  /** Adds a pattern; one added at the same start as the last replaces it (patterns longer last). */
  add(start: number, end: number, value: PlacePayload): void {
    const last = this.starts.length - 1;
    if (last >= 0 && this.starts[last] === start) {
      this.ends[last] = end;
      this.values[last] = value;
      return;
    }
    this.starts.push(start);
    this.ends.push(end);
    this.values.push(value);
  }
}

