// npm run bench -- [--mb 200] [--seed 1] [--runs 2] [--workers N] [--keep DIR] [--no-dashboard]
// Generates a corpus (gen-corpus), cuts it with @node-rs/jieba as the reference, runs the prep
// over it as a child process, and prints each figure beside its target. Timings are wall-clock
// and include reading the files; the prep's also includes writing its output.
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './gen-corpus.ts';
import { jiebaThroughput } from './bench-jieba.ts';
import { bundleSize } from './bench-bundle.ts';
import { loadNote, machine } from './bench-machine.ts';
import { dashboardFigures } from './bench-dashboard.ts';

const MB = 2 ** 20;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET_RATIO = 1.5;
// Two decimals, or three when two would round a miss up to the target (1.497 is not 1.50).
const ratioText = (r: number): string => (r < TARGET_RATIO && r.toFixed(2) === TARGET_RATIO.toFixed(2) ? r.toFixed(3) : r.toFixed(2));
const TARGET_RSS_MB = 1024;
const TARGET_BUNDLE_KB = 350;

/** One measured figure, printed as "label  value  (target …)". */
interface Figure {
  label: string;
  value: string;
  target: string;
  /** Whether the target is met; null when nothing was measured. */
  ok: boolean | null;
}

interface PrepRun {
  seconds: number;
  rssKb: number | null;
  /** CPU time of all the prep's threads. */
  cpuSeconds: number | null;
  code: number | null;
  summary: string;
}

function runPrep(input: string, out: string, workers: string | undefined): Promise<PrepRun> {
  const args = ['--import', 'tsx', join(ROOT, 'scripts', 'bench-prep-child.ts'), '--in', input, '--out', out, '--quiet'];
  if (workers !== undefined) args.push('--workers', workers);
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((ok, fail) => {
    child.on('error', fail);
    child.on('exit', (code) => {
      const rss = /bench: peak RSS (\d+) kB/.exec(stderr);
      const cpu = /, cpu ([\d.]+) s/.exec(stderr);
      ok({
        seconds: (performance.now() - started) / 1000,
        rssKb: rss ? Number(rss[1]) : null,
        cpuSeconds: cpu ? Number(cpu[1]) : null,
        code,
        summary: stderr.split('\n').find((l) => l.startsWith('prep: ')) ?? stderr.trim(),
      });
    });
  });
}

function print(figures: Figure[]): void {
  const width = Math.max(...figures.map((f) => f.label.length));
  for (const f of figures) {
    const mark = f.ok === null ? '  ' : f.ok ? 'ok' : '!!';
    process.stdout.write(`${mark} ${f.label.padEnd(width)}  ${f.value}  (target ${f.target})\n`);
  }
}

async function prepFigures(
  mb: number,
  seed: number,
  runs: number,
  workers: string | undefined,
  keep: string | undefined,
  withOutput: (out: string) => Promise<Figure[]> = async () => [],
): Promise<Figure[]> {
  const work = mkdtempSync(join(tmpdir(), 'bench-'));
  const corpus = keep ? resolve(keep) : join(work, 'corpus');
  try {
    const t = performance.now();
    const gen = generateCorpus({ out: corpus, mb, seed });
    const corpusMb = gen.bytes / MB;
    process.stdout.write(`corpus: ${gen.files} pages, ${corpusMb.toFixed(1)} MB (seed ${seed}), generated in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);

    // The reference and the prep take turns (jieba, prep, jieba, prep…), and each side's fastest
    // run counts. This machine's speed drifts by tens of per cent within minutes: a single run of
    // either, against the best of the other's, measured the moment more than the program.
    const cut = async (when: string): Promise<number | null> => {
      const jieba = await jiebaThroughput(corpus);
      if ('error' in jieba) {
        process.stdout.write(`jieba: ${jieba.error}\n`);
        return null;
      }
      const rate = jieba.bytes / MB / jieba.seconds;
      process.stdout.write(`jieba (${when}): cut ${jieba.words} words in ${jieba.seconds.toFixed(1)} s, ${rate.toFixed(1)} MB/s (one thread)\n`);
      return rate;
    };
    process.stdout.write(`${await loadNote()}\n`);
    const jiebaRates: number[] = [];
    const preps: PrepRun[] = [];
    let out = '';
    for (let k = 1; k <= runs; k++) {
      const rate = await cut(`run ${k} of ${runs}`);
      if (rate !== null) jiebaRates.push(rate);
      // Each run writes a folder of its own; the one before is removed between the timed runs.
      if (out) rmSync(out, { recursive: true, force: true });
      out = join(work, `out-${k}`);
      const prep = await runPrep(corpus, out, workers);
      const busy = prep.cpuSeconds === null ? '' : `, ${prep.cpuSeconds.toFixed(0)} CPU-s (${(prep.cpuSeconds / prep.seconds).toFixed(2)} cores busy)`;
      process.stdout.write(`prep (run ${k} of ${runs}): ${prep.summary.replace(/^prep: /, '')} in ${prep.seconds.toFixed(1)} s${busy}\n`);
      if (prep.code !== 0) throw new Error(`the prep failed (exit code ${prep.code})`);
      preps.push(prep);
    }
    process.stdout.write(`${await loadNote()}\n`);
    const jiebaRate = jiebaRates.length > 0 ? Math.max(...jiebaRates) : null;
    const prep = preps.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const rssKbs = preps.map((p) => p.rssKb).filter((v): v is number => v !== null);
    const prepRate = corpusMb / prep.seconds;
    const ratio = jiebaRate === null ? null : prepRate / jiebaRate;
    // Peak RSS is the highest of the runs: a memory target is not met by a lucky run.
    const rssMb = rssKbs.length === 0 ? null : Math.max(...rssKbs) / 1024;
    const prepped: Figure[] = [
      {
        label: 'prep throughput',
        value:
          `prep ${prepRate.toFixed(1)} MB/s vs jieba ${jiebaRate === null ? 'n/a' : `${jiebaRate.toFixed(1)} MB/s`}` +
          (ratio === null ? '' : ` → ${ratioText(ratio)}×`) +
          (runs > 1 ? ` (fastest of ${runs} runs each)` : ''),
        target: `≥ ${TARGET_RATIO}×`,
        ok: ratio === null ? null : ratio >= TARGET_RATIO,
      },
      {
        label: 'prep peak RSS',
        value: rssMb === null ? 'not reported' : `${rssMb.toFixed(0)} MB for a ${corpusMb.toFixed(0)} MB corpus`,
        target: `< ${TARGET_RSS_MB} MB for a 1 GB corpus`,
        ok: rssMb === null ? null : rssMb < TARGET_RSS_MB,
      },
    ];
    // The prep's output is measured further (the dashboard on it) before the work dir goes.
    return [...prepped, ...(await withOutput(out))];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---- Dashboard figures ----------------------------------------------------------------------
// Each entry measures the built dashboard on the prep's output (`data`, the dataset of the
// generated corpus) and returns its figures: the initial JS, then in Chromium the first load,
// loads from the IndexedDB cache and filter changes (scripts/bench-dashboard.ts).
const DASHBOARD: Array<(data: string) => Promise<Figure[]>> = [
  async () => {
    const r = bundleSize(ROOT);
    if ('error' in r) return [{ label: 'initial JS (gzip)', value: r.error, target: `≤ ${TARGET_BUNDLE_KB} KB`, ok: null }];
    const kb = r.total / 1024;
    const parts = r.chunks.map((c) => `${c.file.replace(/^.*\//, '')} ${(c.gzip / 1024).toFixed(0)} KB`).join(', ');
    return [{ label: 'initial JS (gzip)', value: `${kb.toFixed(0)} KB (${parts})`, target: `≤ ${TARGET_BUNDLE_KB} KB`, ok: kb <= TARGET_BUNDLE_KB }];
  },
  (data) =>
    dashboardFigures({ data }).catch((e: unknown): Figure[] => [
      { label: 'dashboard in Chromium', value: `not measured: ${e instanceof Error ? e.message : String(e)}`, target: 'see bench-dashboard.ts', ok: null },
    ]),
];

async function dashboardOn(data: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const measure of DASHBOARD) figures.push(...(await measure(data)));
  return figures;
}
// ---------------------------------------------------------------------------------------------

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      mb: { type: 'string', default: '200' },
      runs: { type: 'string', default: '2' },
      seed: { type: 'string', default: '1' },
      workers: { type: 'string' },
      keep: { type: 'string' },
      'no-dashboard': { type: 'boolean', default: false },
    },
    strict: true,
  });
  process.stdout.write(`machine: ${machine()}\n`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  const figures = await prepFigures(Number(values.mb), Number(values.seed), runs, values.workers, values.keep, values['no-dashboard'] ? undefined : dashboardOn);
  process.stdout.write('\n');
  print(figures);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
