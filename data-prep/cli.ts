// npm run prep -- --in PATH --out DIR [--strict] [--quiet]
// Reads a corpus, writes DIR/articles.jsonl and the dashboard datasets, atomically: a failed or
// interrupted run leaves the previous DIR as it was. Progress and the summary go to stderr.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { readCorpus } from './io/read.ts';
import { openAtomicDir } from './io/write.ts';
import { Pipeline } from './core/pipeline.ts';
import { buildDatasets } from './core/aggregate.ts';
import type { ExtractedArticle, Warning } from './core/types.ts';
import { Progress } from './progress.ts';

const DEFAULT_IN = 'data-prep/corpus';
const DEFAULT_OUT = 'public/data';

interface Options {
  input: string;
  out: string;
  strict: boolean;
  quiet: boolean;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      strict: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stderr.write('usage: npm run prep -- [--in PATH] [--out DIR] [--strict] [--quiet]\n');
    process.exit(0);
  }
  return {
    input: resolve(values.in ?? DEFAULT_IN),
    out: resolve(values.out ?? DEFAULT_OUT),
    strict: values.strict ?? false,
    quiet: values.quiet ?? false,
  };
}

function formatWarning(w: Warning): string {
  return `warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`;
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
  const pipeline = new Pipeline();
  const articles: ExtractedArticle[] = [];
  const out = await openAtomicDir(opts.out);
  // Ctrl-C mid-run: stop between pages, drop the half-written temp dir, keep the previous output.
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let files = 0;
  try {
    for await (const item of readCorpus(opts.input, { onProgress: (p) => progress.update(p) })) {
      if ('message' in item) {
        warnings.push(item);
        progress.clear();
        log(formatWarning(item));
        if (opts.strict) throw new Error(`--strict: ${formatWarning(item)}`);
        continue;
      }
      if (interrupted) break;
      files++;
      for (const a of pipeline.run(item)) {
        articles.push(a);
        await out.write('articles.jsonl', JSON.stringify(a) + '\n');
      }
    }
    progress.clear();
    if (interrupted) {
      await out.abort();
      log('prep: interrupted; previous output left as it was');
      return 130;
    }
    if (pipeline.stats.pages === 0) {
      await out.abort();
      log(`prep: no readable file in ${opts.input}; previous output left as it was`);
      return 1;
    }
    const datasets = buildDatasets(articles, { generatedAt: new Date().toISOString(), warnings: warnings.length });
    for (const [name, content] of datasets) await out.write(name, content);
    await out.close();
  } catch (e) {
    await out.abort();
    progress.clear();
    log(`prep: ${e instanceof Error ? e.message : String(e)}; previous output left as it was`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const s = pipeline.stats;
  log(
    `prep: ${files} file(s) read, ${s.pages} page(s), ${s.articles} article(s)` +
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
