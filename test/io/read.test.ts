import { describe, expect, it } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Page, Warning } from '../../data-prep/core/types.ts';
import { readCorpus, type ReadProgress } from '../../data-prep/io/read.ts';
import { collect, tempDir } from './temp.ts';

const ZH = '本报讯 嘉兴市总工会打造“美好生活能量站”，职工参与人数超过2万。';
const TW = '本報訊 嘉興市總工會打造「美好生活能量站」，職工參與人數超過2萬。';
const isPage = (x: Page | Warning): x is Page => 'text' in x;

async function corpus(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await tempDir();
  for (const [name, body] of Object.entries(files)) {
    await mkdir(join(root, name, '..'), { recursive: true });
    await writeFile(join(root, name), body);
  }
  return root;
}

async function read(root: string): Promise<{ pages: Page[]; warnings: Warning[] }> {
  const out = await collect(readCorpus(root));
  return { pages: out.filter(isPage), warnings: out.filter((x): x is Warning => !isPage(x)) };
}

const page = (file: string, text: string, extra: Partial<Page> = {}): Page => ({ file, text, published: null, publication: null, region: null, ...extra });

describe('readCorpus', () => {
  it('readCorpus(folder of mixed encodings) decodes each file', async () => {
    const root = await corpus({
      'gb18030.txt': iconv.encode(ZH, 'gb18030'),
      'gbk.txt': iconv.encode(ZH, 'gbk'),
      'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ZH, 'utf-16le')]),
      'utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ZH, 'utf-16be')]),
      'utf8bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${ZH}\r\n第二段。\r\n`)]),
      '繁体 big5.txt': iconv.encode(TW, 'big5'),
    });
    const { pages, warnings } = await read(root);
    expect(warnings).toEqual([]);
    expect(pages).toEqual([
      page('gb18030.txt', ZH),
      page('gbk.txt', ZH),
      page('utf16be.txt', ZH),
      page('utf16le.txt', ZH),
      page('utf8bom.md', `${ZH}\n第二段。\n`),
      page('繁体 big5.txt', TW),
    ]);
  });

  it('readCorpus(folder with unreadable files) warns for each and reads the rest', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const root = await corpus({ 'a.txt': ZH, 'image.txt': png, 'empty.txt': '', 'junk.txt': Uint8Array.from([0x81, 0x0a, 0xff, 0x07, 0x80, 0x30]), 'blank.md': ' \n\n' });
    const { pages, warnings } = await read(root);
    expect(pages).toEqual([page('a.txt', ZH)]);
    expect(warnings).toEqual([
      { file: 'blank.md', message: 'no text (only white space)' },
      { file: 'empty.txt', message: 'empty file' },
      { file: 'image.txt', message: 'binary file (looks like PNG)' },
      { file: 'junk.txt', message: 'undecodable bytes (not UTF-8, UTF-16 or GB18030)' },
    ]);
  });

  it('readCorpus(file that turns into a folder before it is read) warns EISDIR and continues', async () => {
    const root = await corpus({ 'a.txt': ZH, 'b.txt': ZH, 'c.txt': ZH });
    const out = await collect(
      readCorpus(root, {
        onProgress: (p) => {
          // Synchronous, so the swap is done before the reader goes on.
          if (p.files === 0) {
            rmSync(join(root, 'b.txt'));
            mkdirSync(join(root, 'b.txt'));
          }
        },
      }),
    );
    expect(out).toEqual([page('a.txt', ZH), { file: 'b.txt', message: 'cannot read: EISDIR' }, page('c.txt', ZH)]);
  });

  it('readCorpus(folder with manifest) applies date, source and region to that file', async () => {
    const root = await corpus({
      'manifest.json': JSON.stringify({ files: { '2021/a.txt': { published: '2021-05-18', source: '工人日报', region: '330000' }, 'gone.txt': {} } }),
      '2021/a.txt': ZH,
      'b.txt': ZH,
      'c.jsonl': '{"text":"记录一。","published":"2020-01-02"}\n{"text":"记录二。"}\n',
    });
    const { pages, warnings } = await read(root);
    expect(pages).toEqual([
      page('2021/a.txt', ZH, { published: '2021-05-18', publication: '工人日报', region: '330000' }),
      page('b.txt', ZH),
      page('c.jsonl', '记录一。', { published: '2020-01-02', preSegmented: { line: 1 } }),
      page('c.jsonl', '记录二。', { preSegmented: { line: 2 } }),
    ]);
    expect(warnings).toEqual([{ file: 'manifest.json', message: 'lists "gone.txt", which is not among the input files' }]);
  });

  it('readCorpus(folder whose manifest.json is not JSON) warns and reads without it', async () => {
    const root = await corpus({ 'manifest.json': '{"a.txt": {"published": "2021-05-18",', 'a.txt': ZH });
    const { pages, warnings } = await read(root);
    expect(pages).toEqual([page('a.txt', ZH)]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'manifest.json', message: expect.stringMatching(/^not JSON .*manifest ignored$/) });
  });

  it('readCorpus(.jsonl with a broken line) warns naming file and line, keeps the other records', async () => {
    const root = await corpus({ 'news.jsonl': '{"id":"1","text":"一。"}\n{"id":"2","text":\n{"id":"3","text":"三。"}\n' });
    const { pages, warnings } = await read(root);
    expect(pages.map((p) => p.preSegmented?.id)).toEqual(['1', '3']);
    expect(warnings).toEqual([{ file: 'news.jsonl', line: 2, message: expect.stringMatching(/^not JSON/) }]);
  });

  it('readCorpus(news page) gives the title line and the article without boilerplate', async () => {
    const html = await readFile(new URL('./fixtures/article.html', import.meta.url));
    const { pages } = await read(await corpus({ 'page.html': html }));
    expect(pages).toHaveLength(1);
    const [p] = pages as [Page];
    expect(p.published).toBe('2021-05-18');
    expect(p.text.split('\n')[0]).toBe('嘉兴工会打造50多个“美好生活能量站”');
    expect(p.text).toContain('嘉兴市总工会打造“美好生活能量站”');
    for (const junk of ['首页', '分享到', '版权所有', 'ICP', '责任编辑']) expect(p.text).not.toContain(junk);
  });

  it('readCorpus(HTML bytes declared charset=gbk) decodes them as GBK', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>工会新闻_工人日报</title></head><body><p>${ZH}</p></body></html>`;
    const { pages, warnings } = await read(await corpus({ 'gbk.htm': iconv.encode(html, 'gbk') }));
    expect(warnings).toEqual([]);
    expect(pages).toEqual([page('gbk.htm', `工会新闻\n${ZH}`)]);
  });

  it('readCorpus(HTML bytes declared charset=big5) decodes them as Big5', async () => {
    const html = `<meta charset="big5"><h1>工會新聞</h1><p>${TW}</p>`;
    const { pages } = await read(await corpus({ 'big5.html': iconv.encode(html, 'big5') }));
    expect(pages).toEqual([page('big5.html', `工會新聞\n${TW}`)]);
  });

  it('readCorpus(file of one 20 MB line) reads it whole', async () => {
    const line = '职'.repeat(7 * 1024 * 1024);
    const { pages } = await read(await corpus({ 'long.txt': line }));
    expect(pages[0]!.text.length).toBe(line.length);
  });

  it('readCorpus(file) reads that one file, with the manifest beside it', async () => {
    const root = await corpus({ 'manifest.json': JSON.stringify({ 'a.txt': { source: '工人日报' }, 'b.txt': {} }), 'a.txt': ZH, 'b.txt': ZH });
    expect(await collect(readCorpus(join(root, 'a.txt')))).toEqual([page('a.txt', ZH, { publication: '工人日报' })]);
  });

  it('readCorpus(folder) reports progress after each file, with totals', async () => {
    const root = await corpus({ 'a.txt': 'ab', 'b.txt': 'cde' });
    const seen: ReadProgress[] = [];
    await collect(readCorpus(root, { onProgress: (p) => seen.push(p) }));
    expect(seen).toEqual([
      { files: 0, bytes: 0, totalBytes: 5, totalFiles: 2 },
      { files: 1, bytes: 2, totalBytes: 5, totalFiles: 2 },
      { files: 2, bytes: 5, totalBytes: 5, totalFiles: 2 },
    ]);
  });

  it('readCorpus(missing path) throws "input not found: PATH"', async () => {
    const missing = join(await tempDir(), 'no such folder');
    await expect(collect(readCorpus(missing))).rejects.toThrow(`input not found: ${missing}`);
  });
});
