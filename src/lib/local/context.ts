// The reader's edits, reachable from components deep in the tree (the article list sits inside
// the chart grid) without threading a prop through every level.
import { getContext, setContext } from 'svelte';
import type { LocalEdits } from './edits.svelte.ts';

const KEY = Symbol('local-edits');

export function setLocalEdits(edits: LocalEdits): void {
  setContext(KEY, edits);
}

/** The edits, or undefined outside the app (a component rendered on its own). */
export function getLocalEdits(): LocalEdits | undefined {
  return getContext<LocalEdits | undefined>(KEY);
}
