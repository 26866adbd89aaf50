// Bytes → text. The encoding is detected, never assumed: byte-order marks first, then strict
// UTF-8, then the Chinese legacy encodings ranked by how Chinese their decodings look.
import { isAscii, isUtf8, transcode } from 'node:buffer';
import iconv from 'iconv-lite';
import chardet from 'chardet';
import { plausiblyChinese, rank, scoreText, type TextScore } from './text-score.ts';

/** Decoded text with the encoding it was read as, or why it could not be read. */
export type Decoded = { text: string; encoding: string } | { error: string };

const MAGIC: [string, number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP (or .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['Word 97-2003 / OLE', [0xd0, 0xcf, 0x11, 0xe0]],
  ['RAR', [0x52, 0x61, 0x72, 0x21]],
  ['7-Zip', [0x37, 0x7a, 0xbc, 0xaf]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['WebP / RIFF', [0x52, 0x49, 0x46, 0x46]],
];

// Label → [iconv codec, name we report]. GBK and GB2312 are subsets of GB18030, so one codec reads all three.
const CHINESE: Record<string, [string, string]> = {
  gb18030: ['gb18030', 'GB18030'], gbk: ['gb18030', 'GB18030'], gb2312: ['gb18030', 'GB18030'],
  'x-gbk': ['gb18030', 'GB18030'], cp936: ['gb18030', 'GB18030'], 'euc-cn': ['gb18030', 'GB18030'],
  big5: ['big5hkscs', 'Big5'], 'big5-hkscs': ['big5hkscs', 'Big5'], 'x-x-big5': ['big5hkscs', 'Big5'],
  cp950: ['big5hkscs', 'Big5'],
};

const startsWith = (buf: Uint8Array, bytes: number[]): boolean => bytes.every((b, i) => buf[i] === b);

function decodeWith(buf: Uint8Array, codec: string): string {
  return iconv.decode(buf, codec, { stripBOM: false });
}

/**
 * The text of `buf` when it is valid UTF-8 (as a fatal TextDecoder, BOM kept, would read it), else
 * null. Checked and converted by Node's native UTF-8 code: Chinese text decodes to UTF-16 several
 * times faster through transcode than through TextDecoder or toString('utf8'). ASCII stays
 * ASCII, read byte for byte.
 */
export function strictUtf8(buf: Uint8Array): string | null {
  if (!isUtf8(buf)) return null;
  if (isAscii(buf)) return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1');
  return transcode(buf, 'utf8', 'utf16le').toString('utf16le');
}

// UTF-16 saved without a BOM shows NUL bytes; accept it only when one byte order reads cleanly.
function bomlessUtf16(buf: Uint8Array): Decoded | null {
  if (buf.length % 2) return null;
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const [codec, name] of [['utf-16le', 'UTF-16LE'], ['utf-16be', 'UTF-16BE']] as const) {
    const text = decodeWith(buf, codec);
    const s = scoreText(text);
    const sample = Math.min(text.length, 200_000);
    const ascii = sample - s.foreign;
    if (s.bad > Math.max(1, sample * 0.01)) continue;
    const score = (ascii + s.common) / sample;
    if (!best || score > best.score) best = { text, encoding: name, score };
  }
  return best && best.score > 0.5 ? { text: best.text, encoding: best.encoding } : null;
}

// chardet's opinion of the first 64 KB, as confidence per reported name.
function chardetOpinion(buf: Uint8Array): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of chardet.analyse(buf.subarray(0, 65536))) out.set(m.name.toLowerCase(), m.confidence);
  return out;
}

/**
 * Detects the encoding of `buf` and decodes it; a leading BOM is removed from the text.
 * `hint` is a declared charset (an HTML <meta charset>): it chooses between the Chinese
 * encodings and rescues files in other encodings, but cannot override evidence — valid UTF-8
 * stays UTF-8 and a page that decodes as Chinese stays Chinese whatever its label says.
 */
export function decodeBytes(buf: Uint8Array, hint?: string): Decoded {
  if (buf.length === 0) return { error: 'empty file' };
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) return { text: decodeWith(buf.subarray(3), 'utf-8'), encoding: 'UTF-8' };
  if (startsWith(buf, [0xff, 0xfe])) return { text: decodeWith(buf.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  if (startsWith(buf, [0xfe, 0xff])) return { text: decodeWith(buf.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };
  for (const [kind, bytes] of MAGIC) if (startsWith(buf, bytes)) return { error: `binary file (looks like ${kind})` };
  // git's rule: a NUL in the first 8000 bytes means binary (unless it is BOM-less UTF-16).
  if (buf.subarray(0, 8000).includes(0)) return bomlessUtf16(buf) ?? { error: 'binary file' };

  const utf8 = strictUtf8(buf);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };

  const label = hint?.trim().toLowerCase();
  const hinted = label ? CHINESE[label] : undefined;
  const opinion = chardetOpinion(buf);
  const candidates = [
    { codec: 'gb18030', name: 'GB18030', vote: opinion.get('gb18030') ?? 0 },
    { codec: 'big5hkscs', name: 'Big5', vote: opinion.get('big5') ?? 0 },
  ];
  let best: { text: string; name: string; score: TextScore; order: number } | null = null;
  for (const c of candidates) {
    const text = decodeWith(buf, c.codec);
    const score = scoreText(text);
    if (!plausiblyChinese(score)) continue;
    // Near-ties (within 2%) go to the declared charset, then to chardet.
    const order = rank(score) + (hinted?.[0] === c.codec ? 0.02 : 0) + c.vote / 10_000;
    if (!best || order > best.order) best = { text, name: c.name, score, order };
  }
  if (best) return { text: best.text, encoding: best.name };

  if (label && !hinted && label !== 'utf-8' && label !== 'utf8' && iconv.encodingExists(label)) {
    const text = decodeWith(buf, label);
    const s = scoreText(text);
    if (s.bad <= Math.max(1, s.foreign * 0.02)) return { text, encoding: label.toUpperCase() };
  }
  return { error: 'undecodable bytes (not UTF-8, UTF-16 or GB18030)' };
}
