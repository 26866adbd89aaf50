// A large JSONL file read line by line, so that a file of hundreds of megabytes never sits in
// memory whole. The encoding is detected on the first 64 KB and then applied to the stream.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { Page, Warning } from '../core/types.ts';
import { decodeBytes } from './decode.ts';
import { parseJsonlLine } from './jsonl.ts';

const HEAD = 65536;

// decodeBytes' names for what it detects → the codec that continues the stream.
const CODEC: Record<string, iconv.Encoding> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  GB18030: 'gb18030',
  Big5: 'big5hkscs',
};

async function head(path: string): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(HEAD);
    const { bytesRead } = await fh.read(buf, 0, HEAD, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Like parseJsonl over the file at `path` (reported as `file`), reading it a megabyte at a time. */
export async function* streamJsonl(path: string, file: string): AsyncIterable<Page | Warning> {
  const sample = await head(path);
  // Cut at a line end so the sample does not end inside a multi-byte character.
  const cut = sample.lastIndexOf(0x0a);
  const detected = decodeBytes(cut > 0 ? sample.subarray(0, cut + 1) : sample);
  if ('error' in detected) {
    yield { file, message: detected.error };
    return;
  }
  const codec = CODEC[detected.encoding] ?? 'utf-8';
  const decoder = iconv.getDecoder(codec, { stripBOM: true });
  let carry = '';
  let line = 0;
  const emit = function* (text: string): Iterable<Page | Warning> {
    line++;
    yield* parseJsonlLine(text.endsWith('\r') ? text.slice(0, -1) : text, file, line);
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const lines = (carry + decoder.write(chunk as Buffer)).split('\n');
    carry = lines.pop() ?? '';
    for (const text of lines) yield* emit(text);
  }
  carry += decoder.end() ?? '';
  if (carry) yield* emit(carry);
}
