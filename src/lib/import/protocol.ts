// Messages between the dashboard and its import worker.
import type { ExtractedArticle } from '../../../data-prep/core/types.ts';
import type { ImportInput, ImportProblem } from './pages.ts';

/** Dashboard → worker: the files and pasted texts to read, extract and return. */
export interface ImportRequest {
  inputs: ImportInput[];
}

/** Worker → dashboard: progress (0–1), then the articles and problems, or why it failed. */
export type ImportMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; articles: ExtractedArticle[]; problems: ImportProblem[] }
  | { type: 'failed'; message: string };
