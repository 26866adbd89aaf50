// The article index held by column: typed codes the filters and counts read in one pass, and a
// row object made only for an article that is shown (the list's page, an opened article). Built
// once per dataset version from index.json, or from rows when the reader's imports and
// corrections are merged in.
import type { ArticleIndexFile, ArticleIndexRow } from '../../../data-prep/core/dataset-types.ts';
import type { ArticleKind, Scope, ThemeId } from '../../../data-prep/core/types.ts';
import { indexFile } from '../../../data-prep/core/aggregate-columns.ts';
import { codedArray, valueAt, type CodedArray } from './coded.ts';

export class ArticleTable {
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
  /** The attributed province (null for national and unknown reports). */
  readonly provinceCode: CodedArray<string | null>;
  readonly province: CodedArray<string | null>;
  readonly themes: CodedArray<ThemeId[]>;
  readonly figureCount: Uint32Array;
  /** Which texts/<n>.json holds each article's text (-1: an imported article's, stored with it). */
  readonly chunk: Int32Array;
  /** Article positions newest first: the article list's order. */
  readonly newest: Uint32Array;
  #byId: Map<string, number> | null = null;

  /** From index.json; `chunks` overrides where the texts are (merged rows). */
  constructor(f: ArticleIndexFile, chunks?: ArrayLike<number>) {
    this.count = f.id.length;
    this.ids = f.id;
    this.titles = f.title;
    this.kind = codedArray(f.kind);
    this.file = codedArray(f.file);
    this.publication = codedArray(f.publication);
    this.published = codedArray(f.published);
    this.date = codedArray(f.date);
    this.year = codedArray(f.year);
    this.month = codedArray(f.month);
    this.scope = codedArray(f.scope);
    this.provinceCode = codedArray(f.provinceCode);
    this.province = codedArray(f.province);
    this.themes = codedArray(f.themes);
    this.figureCount = Uint32Array.from(f.figureCount);
    this.chunk = chunks ? Int32Array.from(chunks) : Int32Array.from(f.id, (_, i) => Math.floor(i / f.textChunkSize));
    this.newest = Uint32Array.from(f.newest);
  }

  /** A table of index rows, each keeping its `chunk`. */
  static fromRows(rows: readonly ArticleIndexRow[]): ArticleTable {
    return new ArticleTable(indexFile(rows, 1), rows.map((r) => r.chunk));
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
}
