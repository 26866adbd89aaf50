// Runs one import in a fresh worker, reporting progress; the worker ends with the import.
import type { ExtractedArticle } from '../../../data-prep/core/types.ts';
import type { ImportInput, ImportProblem } from './pages.ts';
import type { ImportMessage, ImportRequest } from './protocol.ts';

/** The articles extracted from `inputs` and what could not be read. */
export function runImport(
  inputs: ImportInput[],
  onProgress: (fraction: number) => void,
): Promise<{ articles: ExtractedArticle[]; problems: ImportProblem[] }> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<{ articles: ExtractedArticle[]; problems: ImportProblem[] }>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<ImportMessage>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m.fraction);
      else if (m.type === 'done') resolve({ articles: m.articles, problems: m.problems });
      else reject(new Error(m.message));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      reject(new Error(e.message || 'the import worker stopped'));
    };
  });
  const request: ImportRequest = { inputs };
  // The files' bytes move to the worker rather than being copied.
  const transfer = inputs.flatMap((i) => ('bytes' in i ? [i.bytes.buffer] : []));
  worker.postMessage(request, transfer);
  return result.finally(() => worker.terminate());
}
