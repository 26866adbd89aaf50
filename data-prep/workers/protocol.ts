// Messages between the CLI and its page workers. Articles travel serialised (article-pieces.ts):
// strings are cheap to pass between threads, object graphs are not, and the thread writing the
// output then mostly joins strings.
import type { ExtractedArticle, Page } from '../core/types.ts';
import type { PageArticle } from '../core/admission.ts';
import { articlePieces, type ArticlePieces } from '../core/article-pieces.ts';

/** A page to process; `seq` orders the replies. */
export interface PageRequest {
  seq: number;
  page: Page;
}

/** An extracted article as sent: its pieces, or the article itself when it cannot be templated. */
export type WireArticle = { id: string; pieces: ArticlePieces } | { id: string; article: ExtractedArticle };

/** The page's articles, or why processing it failed. */
export type PageReply = { seq: number; items: PageArticle<WireArticle>[] } | { seq: number; error: string };

export function toWire(items: readonly PageArticle[]): PageArticle<WireArticle>[] {
  return items.map(({ key, long, article }) => {
    if (!article) return { key, long, article: null };
    const pieces = articlePieces(article);
    return { key, long, article: pieces ? { id: article.id, pieces } : { id: article.id, article } };
  });
}
