import { describe, expect, it } from 'vitest';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { walkInputs } from '../../data-prep/io/walk.ts';
import { collect, tempDir } from './temp.ts';

async function tree(root: string, files: string[]): Promise<void> {
  for (const f of files) {
    await mkdir(join(root, f, '..'), { recursive: true });
    await writeFile(join(root, f), f);
  }
}

describe('walkInputs', () => {
  it('walkInputs(folder) lists input files recursively, sorted by relative path', async () => {
    const root = await tempDir();
    await tree(root, ['b.txt', 'a/b.md', 'a-c.html', 'a/z/deep.jsonl', 'A.HTM', 'notes.docx', 'manifest.json', '.DS_Store', '.git/x.txt']);
    const skipped: string[] = [];
    const out = await collect(walkInputs(root, { onSkipped: (f) => skipped.push(f) }));
    expect(out).toEqual([
      { file: 'A.HTM', size: 5 },
      { file: 'a-c.html', size: 8 },
      { file: 'a/b.md', size: 6 },
      { file: 'a/z/deep.jsonl', size: 14 },
      { file: 'b.txt', size: 5 },
    ]);
    expect(skipped).toEqual(['notes.docx']);
  });

  it('walkInputs(folder with spaces and Chinese in names) keeps the names', async () => {
    const root = await tempDir();
    await tree(root, ['工人日报 2021/第 1 版.txt', '浙江 工人日报.html']);
    const files = (await collect(walkInputs(root))).map((x) => x.file);
    expect(files).toEqual(['工人日报 2021/第 1 版.txt', '浙江 工人日报.html']);
  });

  it('walkInputs(folder with a symbolic-link loop) warns naming the link and ends', async () => {
    const root = await tempDir();
    await tree(root, ['sub/a.txt']);
    await symlink('..', join(root, 'sub', 'loop'));
    await symlink('self', join(root, 'self'));
    const out = await collect(walkInputs(root));
    expect(out).toEqual([
      { file: 'self', message: 'broken symbolic link' },
      { file: 'sub/a.txt', size: 9 },
      { file: 'sub/loop', message: 'symbolic link loop: points back to the input folder; not followed' },
    ]);
  });

  it('walkInputs(folder with links to a folder and a file already read) reads each once', async () => {
    const root = await tempDir();
    await tree(root, ['real/a.txt']);
    await symlink('real', join(root, 'twin'));
    await symlink('real/a.txt', join(root, 'z.txt'));
    const out = await collect(walkInputs(root));
    expect(out).toEqual([
      { file: 'real/a.txt', size: 10 },
      { file: 'twin', message: 'symbolic link to a folder already read (real); not followed' },
      { file: 'z.txt', message: 'same file as real/a.txt (link); read once' },
    ]);
  });

  it('walkInputs(file) yields its basename', async () => {
    const root = await tempDir();
    await tree(root, ['一版.txt']);
    expect(await collect(walkInputs(join(root, '一版.txt')))).toEqual([{ file: '一版.txt', size: 10 }]);
  });

  it('walkInputs(missing path) throws "input not found"', async () => {
    const missing = join(await tempDir(), 'nope');
    await expect(collect(walkInputs(missing))).rejects.toThrow(`input not found: ${missing}`);
  });
});
