import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sha256, utf8Bytes } from '../../data-prep/core/aggregate-hash.ts';

const cases = ['', 'abc', '工会经费', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), '送温暖'.repeat(400)];

describe('sha256', () => {
  it.each(cases.map((s) => [s.length > 12 ? `${s.slice(0, 6)}…(${s.length})` : s, s]))('sha256(%j) is node:crypto’s digest', (_, s) => {
    expect(sha256(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
  });
  it('sha256("abc") is the FIPS 180-4 example', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('utf8Bytes("工会") is 6', () => {
    expect(utf8Bytes('工会')).toBe(6);
  });
});
