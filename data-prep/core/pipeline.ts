// The stages after reading, for one page at a time: segmentation, then extraction, then a
// corpus-wide check that the same article (a web copy of a printed one, a file given twice)
// is kept once. Pure: the CLI feeds pages in and takes articles out.
import type { ExtractedArticle, Page } from './types.ts';
import { pageToArticles } from './articles.ts';
import { extractArticle } from './extract.ts';
import { dedupKey } from './normalize.ts';
import { stableId } from './hash.ts';
import { yearOccurrences } from './stated-years.ts';

const MASTHEAD_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*(星期|周)[一二三四五六日天]/;

/** A printed page's masthead date ("2022年12月27日 星期二"), when the page has one. */
export function mastheadDate(text: string): string | null {
  const m = MASTHEAD_DATE.exec(text.slice(0, 2000));
  if (!m) return null;
  const [, y, mo, d] = m;
  return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

// A year in a plan or a deadline (到2025年, 2025年前) says nothing about when the page was printed.
const PLANNED = /(到|至|在|于)\s*$|^\s*年(前|底前|以前|底|内)/;

/**
 * The year an undated page implies: the latest year its text states, plans and deadlines
 * aside. News reports recent events; older years on a page are background (2018年以来).
 */
export function impliedYear(text: string): number | null {
  let best: number | null = null;
  const re = /(1[89]\d\d|20\d\d)\s*年/g;
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const after = text.slice(m.index + 4, m.index + 8);
    if (PLANNED.test(before) || PLANNED.test(after)) continue;
    const y = Number(m[1]);
    if (best === null || y > best) best = y;
  }
  if (best === null) {
    const ys = yearOccurrences(text);
    best = ys.length ? Math.max(...ys) : null;
  }
  return best;
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
    const pageYear = dated.published ? null : impliedYear(page.text);
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
      out.push(extractArticle({ ...a, id }, { region: page.region ?? null, pageYear }));
    }
    this.stats.articles += out.length;
    return out;
  }
}
