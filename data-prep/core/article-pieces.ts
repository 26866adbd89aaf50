// An extracted article prepared for the output where it was extracted (in a page worker): its
// JSON line and its text chunk entry as UTF-8 bytes, which pass between threads as a copy of
// bytes, and the few fields the columnar index and facts need. The thread writing the output
// copies the bytes into its files and never holds them as strings. An article whose id the
// corpus-level check changes (a clash, rare) is prepared again by the writer from its JSON line.
import type { ExtractedArticle } from './types.ts';
import type { ArticleIndexRow, FactFields } from './dataset-types.ts';
import { indexFields } from './aggregate-index.ts';
import { planArticleText, writeArticleText } from './article-text-json.ts';
import { factFields } from './aggregate-facts.ts';

/** An article's share of every output file. */
export interface ArticlePieces {
  /** The id the pieces were made with. */
  id: string;
  /** The articles.jsonl line, newline included (a view of one array with `text`). */
  line: Uint8Array;
  /** The index row but its text chunk, which only the writer knows. */
  row: Omit<ArticleIndexRow, 'chunk'>;
  /** The ArticleText stored in its text chunk under its id (figures' quotes included). */
  text: Uint8Array;
  /** Every figure's fact, without quote and raw (they are in `text`). */
  facts: FactFields[];
}

const encoder = new TextEncoder();
// The line is encoded here first: one buffer for every article, grown when one needs more.
let scratch = new Uint8Array(1 << 16);

/**
 * The line (JSON.stringify(a) + '\n') and the text-chunk entry (articleTextJson) as UTF-8, in
 * one array: one allocation per article rather than two.
 */
function lineAndText(a: ExtractedArticle): { line: Uint8Array; text: Uint8Array } {
  const json = JSON.stringify(a);
  // At most three bytes per UTF-16 unit, and the newline.
  if (scratch.length < json.length * 3 + 1) scratch = new Uint8Array(json.length * 3 + 1);
  const { written } = encoder.encodeInto(json, scratch);
  scratch[written] = 0x0a;
  const lineLength = written + 1;
  const object = scratch.subarray(0, written);
  const both = new Uint8Array(lineLength + planArticleText(object));
  both.set(scratch.subarray(0, lineLength));
  writeArticleText(object, both, lineLength);
  return { line: both.subarray(0, lineLength), text: both.subarray(lineLength) };
}

/** The pieces of `a`. */
export function articlePieces(a: ExtractedArticle): ArticlePieces {
  const { line, text } = lineAndText(a);
  return { id: a.id, line, row: indexFields(a), text, facts: factFields(a) };
}
