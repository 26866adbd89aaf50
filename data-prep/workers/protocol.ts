// Messages between the CLI and its page workers. Articles travel serialised (article-pieces.ts):
// strings are cheap to pass between threads, object graphs are not, and the thread writing the
// output then mostly joins strings. A worker is sent either a page or, more often, a whole input
// file to read itself, so reading and decoding run on every core and the page text never
// crosses threads.
import type { ExtractedArticle, Page, Warning } from '../core/types.ts';
import type { PageArticle } from '../core/admission.ts';
import { articlePieces, type ArticlePieces } from '../core/article-pieces.ts';
import type { InputFile } from '../io/walk.ts';
import type { ManifestEntry } from '../io/manifest.ts';

/** An input file to read whole and process: where it is and what the manifest says of it. */
export interface FileJob {
  root: string;
  input: InputFile;
  meta: ManifestEntry | undefined;
}

/** A page, or a file to read; `seq` orders the replies. */
export type WorkRequest = { seq: number; page: Page } | { seq: number; file: FileJob };

/** An extracted article as sent: its pieces, or the article itself when it cannot be templated. */
export type WireArticle = { id: string; pieces: ArticlePieces } | { id: string; article: ExtractedArticle };

/** What a job gave, in order: for each page its articles, for what could not be read a warning. */
export type JobItem = { warning: Warning } | { articles: PageArticle<WireArticle>[] };

/** The job's items, or why processing it failed. */
export type WorkReply = { seq: number; items: JobItem[] } | { seq: number; error: string };

export function toWire(items: readonly PageArticle[]): PageArticle<WireArticle>[] {
  return items.map(({ key, long, article }) => {
    if (!article) return { key, long, article: null };
    const pieces = articlePieces(article);
    return { key, long, article: pieces ? { id: article.id, pieces } : { id: article.id, article } };
  });
}
