// The article index held by column: typed codes the filters and counts read in one pass, and a
// row object made only for an article that is shown (the list's page, an opened article). Built
// once per dataset version from index.json; the reader's corrections and imports make a copy with
// a few rows changed or added (withRows), not a new table from 10⁵ rows.
import type { ArticleIndexFile, ArticleIndexRow } from '../../../data-prep/core/dataset-types.ts';
import type { ArticleKind, Scope, ThemeId } from '../../../data-prep/core/types.ts';
import { indexFile } from '../../../data-prep/core/aggregate-columns.ts';
import { listDate, newestFirst } from '../../../data-prep/core/aggregate-index.ts';
import { codedArray, CodedPatch, valueAt, type CodedArray } from './coded.ts';
import { movedInOrder } from './moved-in-order.ts';

/** The columns of an ArticleTable. */
export interface ArticleColumns {
  ids: readonly string[];
  titles: readonly string[];
  kind: CodedArray<ArticleKind>;
  file: CodedArray<string>;
  publication: CodedArray<string | null>;
  published: CodedArray<string | null>;
  date: CodedArray<string | null>;
  year: CodedArray<number | null>;
  month: CodedArray<number | null>;
  scope: CodedArray<Scope>;
  /** The attributed province (null for national and unknown reports). */
  provinceCode: CodedArray<string | null>;
  province: CodedArray<string | null>;
  themes: CodedArray<ThemeId[]>;
  figureCount: Uint32Array;
  /** Which texts/<n>.json holds each article's text (-1: an imported article's, stored with it). */
  chunk: Int32Array;
  /** Article positions newest first: the article list's order. */
  newest: Uint32Array;
}

type CodedKey = 'kind' | 'file' | 'publication' | 'published' | 'date' | 'year' | 'month' | 'scope' | 'provinceCode' | 'province' | 'themes';

// Past this many moved rows the list's order is sorted again rather than patched.
const MAX_MOVES = 64;

export class ArticleTable implements ArticleColumns {
  readonly count: number;
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly kind: CodedArray<ArticleKind>;
  readonly file: CodedArray<string>;
  readonly publication: CodedArray<string | null>;
  readonly published: CodedArray<string | null>;
  readonly date: CodedArray<string | null>;
  readonly year: CodedArray<number | null>;
  readonly month: CodedArray<number | null>;
  readonly scope: CodedArray<Scope>;
  readonly provinceCode: CodedArray<string | null>;
  readonly province: CodedArray<string | null>;
  readonly themes: CodedArray<ThemeId[]>;
  readonly figureCount: Uint32Array;
  readonly chunk: Int32Array;
  readonly newest: Uint32Array;
  #byId: Map<string, number> | null = null;

  constructor(c: ArticleColumns) {
    this.count = c.ids.length;
    this.ids = c.ids;
    this.titles = c.titles;
    this.kind = c.kind;
    this.file = c.file;
    this.publication = c.publication;
    this.published = c.published;
    this.date = c.date;
    this.year = c.year;
    this.month = c.month;
    this.scope = c.scope;
    this.provinceCode = c.provinceCode;
    this.province = c.province;
    this.themes = c.themes;
    this.figureCount = c.figureCount;
    this.chunk = c.chunk;
    this.newest = c.newest;
  }

  /** From index.json (checked by validate.ts); `chunks` overrides where the texts are. */
  static fromFile(f: ArticleIndexFile, chunks?: ArrayLike<number>): ArticleTable {
    return new ArticleTable({
      ids: f.id,
      titles: f.title,
      kind: codedArray(f.kind),
      file: codedArray(f.file),
      publication: codedArray(f.publication),
      published: codedArray(f.published),
      date: codedArray(f.date),
      year: codedArray(f.year),
      month: codedArray(f.month),
      scope: codedArray(f.scope),
      provinceCode: codedArray(f.provinceCode),
      province: codedArray(f.province),
      themes: codedArray(f.themes),
      figureCount: Uint32Array.from(f.figureCount),
      chunk: chunks ? Int32Array.from(chunks) : Int32Array.from(f.id, (_, i) => Math.floor(i / f.textChunkSize)),
      newest: Uint32Array.from(f.newest),
    });
  }

  /** A table of index rows, each keeping its `chunk`. */
  static fromRows(rows: readonly ArticleIndexRow[]): ArticleTable {
    return ArticleTable.fromFile(indexFile(rows, 1), rows.map((r) => r.chunk));
  }

  /** The position of article `id`, or -1. (The lookup is built on first use.) */
  indexOf(id: string): number {
    this.#byId ??= new Map(this.ids.map((x, i) => [x, i]));
    return this.#byId.get(id) ?? -1;
  }

  /** Article `i` as an index row. */
  row(i: number): ArticleIndexRow {
    return {
      id: this.ids[i]!,
      title: this.titles[i]!,
      kind: valueAt(this.kind, i),
      file: valueAt(this.file, i),
      publication: valueAt(this.publication, i),
      published: valueAt(this.published, i),
      date: valueAt(this.date, i),
      year: valueAt(this.year, i),
      month: valueAt(this.month, i),
      scope: valueAt(this.scope, i),
      provinceCode: valueAt(this.provinceCode, i),
      province: valueAt(this.province, i),
      themes: [...valueAt(this.themes, i)],
      chunk: this.chunk[i]!,
      figureCount: this.figureCount[i]!,
    };
  }

  /** Every article as an index row, in order. */
  rows(): ArticleIndexRow[] {
    return Array.from({ length: this.count }, (_, i) => this.row(i));
  }

  /** A copy with the rows at some positions replaced and rows added at the end; this table is kept. */
  withRows(replaced: ReadonlyMap<number, ArticleIndexRow>, added: readonly ArticleIndexRow[]): ArticleTable {
    const n = this.count + added.length;
    const rowAt = (i: number) => (i < this.count ? replaced.get(i)! : added[i - this.count]!);
    const changed = [...replaced.keys(), ...added.map((_, k) => this.count + k)];
    const coded = <K extends CodedKey>(k: K): ArticleColumns[K] => {
      const patch = new CodedPatch<unknown>(this[k], n, k === 'themes' ? (t) => (t as string[]).join(',') : undefined);
      patch.copy(0, this.count, 0);
      for (const i of changed) patch.set(i, rowAt(i)[k]);
      return patch.done() as ArticleColumns[K];
    };
    const ids = [...this.ids];
    const titles = [...this.titles];
    const figureCount = new Uint32Array(n);
    const chunk = new Int32Array(n);
    figureCount.set(this.figureCount);
    chunk.set(this.chunk);
    for (const i of changed) {
      const r = rowAt(i);
      [ids[i], titles[i], figureCount[i], chunk[i]] = [r.id, r.title, r.figureCount, r.chunk];
    }
    const columns: ArticleColumns = {
      ids,
      titles,
      kind: coded('kind'),
      file: coded('file'),
      publication: coded('publication'),
      published: coded('published'),
      date: coded('date'),
      year: coded('year'),
      month: coded('month'),
      scope: coded('scope'),
      provinceCode: coded('provinceCode'),
      province: coded('province'),
      themes: coded('themes'),
      figureCount,
      chunk,
      newest: this.newest,
    };
    const table = new ArticleTable(columns);
    // Only rows whose date or title changed, and new rows, move in the list's order.
    const moved = changed.filter((i) => i >= this.count || this.listDate(i) !== table.listDate(i) || this.titles[i] !== titles[i]);
    if (moved.length === 0) return table;
    const newest = moved.length > MAX_MOVES
      ? Uint32Array.from(newestFirst(Array.from({ length: n }, (_, i) => table.listDate(i)), titles))
      : movedInOrder(this.newest, moved, (i) => table.listDate(i), (i) => titles[i]!);
    return new ArticleTable({ ...columns, newest });
  }

  /** What the list's order sorts on first (see newestFirst). */
  listDate(i: number): string {
    return listDate({ published: valueAt(this.published, i), date: valueAt(this.date, i) });
  }
}
