import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { declaredCharset, decodeBytes } from '../../../src/lib/import/decode.ts';
import { inputPages } from '../../../src/lib/import/pages.ts';

const TEXT = '青海省总工会投入资金50万元。';
const bytes = (b: Buffer | number[]) => new Uint8Array(b);

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', bytes(Buffer.from(TEXT)), 'UTF-8'],
    ['UTF-8 with BOM', bytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])), 'UTF-8'],
    ['UTF-16LE with BOM', bytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf16le')])), 'UTF-16LE'],
    ['GB18030', bytes(iconv.encode(TEXT, 'gb18030')), 'GB18030'],
  ])('decodeBytes(%s) reads the text', (_, buf, encoding) => {
    expect(decodeBytes(buf)).toEqual({ text: TEXT, encoding });
  });
  it.each([
    ['empty', bytes([]), 'empty'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'binary'],
    ['NUL bytes', bytes([0x41, 0, 0x42]), 'binary'],
  ])('decodeBytes(%s) is an error', (_, buf, error) => {
    expect(decodeBytes(buf)).toEqual({ error });
  });
  it('declaredCharset reads <meta charset>', () => {
    expect(declaredCharset(bytes(Buffer.from('<html><head><meta charset="GBK"></head>')))).toBe('gbk');
  });
});

describe('inputPages', () => {
  it('inputPages(JSONL with a bad line) keeps the good records and names the line', () => {
    const jsonl = '{"id":"a","text":"甲"}\n{oops\n{"id":"b","text":"乙"}\n';
    const { pages, problems } = inputPages({ name: 'r.jsonl', bytes: bytes(Buffer.from(jsonl)) });
    expect(pages.map((p) => p.preSegmented?.id)).toEqual(['a', 'b']);
    expect(problems).toEqual([expect.objectContaining({ file: 'r.jsonl', line: 2, code: 'record' })]);
  });
  it('inputPages(a .pdf) is unsupported', () => {
    expect(inputPages({ name: 'a.pdf', bytes: bytes(Buffer.from('%PDF-')) }).problems).toEqual([{ file: 'a.pdf', code: 'unsupported' }]);
  });
});
