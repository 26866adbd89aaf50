// The dashboard's initial JavaScript as a browser downloads it: the entry script and the chunks
// index.html preloads, gzipped, after a production build (into a temporary folder, so the dist/
// the browser tests use is left alone).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of each initial chunk, or why the build failed. */
export type BundleResult = { chunks: { file: string; gzip: number }[]; total: number } | { error: string };

/** The initial JS files index.html loads: module scripts and modulepreload links, in order. */
export function initialScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"[^>]*>|<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/g)) {
    out.push((m[1] ?? m[2])!);
  }
  return out;
}

export function bundleSize(root: string): BundleResult {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  try {
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const r = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) return { error: `vite build failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}` };
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const chunks = initialScripts(html).map((src) => ({ file: src, gzip: gzipSync(readFileSync(join(outDir, src)), { level: 9 }).length }));
    return { chunks, total: chunks.reduce((n, c) => n + c.gzip, 0) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
