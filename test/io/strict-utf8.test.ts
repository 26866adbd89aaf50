import { describe, expect, it } from 'vitest';
import { strictUtf8 } from '../../data-prep/io/decode.ts';

// What the reader did before: a fatal TextDecoder that keeps a BOM.
function viaTextDecoder(buf: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    return null;
  }
}

const enc = new TextEncoder();

describe('strictUtf8', () => {
  it.each<[string, Uint8Array]>([
    ['empty', new Uint8Array(0)],
    ['ASCII', enc.encode('hello\r\nworld\t~')],
    ['Chinese', enc.encode('全国总工会召开会议，部署工作。\n'.repeat(50))],
    ['a BOM inside and at the start', enc.encode('\ufeff工会\ufeffa')],
    ['supplementary characters and noncharacters', enc.encode('𠀀𝟘\uffff\ufffe\u{10ffff}é')],
    ['Latin-1 range only', enc.encode('café crème')],
    ['a NUL', enc.encode('a\u0000工')],
    ['an encoded surrogate', Uint8Array.of(0x61, 0xed, 0xa0, 0x80)],
    ['an overlong slash', Uint8Array.of(0xc0, 0xaf)],
    ['a cut sequence', enc.encode('工会').subarray(0, 5)],
    ['past U+10FFFF', Uint8Array.of(0xf4, 0x90, 0x80, 0x80)],
    ['a lone continuation byte', Uint8Array.of(0x61, 0x80)],
    ['GB18030 bytes', Uint8Array.of(0xb9, 0xa4, 0xbb, 0xe1)],
  ])('reads %s as a fatal TextDecoder does', (_name, buf) => {
    expect(strictUtf8(buf)).toBe(viaTextDecoder(buf));
  });

  it('reads a view into a larger buffer by its own bytes only', () => {
    const all = enc.encode('xx工会yy');
    expect(strictUtf8(all.subarray(2, 8))).toBe('工会');
    expect(strictUtf8(enc.encode('abcdef').subarray(1, 3))).toBe('bc');
  });
});
