// The reference the prep's throughput is measured against: @node-rs/jieba's cut (a native word
// segmenter) over the same files, read the same way. cut is synchronous, so it runs on one thread.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { walkInputs } from '../data-prep/io/walk.ts';

/** Bytes read and seconds spent (dictionary load included), or why jieba could not run. */
export type JiebaResult = { bytes: number; seconds: number; words: number } | { error: string };

interface JiebaModule {
  Jieba: { withDict(dict: Uint8Array): { cut(text: string, hmm?: boolean): string[] } };
}

export async function jiebaThroughput(dir: string): Promise<JiebaResult> {
  let mod: JiebaModule;
  let dict: Uint8Array;
  try {
    mod = (await import('@node-rs/jieba')) as unknown as JiebaModule;
    dict = ((await import('@node-rs/jieba/dict')) as { dict: Uint8Array }).dict;
  } catch (e) {
    return { error: `@node-rs/jieba is not installed or has no binary for this platform (${e instanceof Error ? e.message : String(e)})` };
  }
  const files: string[] = [];
  for await (const item of walkInputs(dir)) if ('size' in item && item.file.endsWith('.txt')) files.push(item.file);
  const started = performance.now();
  const jieba = mod.Jieba.withDict(dict);
  let bytes = 0;
  let words = 0;
  for (const file of files) {
    const buf = await readFile(join(dir, file));
    bytes += buf.length;
    words += jieba.cut(buf.toString('utf8')).length;
  }
  return { bytes, seconds: (performance.now() - started) / 1000, words };
}
