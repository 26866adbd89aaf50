// The stages after reading, for one page at a time: segmentation, then extraction, then a
// corpus-wide check that the same article (a web copy of a printed one, a file given twice)
// is kept once. Pure: the CLI feeds pages in and takes articles out.
import type { ExtractedArticle, Page } from './types.ts';
import { pageToArticles } from './articles.ts';
import { extractArticle } from './extract.ts';
import { dedupKey } from './normalize.ts';
import { stableId } from './hash.ts';

const MASTHEAD_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*(星期|周)[一二三四五六日天]/;

/** A printed page's masthead date ("2022年12月27日 星期二"), when the page has one. */
export function mastheadDate(text: string): string | null {
  const m = MASTHEAD_DATE.exec(text.slice(0, 2000));
  if (!m) return null;
  const [, y, mo, d] = m;
  return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

export interface PipelineStats {
  pages: number;
  articles: number;
  duplicates: number;
}

/** Stateful across pages only for duplicate detection; everything else is per page. */
export class Pipeline {
  readonly stats: PipelineStats = { pages: 0, articles: 0, duplicates: 0 };
  private readonly seen = new Set<string>();
  private readonly ids = new Set<string>();

  /** Page → extracted articles, minus articles already seen in this run. */
  run(page: Page): ExtractedArticle[] {
    this.stats.pages++;
    const dated: Page = page.published || page.preSegmented ? page : { ...page, published: mastheadDate(page.text) };
    const whole = !page.preSegmented && /\.(html?|shtml)$/i.test(page.file);
    const out: ExtractedArticle[] = [];
    for (const a of pageToArticles(dated, { whole })) {
      const key = stableId(dedupKey(a.text));
      if (a.text.length >= 40 && this.seen.has(key)) {
        this.stats.duplicates++;
        continue;
      }
      this.seen.add(key);
      // Ids given by JSONL records are kept; a clash with an earlier one gets a suffix.
      let id = a.id;
      for (let k = 2; this.ids.has(id); k++) id = `${a.id}-${k}`;
      this.ids.add(id);
      out.push(extractArticle({ ...a, id }, { region: page.region ?? null }));
    }
    this.stats.articles += out.length;
    return out;
  }
}
