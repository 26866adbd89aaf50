// The loaded datasets as the dashboard holds them: the article index and the figure facts by
// column (see article-table.ts and fact-table.ts).
import type { ArticleIndexFile, ArticleIndexRow, FactFields, FigureFile } from '../../../data-prep/core/dataset-types.ts';
import { ArticleTable } from './article-table.ts';
import { FactTable } from './fact-table.ts';

/** The article index and the figure facts of one dataset version (with the reader's edits, if any). */
export interface Tables {
  articles: ArticleTable;
  facts: FactTable;
}

/** The tables of index.json and figures.json (checked by validate.ts). */
export function tablesFromFiles(index: ArticleIndexFile, figures: FigureFile): Tables {
  const articles = ArticleTable.fromFile(index);
  return { articles, facts: FactTable.fromFile(figures, articles) };
}

/** The tables of index rows and their facts (in article then figure order). */
export function tablesFromRows(rows: readonly ArticleIndexRow[], facts: readonly FactFields[]): Tables {
  const articles = ArticleTable.fromRows(rows);
  return { articles, facts: FactTable.fromRows(facts, articles) };
}
