// A Coded column of a dataset file (few distinct values, a code per row) with its codes in a
// typed array: what the filters read, a byte or two per row.
import type { Coded } from '../../../data-prep/core/dataset-types.ts';

/** Codes small enough for the fewest bytes. */
export type Codes = Uint8Array | Uint16Array | Uint32Array;

/** A Coded column held as values and typed codes. */
export interface CodedArray<T> {
  readonly values: readonly T[];
  readonly codes: Codes;
}

/** The codes of a column of `valueCount` distinct values in the smallest typed array. */
export function codesArray(codes: ArrayLike<number>, valueCount: number): Codes {
  if (valueCount <= 0x100) return Uint8Array.from(codes);
  if (valueCount <= 0x10000) return Uint16Array.from(codes);
  return Uint32Array.from(codes);
}

export function codedArray<T>(c: Coded<T>): CodedArray<T> {
  return { values: c.values, codes: codesArray(c.codes, c.values.length) };
}

/** Row `i`'s value. */
export function valueAt<T>(c: CodedArray<T>, i: number): T {
  return c.values[c.codes[i]!]!;
}

/** Per value of `c`, 1 when `pass` holds for it: a filter on the column becomes a table lookup. */
export function valueMask<T>(c: CodedArray<T>, pass: (v: T) => boolean): Uint8Array {
  return Uint8Array.from(c.values, (v) => (pass(v) ? 1 : 0));
}

/**
 * A column built from an existing one: codes copied in runs, values coded one by one, new values
 * added after the old ones. `key` says when two values are the same (as the prep's encoder does).
 */
export class CodedPatch<T> {
  readonly #values: T[];
  readonly #codes: Uint32Array;
  #known: Map<unknown, number> | null = null;

  constructor(
    private readonly from: CodedArray<T>,
    rows: number,
    private readonly key: (v: T) => unknown = (v) => v,
  ) {
    this.#values = [...from.values];
    this.#codes = new Uint32Array(rows);
  }

  /** Copies rows `start` … `end` − 1 of the old column to row `at` on. */
  copy(start: number, end: number, at: number): void {
    this.#codes.set(this.from.codes.subarray(start, end), at);
  }

  set(at: number, v: T): void {
    if (!this.#known) this.#known = new Map(this.#values.map((x, i) => [this.key(x), i]));
    const k = this.key(v);
    let code = this.#known.get(k);
    if (code === undefined) {
      code = this.#values.push(v) - 1;
      this.#known.set(k, code);
    }
    this.#codes[at] = code;
  }

  done(): CodedArray<T> {
    return { values: this.#values, codes: codesArray(this.#codes, this.#values.length) };
  }
}
