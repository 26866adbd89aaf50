import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { manifestKey, parseManifest, readManifest } from '../../data-prep/io/manifest.ts';
import { tempDir } from './temp.ts';

const ENTRY = { published: '2021-05-18', source: '工人日报', region: '浙江' };

describe('parseManifest', () => {
  it.each([
    ['{"files": {…}}', { files: { 'a/b.txt': ENTRY } }],
    ['flat {…}', { './a/b.txt': ENTRY }],
    ['[{file, …}]', [{ file: 'a\\b.txt', ...ENTRY }]],
  ])('parseManifest(%s) reads the entry', (_, doc) => {
    const { manifest, warnings } = parseManifest(JSON.stringify(doc));
    expect(warnings).toEqual([]);
    expect(manifest.get('a/b.txt')).toEqual(ENTRY);
  });

  it('parseManifest("not json") warns naming manifest.json and treats it as absent', () => {
    const { manifest, warnings } = parseManifest('{ "files": { "a.txt": ');
    expect(manifest.size).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.file).toBe('manifest.json');
    expect(warnings[0]!.message).toMatch(/^not JSON \(.+\); manifest ignored$/);
  });

  it('parseManifest(bad date, numeric region) keeps the rest and warns', () => {
    const { manifest, warnings } = parseManifest('{"x.txt": {"published": "5月18日", "source": "工人日报", "region": 330000}}');
    expect(manifest.get('x.txt')).toEqual({ published: null, source: '工人日报', region: '330000' });
    expect(warnings).toEqual([{ file: 'manifest.json', message: 'entry "x.txt": "published" is not YYYY-MM-DD ("5月18日"); ignored' }]);
  });

  it('manifestKey("./a\\\\b.txt") is "a/b.txt"', () => {
    expect(manifestKey('./a\\b.txt')).toBe('a/b.txt');
  });
});

describe('readManifest', () => {
  it('readManifest(folder without manifest) is empty, no warning', async () => {
    expect(await readManifest(await tempDir())).toEqual({ manifest: new Map(), warnings: [] });
  });

  it('readManifest(folder whose manifest.json is a folder) warns', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'manifest.json'));
    const { warnings } = await readManifest(dir);
    expect(warnings).toEqual([{ file: 'manifest.json', message: 'cannot read: EISDIR; manifest ignored' }]);
  });

  it('readManifest(folder with manifest.json) reads it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ files: { 'x.txt': ENTRY } }));
    expect((await readManifest(dir)).manifest.get('x.txt')).toEqual(ENTRY);
  });
});
