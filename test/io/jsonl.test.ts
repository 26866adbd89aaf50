import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Page, Warning } from '../../data-prep/core/types.ts';
import { parseJsonl } from '../../data-prep/io/jsonl.ts';
import { streamJsonl } from '../../data-prep/io/jsonl-stream.ts';
import { collect, tempDir } from './temp.ts';

const isPage = (x: Page | Warning): x is Page => 'text' in x;

const FILE = [
  '{"id":"a1","title":"白银推进职工之家结对共建","published":"2021-05-18","source":"工人日报","text":"本报讯 白银市总工会举行签约仪式。"}',
  '{"title": "broken", "text": "缺了右括号"',
  '',
  '{"id":7,"text":"第二篇。","published":"2021/5/18"}',
  '{"title":"no text"}',
  '{"text":42}',
  '["not", "an", "object"]',
  '{"text":"第三篇。","title":["wrong"],"source":"浙江工人日报"}\r',
  '',
].join('\n');

describe('parseJsonl', () => {
  const out = [...parseJsonl(FILE, 'news.jsonl')];
  const pages = out.filter(isPage);
  const warnings = out.filter((x): x is Warning => !isPage(x));

  it('parseJsonl(file with broken lines) keeps the good records', () => {
    expect(pages).toEqual([
      {
        file: 'news.jsonl',
        text: '本报讯 白银市总工会举行签约仪式。',
        published: '2021-05-18',
        publication: '工人日报',
        preSegmented: { id: 'a1', title: '白银推进职工之家结对共建', line: 1 },
      },
      { file: 'news.jsonl', text: '第二篇。', published: null, publication: null, preSegmented: { id: '7', line: 4 } },
      { file: 'news.jsonl', text: '第三篇。', published: null, publication: '浙江工人日报', preSegmented: { line: 8 } },
    ]);
  });

  it('parseJsonl(file with broken lines) warns with file and 1-based line', () => {
    expect(warnings.map((w) => [w.file, w.line])).toEqual([
      ['news.jsonl', 2],
      ['news.jsonl', 4],
      ['news.jsonl', 5],
      ['news.jsonl', 6],
      ['news.jsonl', 7],
      ['news.jsonl', 8],
    ]);
    expect(warnings[0]!.message).toMatch(/^not JSON/);
    expect(warnings[1]!.message).toBe('"published" is not YYYY-MM-DD ("2021/5/18"); set to null');
    expect(warnings[2]!.message).toBe('missing or empty "text"; skipped');
    expect(warnings[3]!.message).toBe('"text" is number, not a string; skipped');
    expect(warnings[4]!.message).toBe('not a JSON object');
    expect(warnings[5]!.message).toBe('"title" is object, not a string; ignored');
  });

  it('parseJsonl("") yields nothing', () => {
    expect([...parseJsonl('', 'x.jsonl')]).toEqual([]);
  });
});

describe('streamJsonl', () => {
  it('streamJsonl(GB18030 file) yields what parseJsonl yields for the text', async () => {
    const dir = await tempDir();
    const path = join(dir, 'news.jsonl');
    await writeFile(path, iconv.encode(FILE, 'gb18030'));
    expect(await collect(streamJsonl(path, 'news.jsonl'))).toEqual([...parseJsonl(FILE, 'news.jsonl')]);
  });

  it('streamJsonl(file larger than one chunk) splits lines across chunk edges', async () => {
    const dir = await tempDir();
    const path = join(dir, 'big.jsonl');
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `第${i}篇。`.repeat(200) }));
    await writeFile(path, lines.join('\n'));
    const out = await collect(streamJsonl(path, 'big.jsonl'));
    expect(out).toHaveLength(3000);
    expect(out.every(isPage)).toBe(true);
    expect((out[2999] as Page).preSegmented).toEqual({ id: 'r2999', line: 3000 });
  });
});
