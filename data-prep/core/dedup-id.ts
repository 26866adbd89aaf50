// The corpus-wide duplicate check's key of an article: the stable id of its text's duplicate
// key, made from the key's code units (dedupKeyCodes) with no key string built, flattened and
// read again: every article of the corpus gets one.
import { stableIdOfCodes } from './hash.ts';
import { dedupKeyCodes } from './normalize.ts';

let units = new Uint16Array(1 << 16);

/** stableId(dedupKey(text)). */
export function dedupId(text: string): string {
  // A buffer grown for one huge text is not kept for the next ones.
  if (units.length < text.length || units.length > Math.max(1 << 16, text.length * 4)) units = new Uint16Array(Math.max(1 << 16, text.length));
  return stableIdOfCodes(units, dedupKeyCodes(text, units, 0));
}
