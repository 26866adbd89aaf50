// The import worker: decodes the reader's files, cuts them into articles and extracts them with
// the prep's own pipeline, off the main thread. The gazetteer (several MB of division names) is
// loaded here only, so it stays out of the dashboard's first download.
import type { ExtractedArticle } from '../../../data-prep/core/types.ts';
import { Pipeline } from '../../../data-prep/core/pipeline.ts';
import { inputPages, type ImportProblem } from './pages.ts';
import type { ImportMessage, ImportRequest } from './protocol.ts';

const post = (m: ImportMessage) => self.postMessage(m);

function size(input: ImportRequest['inputs'][number]): number {
  return 'text' in input ? input.text.length : input.bytes.length;
}

function run({ inputs }: ImportRequest): void {
  const total = Math.max(1, inputs.reduce((n, i) => n + size(i), 0));
  const pipeline = new Pipeline();
  const articles: ExtractedArticle[] = [];
  const problems: ImportProblem[] = [];
  let done = 0;
  let lastPost = 0;
  const progress = (units: number) => {
    const now = performance.now();
    if (now - lastPost < 50) return;
    lastPost = now;
    post({ type: 'progress', fraction: Math.min(1, units / total) });
  };
  post({ type: 'progress', fraction: 0 });
  for (const input of inputs) {
    const { pages, problems: found } = inputPages(input);
    problems.push(...found);
    const share = size(input) / Math.max(1, pages.length);
    pages.forEach((page, k) => {
      articles.push(...pipeline.run(page));
      progress(done + share * (k + 1));
    });
    done += size(input);
  }
  post({ type: 'progress', fraction: 1 });
  post({ type: 'done', articles, problems });
}

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  try {
    run(e.data);
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
