// npm run prep -- --in PATH --out DIR [--strict] [--quiet] [--workers N]
// Reads a corpus, writes DIR/articles.jsonl and the dashboard datasets, atomically: a failed or
// interrupted run leaves the previous DIR as it was. Progress and the summary go to stderr.
//
// The input is walked here; each file is read and run through the per-page stages in a pool of
// worker threads (one per core; --workers 0 or a small corpus keeps them in this thread; files
// too big for a worker are read here and sent page by page); the corpus-level duplicate check
// and the output run here again, on the pages in corpus order, so the output is the same
// whatever the number of workers. Memory stays bounded: a few files are in flight, and articles
// are written out as they come, keeping only what the aggregated tables need.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { planCorpus, readInput } from './io/read.ts';
import { openAtomicDir } from './io/write.ts';
import { BufferedOutput } from './io/buffered-output.ts';
import { Admission, type PageArticle } from './core/admission.ts';
import { DatasetBuilder } from './core/aggregate-stream.ts';
import type { ExtractedArticle, Warning } from './core/types.ts';
import { inProcessRunner, WORKER_FILE_BYTES, workerRunner, type PageRunner } from './workers/pool.ts';
import { workerScript } from './workers/bundle.ts';
import type { JobItem } from './workers/protocol.ts';
import { Progress } from './progress.ts';
import type { CorrectionsInput } from './io/corrections.ts';

const DEFAULT_IN = 'data-prep/corpus';
const DEFAULT_OUT = 'public/data';
// Below this, starting workers (each builds the gazetteer) costs more than it saves.
const SMALL_CORPUS = 4 * 1024 * 1024;
// Jobs in flight per worker: enough to keep every worker busy while the oldest is awaited (the
// results are taken in corpus order), few enough to bound memory.
const JOBS_PER_WORKER = 16;
const ARTICLES = 'articles.jsonl';

interface Options {
  input: string;
  out: string;
  strict: boolean;
  quiet: boolean;
  /** Worker threads; null: one per core, or none for a small corpus. */
  workers: number | null;
  /** --corrections FILE: shared corrections and imported articles (docs/DATA.md). */
  corrections: string | null;
}

const USAGE = 'usage: npm run prep -- [--in PATH] [--out DIR] [--strict] [--quiet] [--workers N] [--corrections FILE]\n';

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      strict: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      workers: { type: 'string' },
      corrections: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stderr.write(USAGE);
    process.exit(0);
  }
  const workers = values.workers === undefined ? null : Number(values.workers);
  if (workers !== null && !(Number.isInteger(workers) && workers >= 0)) throw new Error(`--workers must be 0 or more, got ${values.workers}`);
  return {
    input: resolve(values.in ?? DEFAULT_IN),
    out: resolve(values.out ?? DEFAULT_OUT),
    strict: values.strict ?? false,
    quiet: values.quiet ?? false,
    workers,
    corrections: values.corrections ? resolve(values.corrections) : null,
  };
}

function formatWarning(w: Warning): string {
  return `warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`;
}

async function startRunner(
  workers: number | null,
  totalBytes: number,
  script: Promise<string> | null,
): Promise<{ runner: PageRunner; size: number }> {
  const size = script ? (workers ?? (totalBytes < SMALL_CORPUS ? 0 : availableParallelism())) : 0;
  return { runner: size === 0 ? await inProcessRunner() : await workerRunner(size, script!), size };
}

export async function main(argv: string[]): Promise<number> {
  let opts: Options;
  try {
    opts = options(argv);
  } catch (e) {
    process.stderr.write(`prep: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const log = (s: string) => process.stderr.write(s + '\n');
  const warnings: Warning[] = [];
  const progress = new Progress(process.stderr, opts.quiet);
  // --corrections: read before anything is written, so a bad file leaves the output as it was;
  // each article is corrected as it is written, imported articles are added after the corpus.
  let fixes: CorrectionsInput | null = null;
  const reportFixes = (ws: Warning[]) => {
    for (const w of ws) {
      warnings.push(w);
      log(formatWarning(w));
      if (opts.strict) throw new Error(`--strict: ${formatWarning(w)}`);
    }
  };
  if (opts.corrections) {
    try {
      // Loaded only when asked for: it brings in the gazetteer, which this thread otherwise
      // leaves to the page workers.
      const { readCorrections } = await import('./io/corrections.ts');
      fixes = await readCorrections(opts.corrections);
      reportFixes(fixes.warnings);
    } catch (e) {
      log(`prep: ${e instanceof Error ? e.message : String(e)}; previous output left as it was`);
      return 1;
    }
  }
  const admission = new Admission();
  const builder = new DatasetBuilder();
  const out = await openAtomicDir(opts.out);
  const files = new BufferedOutput(out, (name) => name !== ARTICLES);
  // Ctrl-C mid-run: stop between pages, drop the half-written temp dir, keep the previous output.
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // The workers start while the corpus is walked, as soon as it is known to need them: bundling
  // their script, booting them and building their gazetteer take as long as walking thousands
  // of files. A small corpus (or --workers 0) runs in this thread without them.
  const script = opts.workers === 0 ? null : workerScript();
  script?.catch(() => undefined);
  let pool: { runner: PageRunner; size: number } | null = null;
  let starting: Promise<{ runner: PageRunner; size: number }> | null = null;
  const start = (bytes: number) => {
    starting ??= startRunner(opts.workers, bytes, script);
    // Awaited when the first file is sent; failing before that must not go unhandled.
    starting.catch(() => undefined);
    return starting;
  };
  // Jobs submitted and not yet written, in corpus order, each with the bytes it reads (progress).
  const inflight: { items: Promise<JobItem[]>; bytes: number }[] = [];
  const done = { files: 0, bytes: 0, totalBytes: 0, totalFiles: 0 };
  const warn = (w: Warning) => {
    warnings.push(w);
    progress.clear();
    log(formatWarning(w));
    if (opts.strict) throw new Error(`--strict: ${formatWarning(w)}`);
  };
  const submit = (items: Promise<JobItem[]>, bytes: number) => {
    // Awaited later, in order; a rejection after an interrupt must not go unhandled meanwhile.
    items.catch(() => undefined);
    inflight.push({ items, bytes });
  };
  const writeArticle = async (a: ExtractedArticle) => {
    await files.append(ARTICLES, JSON.stringify(a) + '\n');
    for (const [name, chunk, last] of builder.add(a)) await files.append(name, chunk, last);
  };
  let count = 0;
  const writeNext = async () => {
    const job = inflight.shift()!;
    let pages = 0;
    for (const item of await job.items) {
      if ('warning' in item) {
        warn(item.warning);
        continue;
      }
      pages++;
      for (const w of admission.admit(item.articles)) {
        if ('pieces' in w && w.id === w.pieces.id && !fixes) {
          // The common way: the worker serialised the article; its id stands.
          await files.append(ARTICLES, w.pieces.line);
          for (const [name, chunk, last] of builder.addPieces(w.pieces)) await files.append(name, chunk, last);
          continue;
        }
        // A changed id or a correction: from the article itself (its JSON line gives it back).
        const admitted = 'pieces' in w ? (JSON.parse(new TextDecoder().decode(w.pieces.line)) as ExtractedArticle) : w.article;
        admitted.id = w.id;
        await writeArticle(fixes ? fixes.apply(admitted) : admitted);
      }
    }
    if (job.bytes > 0) {
      if (pages > 0) count++;
      done.files++;
      done.bytes += job.bytes;
      progress.update(done);
    }
  };
  try {
    const needsWorkers = (bytes: number) => (opts.workers === null ? bytes >= SMALL_CORPUS : opts.workers > 0);
    const plan = await planCorpus(opts.input, (bytes) => {
      if (!starting && needsWorkers(bytes)) start(bytes);
    });
    for (const w of plan.warnings) warn(w);
    done.totalBytes = plan.totalBytes;
    done.totalFiles = plan.inputs.length;
    for (const { input, meta } of plan.inputs) {
      if (interrupted) break;
      pool ??= await start(plan.totalBytes);
      const cap = Math.max(1, pool.size * JOBS_PER_WORKER);
      if (input.size <= WORKER_FILE_BYTES) submit(pool.runner.processFile({ root: plan.root, input, meta }), input.size);
      else {
        // Too big for a worker (a book, a JSONL dump): read here, its pages sent one by one.
        let pages = 0;
        for await (const item of readInput(plan.root, input, meta)) {
          if (interrupted) break;
          submit('message' in item ? Promise.resolve([{ warning: item }]) : pool.runner.process(item), 0);
          if (!('message' in item)) pages++;
          while (inflight.length >= cap && !interrupted) await writeNext();
        }
        if (pages > 0) count++;
        submit(Promise.resolve([]), input.size);
      }
      while (inflight.length >= cap && !interrupted) await writeNext();
    }
    while (inflight.length && !interrupted) await writeNext();
    if (!interrupted) for (const w of plan.unused) warn(w);
    // The workers' memory is not needed for the tables still to build.
    await pool?.runner.close();
    progress.clear();
    if (interrupted) {
      await out.abort();
      log('prep: interrupted; previous output left as it was');
      return 130;
    }
    if (admission.stats.pages === 0) {
      await out.abort();
      log(`prep: no readable file in ${opts.input}; previous output left as it was`);
      return 1;
    }
    if (fixes) {
      const extra = fixes.finish();
      for (const a of extra.articles) await writeArticle(a);
      reportFixes(extra.warnings);
    }
    for (const [name, chunk, last] of builder.finish()) await files.append(name, chunk, last);
    await files.flush();
    await out.write('manifest.json', builder.manifest(files.sums(), { generatedAt: new Date().toISOString(), warnings: warnings.length }));
    await out.close();
  } catch (e) {
    await out.abort();
    progress.clear();
    if (interrupted) {
      log('prep: interrupted; previous output left as it was');
      return 130;
    }
    log(`prep: ${e instanceof Error ? e.message : String(e)}; previous output left as it was`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    // A pool started during the walk, which then failed, was never taken up: stop it too.
    const started = starting as Promise<{ runner: PageRunner }> | null;
    await (pool ?? (await started?.catch(() => null)))?.runner.close();
  }
  const s = admission.stats;
  log(
    `prep: ${count} file(s) read, ${s.pages} page(s), ${s.articles} article(s)` +
      `${s.duplicates ? `, ${s.duplicates} duplicate article(s) skipped` : ''}, ${warnings.length} warning(s) → ${opts.out}`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`prep: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
