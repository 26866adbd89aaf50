// The prep CLI end to end, as a user runs it: exit codes, warnings naming the file, --strict,
// and output that a failed run never half-overwrites.
import { describe, expect, it, afterEach } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, copyFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'prep-cli-'));
  made.push(d);
  return d;
}

function prep(...args: string[]): { code: number; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'data-prep/cli.ts', ...args], { encoding: 'utf8', timeout: 170_000 });
  return { code: r.status ?? -1, stderr: r.stderr };
}

const SEED = 'data-prep/corpus/000_7a33cf45b0819f1d.txt';
const PAGE = '青海省总开展“送清凉”活动\n\n本报讯 (记者甲)近日,青海省总工会投入资金50万元,为一线职工送去防暑降温物品。\n';

function lines(file: string): unknown[] {
  return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
}

describe('npm run prep', { timeout: 60_000 }, () => {
  it('processes every good file of a mixed corpus and names each bad one', { timeout: 180_000 }, () => {
    const input = temp();
    const out = join(temp(), 'data');
    copyFileSync(SEED, join(input, '工人日报 第1版.txt'));
    writeFileSync(join(input, 'gbk.txt'), iconv.encode(PAGE, 'gb18030'));
    writeFileSync(join(input, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(PAGE.replaceAll('青海', '甘肃'), 'utf16le')]));
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(input, 'records.jsonl'), '{"id":"r1","text":"浙江省总工会投入100万元慰问职工。"}\n{broken\n{"id":"r2","title":"标题","text":"江苏省总工会举办技能竞赛。"}\n');
    writeFileSync(join(input, 'manifest.json'), '{not json');
    writeFileSync(join(input, 'garbage.txt'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37 + 11) % 256)));
    // One line of 20 MB and no sentence end: read, segmented and extracted without blowing up.
    const unit = '浙江省总工会投入资金125万元慰问一线职工，';
    writeFileSync(join(input, 'one line.txt'), unit.repeat(Math.ceil(20e6 / Buffer.byteLength(unit))));
    mkdirSync(join(input, 'loop'));
    symlinkSync('..', join(input, 'loop', 'up'));
    const r = prep('--in', input, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/empty\.txt.*empty/);
    expect(r.stderr).toMatch(/image\.txt.*binary/);
    expect(r.stderr).toMatch(/records\.jsonl:2/);
    expect(r.stderr).toMatch(/manifest\.json/);
    expect(r.stderr).toMatch(/loop/);
    expect(r.stderr).toMatch(/garbage\.txt.*(undecodable|binary)/);
    const arts = lines(join(out, 'articles.jsonl')) as { id: string; source: { file: string }; province: string | null }[];
    const files = new Set(arts.map((a) => a.source.file));
    for (const f of ['工人日报 第1版.txt', 'gbk.txt', 'utf16.txt', 'records.jsonl', 'one line.txt']) expect(files).toContain(f);
    expect(arts.map((a) => a.id)).toEqual(expect.arrayContaining(['r1', 'r2']));
    expect(arts.find((a) => a.source.file === 'gbk.txt')!.province).toBe('青海省');
    expect(arts.find((a) => a.source.file === 'utf16.txt')!.province).toBe('甘肃省');
    expect(r.stderr).toMatch(/\d+ file\(s\) read, .* (\d+) warning/);
  });

  it('--strict turns a warning into a failure and leaves the previous output as it was', () => {
    const input = temp();
    const out = join(temp(), 'data');
    writeFileSync(join(input, 'page.txt'), PAGE);
    expect(prep('--in', input, '--out', out).code).toBe(0);
    const before = readFileSync(join(out, 'articles.jsonl'), 'utf8');
    const names = readdirSync(out).sort();
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'page2.txt'), PAGE.replace('50万元', '60万元'));
    const r = prep('--in', input, '--out', out, '--strict');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/empty\.txt/);
    expect(readFileSync(join(out, 'articles.jsonl'), 'utf8')).toBe(before);
    expect(readdirSync(out).sort()).toEqual(names);
  });

  it('a missing --in is a clear error with a non-zero exit, the old output untouched', () => {
    const out = join(temp(), 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'articles.jsonl'), 'old\n');
    const r = prep('--in', join(temp(), 'nope'), '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/input not found: .*nope/);
    expect(readFileSync(join(out, 'articles.jsonl'), 'utf8')).toBe('old\n');
  });

  it('an input folder with no readable file fails and keeps the old output', () => {
    const input = temp();
    const out = join(temp(), 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'articles.jsonl'), 'old\n');
    writeFileSync(join(input, 'empty.txt'), '');
    const r = prep('--in', input, '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/no readable file/);
    expect(readFileSync(join(out, 'articles.jsonl'), 'utf8')).toBe('old\n');
  });

  it('gives the same ids and records for the same input', () => {
    const a = join(temp(), 'a');
    const b = join(temp(), 'b');
    expect(prep('--out', a).code).toBe(0);
    expect(prep('--out', b).code).toBe(0);
    expect(readFileSync(join(a, 'articles.jsonl'), 'utf8')).toBe(readFileSync(join(b, 'articles.jsonl'), 'utf8'));
    expect(existsSync(join(a, 'manifest.json'))).toBe(true);
  });

  it('an interrupted run (SIGINT) leaves the previous output as it was', async () => {
    const input = temp();
    const out = join(temp(), 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'articles.jsonl'), 'old\n');
    const seed = readFileSync(SEED, 'utf8');
    // Enough pages (about 35 MB) that the run is still going when the signal comes: a few
    // seconds of work even on a fast machine.
    for (let i = 0; i < 2000; i++) writeFileSync(join(input, `p${i}.txt`), seed.replaceAll('本报讯', `本报讯${i}`));
    const child = spawn(process.execPath, ['--import', 'tsx', 'data-prep/cli.ts', '--in', input, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    // Listened for from the start: a child that ended before the signal must not leave the
    // test waiting for an exit event that has already gone by.
    let exited = false;
    const exit = new Promise<number | null>((ok) => child.on('exit', (c) => ((exited = true), ok(c))));
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // The signal comes once the pages are being written (the progress line counts files).
    const started = performance.now();
    while (!/\d+\/2000 files/.test(stderr) && !exited && performance.now() - started < 60_000) await new Promise((ok) => setTimeout(ok, 20));
    expect(exited, `the run ended before it could be interrupted: ${stderr}`).toBe(false);
    child.kill('SIGINT');
    const code = await exit;
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/interrupted/);
    expect(readFileSync(join(out, 'articles.jsonl'), 'utf8')).toBe('old\n');
    expect(readdirSync(join(out, '..')).filter((n) => n.includes('tmp'))).toEqual([]);
  }, 90_000);
});
