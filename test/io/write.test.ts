import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { onSignalAbort, openAtomicDir, writeOutputs } from '../../data-prep/io/write.ts';
import { tempDir } from './temp.ts';

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name).slice(dir.length + 1)] = await readFile(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

async function previousRun(): Promise<{ parent: string; out: string }> {
  const parent = await tempDir();
  const out = join(parent, 'data');
  await writeOutputs(out, { 'old.json': '[1]', 'geo/zj.json': '{}' });
  return { parent, out };
}

describe('writeOutputs', () => {
  it('writeOutputs(dir, files) replaces the folder with exactly those files', async () => {
    const { parent, out } = await previousRun();
    await writeOutputs(out, { 'a.json': '{"n":1}', 'sub/b.bin': Uint8Array.from([104, 105]) });
    expect(await snapshot(out)).toEqual({ 'a.json': '{"n":1}', 'sub/b.bin': 'hi' });
    expect(await readdir(parent)).toEqual(['data']);
  });

  it('writeOutputs(dir, stream failing mid-write) leaves the old folder intact and no temp folder', async () => {
    const { parent, out } = await previousRun();
    async function* failing(): AsyncIterable<[string, string]> {
      yield ['articles.jsonl', '{"id":1}\n'];
      yield ['articles.jsonl', '{"id":2}\n'];
      throw new Error('extraction failed');
    }
    await expect(writeOutputs(out, failing())).rejects.toThrow('extraction failed');
    expect(await snapshot(out)).toEqual({ 'old.json': '[1]', 'geo/zj.json': '{}' });
    expect(await readdir(parent)).toEqual(['data']);
  });

  it('writeOutputs(dir, {"../x": …}) refuses names outside the folder', async () => {
    const { out } = await previousRun();
    await expect(writeOutputs(out, { '../escape.json': 'x' })).rejects.toThrow('bad output file name: "../escape.json"');
    expect(await snapshot(out)).toEqual({ 'old.json': '[1]', 'geo/zj.json': '{}' });
  });
});

describe('openAtomicDir', () => {
  it('openAtomicDir(dir).write(…) appends chunks in order, even when not awaited, and many files at once', async () => {
    const parent = await tempDir();
    const out = await openAtomicDir(join(parent, 'data'));
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 1000; i++) writes.push(out.write('articles.jsonl', `${i}\n`));
    for (let i = 0; i < 40; i++) writes.push(out.write(`p/${i}.json`, 'a'), out.write(`p/${i}.json`, 'b'));
    await Promise.all(writes);
    await out.close();
    const text = await readFile(join(parent, 'data', 'articles.jsonl'), 'utf8');
    expect(text).toBe(Array.from({ length: 1000 }, (_, i) => `${i}\n`).join(''));
    expect(await readFile(join(parent, 'data', 'p', '39.json'), 'utf8')).toBe('ab');
  });

  it('openAtomicDir(dir).abort() discards the temp folder and keeps the old output', async () => {
    const { parent, out } = await previousRun();
    const w = await openAtomicDir(out);
    await w.write('new.json', '{}');
    await w.abort();
    await w.abort();
    expect(await snapshot(out)).toEqual({ 'old.json': '[1]', 'geo/zj.json': '{}' });
    expect(await readdir(parent)).toEqual(['data']);
    await expect(w.write('x', 'y')).rejects.toThrow('already aborted');
  });

  it('openAtomicDir(dir) puts back an output a crashed swap left aside and removes dead temp folders', async () => {
    const parent = await tempDir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    await mkdir(join(parent, `data.old-${dead}-0`));
    await writeFile(join(parent, `data.old-${dead}-0`, 'old.json'), '[1]');
    await mkdir(join(parent, `data.tmp-${dead}-1`));
    const w = await openAtomicDir(join(parent, 'data'));
    expect(await snapshot(join(parent, 'data'))).toEqual({ 'old.json': '[1]' });
    await w.abort();
    expect(await readdir(parent)).toEqual(['data']);
  });

  it('openAtomicDir(path of a file) throws', async () => {
    const parent = await tempDir();
    await writeFile(join(parent, 'data'), 'x');
    await expect(openAtomicDir(join(parent, 'data'))).rejects.toThrow('output path is not a folder');
  });
});

describe('onSignalAbort', () => {
  it('onSignalAbort(target) adds SIGINT and SIGTERM handlers and removes them again', () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    const off = onSignalAbort({ abort: async () => undefined });
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before.map((n) => n + 1));
    off();
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
  });
});

describe('onSignalAbort in a process', () => {
  it('onSignalAbort(out) on SIGINT mid-run removes the temp folder, keeps the old output, ends by SIGINT', async () => {
    const { parent, out } = await previousRun();
    const script = join(parent, 'run.mts');
    const writeTs = fileURLToPath(new URL('../../data-prep/io/write.ts', import.meta.url));
    await writeFile(
      script,
      `import { openAtomicDir, onSignalAbort } from ${JSON.stringify(writeTs)};
       const out = await openAtomicDir(${JSON.stringify(out)});
       onSignalAbort(out);
       await out.write('articles.jsonl', 'partial');
       process.stdout.write('ready');
       setInterval(() => {}, 1000);`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: fileURLToPath(new URL('../..', import.meta.url)) });
    const ended = new Promise<NodeJS.Signals | null>((done) => child.once('exit', (_, signal) => done(signal)));
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const ready = await Promise.race([new Promise<boolean>((done) => child.stdout.once('data', () => done(true))), ended.then(() => false)]);
    expect(ready, stderr).toBe(true);
    child.kill('SIGINT');
    expect(await ended).toBe('SIGINT');
    expect(await snapshot(out)).toEqual({ 'old.json': '[1]', 'geo/zj.json': '{}' });
    expect((await readdir(parent)).sort()).toEqual(['data', 'run.mts']);
  }, 20_000);
});
