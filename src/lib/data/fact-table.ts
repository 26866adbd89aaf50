// The figure facts held by column, in article then figure order, each pointing at its article's
// position in the ArticleTable: the funding and membership aggregations read these arrays, and
// an opened article's facts are made as objects from them. A fact's province and scope are its
// article's, read from the article table.
import type { FactFields, FigureFile } from '../../../data-prep/core/dataset-types.ts';
import type { FigureKind, MoneyCategory, Period, Qualifier } from '../../../data-prep/core/types.ts';
import { figureFile } from '../../../data-prep/core/aggregate-columns.ts';
import type { ArticleTable } from './article-table.ts';
import { codedArray, CodedPatch, valueAt, type CodedArray } from './coded.ts';

/** The columns of a FactTable. */
export interface FactColumns {
  /** Each fact's article: its position in the article table. */
  article: Uint32Array;
  /** Each fact's position in its article's `figures`. */
  index: Uint32Array;
  kind: CodedArray<FigureKind>;
  value: Float64Array;
  /** The upper bound of a range; NaN when the figure is not one. */
  valueMax: Float64Array;
  qualifier: CodedArray<Qualifier>;
  category: CodedArray<MoneyCategory | null>;
  funding: CodedArray<boolean | null>;
  period: CodedArray<Period | null>;
  /** The figure's own year, else its article's. */
  year: CodedArray<number | null>;
}

type CodedKey = 'kind' | 'qualifier' | 'category' | 'funding' | 'period' | 'year';

export class FactTable implements FactColumns {
  readonly count: number;
  readonly article: Uint32Array;
  readonly index: Uint32Array;
  /** Article i's facts are rows first[i] … first[i + 1] − 1. */
  readonly first: Uint32Array;
  readonly kind: CodedArray<FigureKind>;
  readonly value: Float64Array;
  readonly valueMax: Float64Array;
  readonly qualifier: CodedArray<Qualifier>;
  readonly category: CodedArray<MoneyCategory | null>;
  readonly funding: CodedArray<boolean | null>;
  readonly period: CodedArray<Period | null>;
  readonly year: CodedArray<number | null>;

  /** Facts in article order (else this throws) of the articles of `articles`. */
  constructor(
    c: FactColumns,
    private readonly articles: ArticleTable,
  ) {
    this.count = c.value.length;
    this.article = c.article;
    this.index = c.index;
    this.kind = c.kind;
    this.value = c.value;
    this.valueMax = c.valueMax;
    this.qualifier = c.qualifier;
    this.category = c.category;
    this.funding = c.funding;
    this.period = c.period;
    this.year = c.year;
    this.first = new Uint32Array(articles.count + 1);
    for (let row = 0; row < this.count; row++) {
      const a = this.article[row]!;
      if (row > 0 && a < this.article[row - 1]!) throw new Error('facts are not in article order');
      this.first[a + 1] = this.first[a + 1]! + 1;
    }
    for (let i = 0; i < articles.count; i++) this.first[i + 1] = this.first[i + 1]! + this.first[i]!;
  }

  /**
   * From figures.json (checked by validate.ts): article i's facts are the next `figureCount[i]`
   * rows, unless `placement` says where each fact belongs.
   */
  static fromFile(f: FigureFile, articles: ArticleTable, placement?: { article: ArrayLike<number>; index: ArrayLike<number> }): FactTable {
    const count = f.value.length;
    const article = new Uint32Array(count);
    const index = new Uint32Array(count);
    if (placement) {
      article.set(placement.article);
      index.set(placement.index);
    } else {
      let row = 0;
      for (let i = 0; i < articles.count; i++) {
        for (let k = 0; k < articles.figureCount[i]! && row < count; k++, row++) {
          article[row] = i;
          index[row] = k;
        }
      }
    }
    const valueMax = new Float64Array(count).fill(NaN);
    f.valueMax.at.forEach((row, k) => (valueMax[row] = f.valueMax.values[k]!));
    const columns: FactColumns = {
      article,
      index,
      kind: codedArray(f.kind),
      value: Float64Array.from(f.value),
      valueMax,
      qualifier: codedArray(f.qualifier),
      category: codedArray(f.category),
      funding: codedArray(f.funding),
      period: codedArray(f.period),
      year: codedArray(f.year),
    };
    return new FactTable(columns, articles);
  }

  /** Facts (in article then figure order) of the articles of `articles`. */
  static fromRows(facts: readonly FactFields[], articles: ArticleTable): FactTable {
    const article = facts.map((f) => {
      const i = articles.indexOf(f.articleId);
      if (i < 0) throw new Error(`fact of unknown article ${f.articleId}`);
      return i;
    });
    return FactTable.fromFile(figureFile(facts), articles, { article, index: facts.map((f) => f.index) });
  }

  /** Fact `row` as an object. */
  fact(row: number): FactFields {
    const a = this.article[row]!;
    const fact: FactFields = {
      articleId: this.articles.ids[a]!,
      index: this.index[row]!,
      provinceCode: valueAt(this.articles.provinceCode, a),
      scope: valueAt(this.articles.scope, a),
      kind: valueAt(this.kind, row),
      value: this.value[row]!,
      qualifier: valueAt(this.qualifier, row),
      year: valueAt(this.year, row),
    };
    // Optional fields only when present, as the prep's facts have them.
    if (!Number.isNaN(this.valueMax[row])) fact.valueMax = this.valueMax[row]!;
    const category = valueAt(this.category, row);
    if (category !== null) fact.category = category;
    const funding = valueAt(this.funding, row);
    if (funding !== null) fact.funding = funding;
    const period = valueAt(this.period, row);
    if (period !== null) fact.period = period;
    return fact;
  }

  /** The facts of article `i`, in figure order. */
  factsOf(i: number): FactFields[] {
    const out: FactFields[] = [];
    for (let row = this.first[i]!; row < this.first[i + 1]!; row++) out.push(this.fact(row));
    return out;
  }

  /** Every fact as an object, in order. */
  rows(): FactFields[] {
    return Array.from({ length: this.count }, (_, row) => this.fact(row));
  }

  /**
   * A copy for `articles` (this table's articles with rows changed or added at the end): the facts
   * of the articles at the positions of `replaced` replaced, `added` (facts of the added articles,
   * in their order) put at the end; every other fact copied in runs. This table is kept.
   */
  withFacts(articles: ArticleTable, replaced: ReadonlyMap<number, readonly FactFields[]>, added: readonly FactFields[]): FactTable {
    const order = [...replaced.keys()].sort((a, b) => a - b);
    let n = this.count + added.length;
    for (const i of order) n += replaced.get(i)!.length - (this.first[i + 1]! - this.first[i]!);
    const article = new Uint32Array(n);
    const index = new Uint32Array(n);
    const value = new Float64Array(n);
    const valueMax = new Float64Array(n);
    const coded = {} as { [K in CodedKey]: CodedPatch<FactColumns[K]['values'][number]> };
    for (const k of ['kind', 'qualifier', 'category', 'funding', 'period', 'year'] as const) {
      (coded as Record<CodedKey, CodedPatch<unknown>>)[k] = new CodedPatch<unknown>(this[k], n);
    }
    let at = 0;
    let from = 0;
    const copy = (end: number) => {
      article.set(this.article.subarray(from, end), at);
      index.set(this.index.subarray(from, end), at);
      value.set(this.value.subarray(from, end), at);
      valueMax.set(this.valueMax.subarray(from, end), at);
      for (const patch of Object.values(coded)) patch.copy(from, end, at);
      at += end - from;
      from = end;
    };
    const put = (f: FactFields, a: number) => {
      [article[at], index[at], value[at], valueMax[at]] = [a, f.index, f.value, f.valueMax ?? NaN];
      coded.kind.set(at, f.kind);
      coded.qualifier.set(at, f.qualifier);
      coded.category.set(at, f.category ?? null);
      coded.funding.set(at, f.funding ?? null);
      coded.period.set(at, f.period ?? null);
      coded.year.set(at, f.year);
      at++;
    };
    for (const i of order) {
      copy(this.first[i]!);
      for (const f of replaced.get(i)!) put(f, i);
      from = this.first[i + 1]!;
    }
    copy(this.count);
    for (const f of added) put(f, articles.indexOf(f.articleId));
    const columns: FactColumns = {
      article,
      index,
      value,
      valueMax,
      kind: coded.kind.done(),
      qualifier: coded.qualifier.done(),
      category: coded.category.done(),
      funding: coded.funding.done(),
      period: coded.period.done(),
      year: coded.year.done(),
    };
    return new FactTable(columns, articles);
  }
}
