// The stages after reading, for one page at a time: segmentation, then extraction, then a
// corpus-wide check that the same article (a web copy of a printed one, a file given twice)
// is kept once. Pure: the CLI feeds pages in and takes articles out. The per-page stages
// (PageProcessor) can run in several threads; the corpus-wide check (admission.ts) runs in one,
// on the pages in corpus order, so the output does not depend on how many threads ran.
import type { ExtractedArticle, Page } from './types.ts';
import { Admission, type PageArticle, type PipelineStats } from './admission.ts';
import { pageToArticles } from './articles.ts';
import { extractArticle } from './extract.ts';
import { dedupId } from './dedup-id.ts';
import { KeySet } from './key-set.ts';
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

/**
 * The per-page stages: segmentation, then extraction. Pages may be split among several
 * processors (one per worker thread), each fed its pages in corpus order. A processor skips
 * extracting an article it has seen before, which is always one the corpus-level check (see
 * Admission) drops: what one processor saw earlier, the corpus saw earlier.
 */
export class PageProcessor {
  private readonly seen = new KeySet();

  process(page: Page): PageArticle[] {
    const dated: Page = page.published || page.preSegmented ? page : { ...page, published: mastheadDate(page.text) };
    const whole = !page.preSegmented && /\.(html?|shtml)$/i.test(page.file);
    const pageYear = dated.published ? null : impliedYear(page.text);
    const ctx = { region: page.region ?? null, pageYear };
    return pageToArticles(dated, { whole }).map((a) => {
      const key = dedupId(a.text);
      const long = a.text.length >= 40;
      const repeat = long && this.seen.has(key);
      this.seen.add(key);
      return { key, long, article: repeat ? null : extractArticle(a, ctx) };
    });
  }
}

/** Both stages in one thread: page → extracted articles, minus articles already seen in this run. */
export class Pipeline {
  private readonly processor = new PageProcessor();
  private readonly admission = new Admission();

  get stats(): PipelineStats {
    return this.admission.stats;
  }

  run(page: Page): ExtractedArticle[] {
    return this.admission.admit(this.processor.process(page));
  }
}
