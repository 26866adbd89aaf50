// npm run gen-corpus -- --out DIR [--mb 50] [--seed 1] [--start 2015-01-01] [--no-manifest] [--force]
// Writes a benchmark corpus of about --mb MB (2^20 bytes) of pages made from the bundled seed
// pages (see bench-corpus.ts): DIR/YYYY/YYYY-MM-DD-NN.txt and DIR/manifest.json with each
// page's date and paper. The same seed always writes the same bytes.
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSeeds } from './bench-seeds.ts';
import { corpusPages } from './bench-corpus.ts';

const MB = 2 ** 20;
const SEED_DIR = fileURLToPath(new URL('../data-prep/corpus', import.meta.url));

/** Options of generateCorpus. */
export interface GenerateOptions {
  out: string;
  mb: number;
  seed: number;
  start?: string;
  manifest?: boolean;
  /** Folder of seed pages (default: the bundled corpus). */
  seeds?: string;
}

/** What generateCorpus wrote. */
export interface GenerateResult {
  files: number;
  bytes: number;
}

/** Writes the corpus into `out`, which must be absent or empty. */
export function generateCorpus(opts: GenerateOptions): GenerateResult {
  if (!(opts.mb > 0)) throw new RangeError(`--mb must be a positive number, got ${opts.mb}`);
  if (existsSync(opts.out) && readdirSync(opts.out).length > 0) throw new Error(`output folder is not empty: ${opts.out}`);
  const seeds = loadSeeds(opts.seeds ?? SEED_DIR);
  const limit = opts.mb * MB;
  const manifest: Record<string, { published: string; source: string; region?: string }> = {};
  const made = new Set<string>();
  let bytes = 0;
  let files = 0;
  for (const page of corpusPages(seeds, { seed: opts.seed, start: opts.start })) {
    if (bytes >= limit) break;
    const path = join(opts.out, page.file);
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    const data = Buffer.from(page.text, 'utf8');
    writeFileSync(path, data);
    bytes += data.length;
    files++;
    manifest[page.file] = { published: page.published, source: page.source, ...(page.region ? { region: page.region } : {}) };
  }
  if (opts.manifest !== false) writeFileSync(join(opts.out, 'manifest.json'), JSON.stringify({ files: manifest }, null, 1) + '\n');
  return { files, bytes };
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      mb: { type: 'string', default: '50' },
      seed: { type: 'string', default: '1' },
      start: { type: 'string' },
      'no-manifest': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help || !values.out) {
    process.stderr.write('usage: npm run gen-corpus -- --out DIR [--mb 50] [--seed 1] [--start YYYY-MM-DD] [--no-manifest] [--force]\n');
    return values.help ? 0 : 2;
  }
  const out = resolve(values.out);
  // --force empties a folder only when it looks like an earlier corpus (it has a manifest or year folders).
  if (values.force && existsSync(out)) {
    const names = readdirSync(out);
    if (!names.every((n) => n === 'manifest.json' || /^\d{4}$/.test(n))) throw new Error(`--force: ${out} holds other files; not removed`);
    rmSync(out, { recursive: true, force: true });
  }
  const started = performance.now();
  const r = generateCorpus({ out, mb: Number(values.mb), seed: Number(values.seed), start: values.start, manifest: !values['no-manifest'] });
  const secs = (performance.now() - started) / 1000;
  process.stderr.write(`gen-corpus: ${r.files} pages, ${(r.bytes / MB).toFixed(1)} MB in ${secs.toFixed(1)} s → ${out}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`gen-corpus: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
