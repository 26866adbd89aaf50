// Bytes of a dropped file → text, in the browser or a worker (TextDecoder only, no Node API).
// The encoding is detected, never assumed: a byte-order mark, then strict UTF-8, then the charset
// an HTML page declares, then GB18030 (which reads GBK and GB2312 too), then Big5. The prep's
// reader (data-prep/io/decode.ts) also ranks the Chinese encodings by character statistics; a
// file dropped here is a handful of articles, for which strict decoding is enough.

/** Decoded text with the encoding it was read as, or why it could not be read. */
export type Decoded = { text: string; encoding: string } | { error: 'empty' | 'binary' | 'undecodable' };

const MAGIC: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46, 0x2d], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, .docx, .xlsx
  [0x1f, 0x8b], // gzip
  [0xd0, 0xcf, 0x11, 0xe0], // Word 97-2003
];

const startsWith = (buf: Uint8Array, bytes: number[]): boolean => bytes.every((b, i) => buf[i] === b);

function strict(buf: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    return null;
  }
}

// Bytes that decode without error can still be noise: too many control characters is not text.
function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 100_000);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0xe000 && c <= 0xf8ff)) bad++;
  }
  return bad <= Math.max(1, sample.length * 0.01);
}

const CHINESE_LABELS: Record<string, string> = {
  gb18030: 'gb18030', gbk: 'gb18030', gb2312: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030',
  big5: 'big5', 'big5-hkscs': 'big5', 'x-x-big5': 'big5', cp950: 'big5',
};

/** The charset an HTML page declares in its first bytes (<meta charset>, http-equiv, XML), lower case. */
export function declaredCharset(buf: Uint8Array): string | null {
  // Declarations are ASCII in every encoding read here; windows-1252 keeps each byte one character.
  const head = new TextDecoder('windows-1252').decode(buf.subarray(0, 4096));
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(m[0]);
    if (direct) return direct[1]!.toLowerCase();
  }
  return null;
}

/** Detects the encoding of `buf` and decodes it; a leading BOM is dropped. */
export function decodeBytes(buf: Uint8Array, declared: string | null = null): Decoded {
  if (buf.length === 0) return { error: 'empty' };
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'UTF-8' };
  if (startsWith(buf, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'UTF-16LE' };
  if (startsWith(buf, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'UTF-16BE' };
  if (MAGIC.some((m) => startsWith(buf, m)) || buf.subarray(0, 8000).includes(0)) return { error: 'binary' };
  const utf8 = strict(buf, 'utf-8');
  if (utf8 !== null) return looksLikeText(utf8) ? { text: utf8, encoding: 'UTF-8' } : { error: 'binary' };
  const hinted = declared ? CHINESE_LABELS[declared] : undefined;
  const order = hinted === 'big5' ? ['big5', 'gb18030'] : ['gb18030', 'big5'];
  for (const label of order) {
    const text = strict(buf, label);
    if (text !== null && looksLikeText(text)) return { text, encoding: label.toUpperCase() };
  }
  return { error: 'undecodable' };
}
