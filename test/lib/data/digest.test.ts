import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../../../src/lib/data/digest.ts';

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
afterEach(() => vi.unstubAllGlobals());

describe('sha256Hex', () => {
  it.each([['', ''], ['ascii', 'abc'], ['Chinese and a 4-byte character', '工会经费返还8亿元 𠀋']])('sha256Hex(%s) is SHA-256 of its UTF-8 bytes', async (_, s) => {
    expect(await sha256Hex(s)).toBe(node(s));
    expect(await sha256Hex(new TextEncoder().encode(s))).toBe(node(s));
  });
  it('gives the same hash without crypto.subtle (a page that is no secure context)', async () => {
    vi.stubGlobal('crypto', {});
    expect(await sha256Hex('工会')).toBe(node('工会'));
  });
});
