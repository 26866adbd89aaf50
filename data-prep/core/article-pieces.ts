// An extracted article serialised for the output where it was extracted (in a page worker), so
// that the thread writing the output only joins strings. Two things are not known there: the
// article's final id (a clash with an earlier article adds a suffix, see admission.ts) and the
// text chunk its index row points to. The JSON is made with marks in their places, replaced by
// the writer; the mark strings cannot be printed by a real article (it is checked).
import type { ExtractedArticle } from './types.ts';
import type { ArticleIndexRow, FigureFact } from './dataset-types.ts';
import { articleText, indexRow } from './aggregate-index.ts';
import { figureFacts } from './aggregate-facts.ts';
import { isFunding } from './aggregate-funding.ts';
import { isMembership } from './aggregate-membership.ts';

/** What the activity table needs of an article besides its id. */
export type ActivityInput = Pick<ArticleIndexRow, 'id' | 'scope' | 'provinceCode' | 'themes' | 'year' | 'month'>;

/** An article's output, as JSON templates: `id` and `chunk` are to be filled in by fill(). */
export interface ArticlePieces {
  /** The id extraction gave; the final one may have a suffix. */
  id: string;
  /** The articles.jsonl line (without its newline). */
  line: string;
  /** The index row. */
  row: string;
  /** The ArticleText stored in its text chunk under its id. */
  text: string;
  /** Each figure's fact, in order. */
  figures: string[];
  activity: Omit<ActivityInput, 'id'>;
  /** Funding and membership facts without their quotes (the tables those make never print them). */
  facts: FigureFact[];
}

// A NUL never survives decoding into a page's text, and a year or a count is never negative.
const ID_MARK = '\u0000id\u0000';
const ID_JSON = JSON.stringify(ID_MARK);
const CHUNK_MARK = -987654321012345;
const CHUNK_JSON = JSON.stringify(CHUNK_MARK);

const count = (s: string, mark: string): number => s.split(mark).length - 1;

/** The pieces of `a` with marks for its id and chunk, or null if its own data print a mark. */
export function articlePieces(a: ExtractedArticle): ArticlePieces | null {
  const marked: ExtractedArticle = { ...a, id: ID_MARK };
  const line = JSON.stringify(marked);
  const row = indexRow(marked, CHUNK_MARK);
  const rowJson = JSON.stringify(row);
  const text = JSON.stringify(articleText(marked));
  const facts = figureFacts([marked]);
  const figures = facts.map((f) => JSON.stringify(f));
  const ok =
    count(line, ID_JSON) === 1 &&
    count(rowJson, ID_JSON) === 1 &&
    count(rowJson, CHUNK_JSON) === 1 &&
    count(text, ID_JSON) === 1 &&
    figures.every((f) => count(f, ID_JSON) === 1);
  if (!ok) return null;
  return {
    id: a.id,
    line,
    row: rowJson,
    text,
    figures,
    activity: { scope: row.scope, provinceCode: row.provinceCode, themes: row.themes, year: row.year, month: row.month },
    facts: facts.filter((f) => isFunding(f) || isMembership(f)).map((f) => ({ ...f, articleId: '', quote: '', raw: '' })),
  };
}

/** A template with the final id (and chunk) in place of the marks. */
export function fill(template: string, id: string, chunk?: number): string {
  const withId = template.replace(ID_JSON, () => JSON.stringify(id));
  return chunk === undefined ? withId : withId.replace(CHUNK_JSON, String(chunk));
}
