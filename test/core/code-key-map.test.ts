import { describe, expect, it } from 'vitest';
import { CodeKeyMap } from '../../data-prep/core/code-key-map.ts';

const codes = (s: string): Uint16Array => Uint16Array.from(s, (c) => c.charCodeAt(0));

describe('CodeKeyMap', () => {
  it('finds a key by its code units wherever they are in the buffer; set overwrites the value', () => {
    const buf = codes('工会职工工会xy');
    const m = new CodeKeyMap(4);
    m.set(buf, 0, 2, 7);
    expect(m.get(buf, 4, 2)).toBe(7);
    expect(m.get(buf, 2, 2)).toBe(-1);
    expect(m.get(buf, 0, 1)).toBe(-1);
    m.set(buf, 4, 2, 9);
    expect(m.get(buf, 0, 2)).toBe(9);
    expect(m.get(buf, 0, 0)).toBe(-1);
    m.set(buf, 3, 0, 1);
    expect(m.get(buf, 6, 0)).toBe(1);
  });

  it('keeps every key while it grows, and reset empties it', () => {
    const text = Array.from({ length: 3000 }, (_, k) => String(k).padStart(4, '0')).join('');
    const buf = codes(text);
    const m = new CodeKeyMap(2);
    for (let k = 0; k < 3000; k++) m.set(buf, k * 4, 4, k);
    for (let k = 0; k < 3000; k++) expect(m.get(buf, k * 4, 4)).toBe(k);
    m.reset(10);
    expect(m.get(buf, 0, 4)).toBe(-1);
  });
});
