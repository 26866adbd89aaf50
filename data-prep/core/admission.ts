// The corpus-level check after the per-page stages: the same article (a web copy of a printed
// one, a file given twice) is kept once, and ids are made unique. It sees every page's articles
// in corpus order, in one thread, whichever threads ran the per-page stages (see pipeline.ts).
import type { ExtractedArticle } from './types.ts';
import { KeySet } from './key-set.ts';

export interface PipelineStats {
  pages: number;
  articles: number;
  duplicates: number;
}

/**
 * One article of a page after the per-page stages, with what the corpus-level check needs. The
 * article is an ExtractedArticle, or anything else that carries its id (its serialised form).
 */
export interface PageArticle<T extends { id: string } = ExtractedArticle> {
  /** Hash of the article's duplicate key: the same text, whatever its punctuation or script. */
  key: string;
  /** Long enough (40 characters) for a repeat of it to count as a duplicate. */
  long: boolean;
  /** The extracted article; null when the processor already knew it to be a repeat. */
  article: T | null;
}

/**
 * The corpus-level check, run on every page's articles in corpus order: the same article (a web
 * copy of a printed one, a file given twice) is kept once, and ids are made unique.
 */
export class Admission {
  readonly stats: PipelineStats = { pages: 0, articles: 0, duplicates: 0 };
  private readonly seen = new KeySet();
  // Every admitted id, for clashes: hex ids (all but some JSONL records' own) cost 24 bytes here.
  private readonly ids = new KeySet();

  /** A page's articles → those kept, in page order. Mutates only the ids of kept articles. */
  admit<T extends { id: string }>(items: readonly PageArticle<T>[]): T[] {
    this.stats.pages++;
    const out: T[] = [];
    for (const { key, long, article } of items) {
      if (long && this.seen.has(key)) {
        this.stats.duplicates++;
        continue;
      }
      this.seen.add(key);
      if (!article) throw new Error(`article ${key} was skipped as a repeat but is the first of its kind`);
      // Ids given by JSONL records are kept; a clash with an earlier one gets a suffix.
      const given = article.id;
      let id = given;
      for (let k = 2; this.ids.has(id); k++) id = `${given}-${k}`;
      this.ids.add(id);
      article.id = id;
      out.push(article);
    }
    this.stats.articles += out.length;
    return out;
  }
}

