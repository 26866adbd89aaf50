import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../data-prep/io/decode.ts';
import { htmlCharset } from '../../data-prep/io/html-charset.ts';

const SIMPLIFIED = '本报讯 嘉兴市总工会打造“美好生活能量站”，职工参与人数超过2万，站内已开展各类培训活动近300场次。';
const TRADITIONAL = '本報訊 嘉興市總工會打造「美好生活能量站」，職工參與人數超過2萬，站內已開展各類培訓活動近300場次。';

const bytes = (text: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(text, encoding));
const withBom = (bom: number[], body: Uint8Array): Uint8Array => Uint8Array.from([...bom, ...body]);

// Deterministic pseudo-random bytes without NUL (so they are not taken for a binary file).
function noise(n: number): Uint8Array {
  let seed = 42;
  return Uint8Array.from({ length: n }, () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return 1 + (seed % 255);
  });
}

describe('decodeBytes', () => {
  it.each([
    ['GB18030', bytes(SIMPLIFIED + '𠮷', 'gb18030'), SIMPLIFIED + '𠮷', 'GB18030'],
    ['GBK', bytes(SIMPLIFIED, 'gbk'), SIMPLIFIED, 'GB18030'],
    ['GBK Traditional', bytes(TRADITIONAL, 'gbk'), TRADITIONAL, 'GB18030'],
    ['Big5', bytes(TRADITIONAL, 'big5'), TRADITIONAL, 'Big5'],
    ['UTF-8', bytes(SIMPLIFIED, 'utf-8'), SIMPLIFIED, 'UTF-8'],
    ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], bytes(SIMPLIFIED, 'utf-8')), SIMPLIFIED, 'UTF-8'],
    ['UTF-16LE with BOM', withBom([0xff, 0xfe], bytes(SIMPLIFIED, 'utf-16le')), SIMPLIFIED, 'UTF-16LE'],
    ['UTF-16BE with BOM', withBom([0xfe, 0xff], bytes(SIMPLIFIED, 'utf-16be')), SIMPLIFIED, 'UTF-16BE'],
    ['UTF-16LE without BOM, mostly ASCII', bytes('Trade unions 工会 2021', 'utf-16le'), 'Trade unions 工会 2021', 'UTF-16LE'],
    ['plain ASCII', bytes('hello\n', 'ascii'), 'hello\n', 'UTF-8'],
  ])('decodeBytes(%s bytes) reads the text back', (_, buf, text, encoding) => {
    expect(decodeBytes(buf)).toEqual({ text, encoding });
  });

  it.each([
    ['a PNG named .txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]), 'binary file (looks like PNG)'],
    ['a PDF', bytes('%PDF-1.4\n%âãÏÓ', 'latin1'), 'binary file (looks like PDF)'],
    ['bytes with NULs', Uint8Array.from([1, 2, 3, 0, 0, 0, 7, 0xff, 0xfe, 0x80, 0]), 'binary file'],
    ['noise', noise(4000), 'undecodable bytes (not UTF-8, UTF-16 or GB18030)'],
    ['Latin-1 without a hint', bytes('café crème', 'latin1'), 'undecodable bytes (not UTF-8, UTF-16 or GB18030)'],
    ['nothing', new Uint8Array(), 'empty file'],
  ])('decodeBytes(%s) is an error', (_, buf, error) => {
    expect(decodeBytes(buf)).toEqual({ error });
  });

  it('decodeBytes(GBK bytes, "gbk") honours the declared charset', () => {
    expect(decodeBytes(bytes('工会', 'gbk'), 'gbk')).toEqual({ text: '工会', encoding: 'GB18030' });
  });

  it('decodeBytes(Latin-1 bytes, "iso-8859-1") is rescued by the declared charset', () => {
    expect(decodeBytes(bytes('café crème', 'latin1'), 'iso-8859-1')).toEqual({ text: 'café crème', encoding: 'ISO-8859-1' });
  });

  it('decodeBytes(UTF-8 bytes, "gbk") keeps UTF-8: valid UTF-8 beats a wrong label', () => {
    expect(decodeBytes(bytes(SIMPLIFIED, 'utf-8'), 'gbk')).toEqual({ text: SIMPLIFIED, encoding: 'UTF-8' });
  });

  it('decodeBytes(GBK bytes, "iso-8859-1") is still Chinese: a page mislabelled Latin-1', () => {
    expect(decodeBytes(bytes(SIMPLIFIED, 'gbk'), 'iso-8859-1')).toEqual({ text: SIMPLIFIED, encoding: 'GB18030' });
  });

  it('decodeBytes(a 20 MB single line) returns it whole', () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    const out = decodeBytes(big);
    expect('text' in out && out.text.length).toBe(big.length);
  });

  it('decodeBytes(input) does not mutate its input', () => {
    const buf = withBom([0xef, 0xbb, 0xbf], bytes(SIMPLIFIED, 'utf-8'));
    const copy = buf.slice();
    decodeBytes(buf);
    expect(buf).toEqual(copy);
  });
});

describe('htmlCharset', () => {
  it.each([
    ['<meta charset="gbk">', 'gbk'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GB2312" />', 'gb2312'],
    ["<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=big5'>", 'big5'],
    ['<?xml version="1.0" encoding="UTF-8"?><html>', 'utf-8'],
    ['<html><head><title>t</title></head>', null],
  ])('htmlCharset(%j) is %j', (head, label) => {
    expect(htmlCharset(bytes(head, 'latin1'))).toBe(label);
  });
});
