// An extracted article serialised for the output where it was extracted (in a page worker): its
// JSON as UTF-8 bytes, which pass between threads as a copy of bytes, while the thread writing
// the output copies them into its files and never holds them as strings. The index row names
// the text chunk the article's text goes to, which only the writer knows: the row is written
// with a mark there, replaced by the writer. An article whose id the corpus-level check
// changes (a clash, rare) is serialised again by the writer from its JSON line.
import type { ExtractedArticle } from './types.ts';
import type { ArticleIndexRow, FigureFact } from './dataset-types.ts';
import { articleText, indexRow } from './aggregate-index.ts';
import { figureFacts } from './aggregate-facts.ts';
import { isFunding } from './aggregate-funding.ts';
import { isMembership } from './aggregate-membership.ts';

/** What the activity table needs of an article besides its id. */
export type ActivityInput = Pick<ArticleIndexRow, 'id' | 'scope' | 'provinceCode' | 'themes' | 'year' | 'month'>;

/** An article's share of every output file, serialised. */
export interface ArticlePieces {
  /** The id the pieces were made with. */
  id: string;
  /** The articles.jsonl line, newline included. */
  line: Uint8Array;
  /** The index row, with a mark for its chunk unless made for one (see withChunk). */
  row: string;
  /** The ArticleText stored in its text chunk under its id. */
  text: Uint8Array;
  /** The figures' facts, comma-separated (empty without figures). */
  figures: Uint8Array;
  figureCount: number;
  activity: Omit<ActivityInput, 'id'>;
  /** Funding and membership facts without their quotes (the tables those make never print them). */
  facts: FigureFact[];
}

// A chunk number is never negative, and no count or year an article prints is this one.
const CHUNK_MARK = -987654321012345;
const CHUNK_JSON = JSON.stringify(CHUNK_MARK);
const encoder = new TextEncoder();

/**
 * The pieces of `a`. With `chunk`, its index row points there; without, it has the mark for
 * withChunk, and the pieces are null in the unlikely case the article's own data print the mark.
 */
export function articlePieces(a: ExtractedArticle, chunk?: number): ArticlePieces | null {
  const row = indexRow(a, chunk ?? CHUNK_MARK);
  const rowJson = JSON.stringify(row);
  if (chunk === undefined && rowJson.indexOf(CHUNK_JSON) !== rowJson.lastIndexOf(CHUNK_JSON)) return null;
  const facts = figureFacts([a]);
  return {
    id: a.id,
    line: encoder.encode(JSON.stringify(a) + '\n'),
    row: rowJson,
    text: encoder.encode(JSON.stringify(articleText(a))),
    figures: encoder.encode(facts.map((f) => JSON.stringify(f)).join(',')),
    figureCount: facts.length,
    activity: { scope: row.scope, provinceCode: row.provinceCode, themes: row.themes, year: row.year, month: row.month },
    facts: facts.filter((f) => isFunding(f) || isMembership(f)).map((f) => ({ ...f, quote: '', raw: '' })),
  };
}

/** An index row (as made by articlePieces without a chunk) pointing at text chunk `chunk`. */
export function withChunk(row: string, chunk: number): string {
  return row.replace(CHUNK_JSON, String(chunk));
}
