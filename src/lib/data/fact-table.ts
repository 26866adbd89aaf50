// The figure facts held by column, in article then figure order, each pointing at its article's
// position in the ArticleTable: the funding and membership aggregations read these arrays, and
// an opened article's facts are made as objects from them. A fact's province and scope are its
// article's, read from the article table.
import type { FactFields, FigureFile } from '../../../data-prep/core/dataset-types.ts';
import type { FigureKind, MoneyCategory, Period, Qualifier } from '../../../data-prep/core/types.ts';
import { figureFile } from '../../../data-prep/core/aggregate-columns.ts';
import type { ArticleTable } from './article-table.ts';
import { codedArray, valueAt, type CodedArray } from './coded.ts';

/** Where facts sit when they do not simply follow index.json's figure counts (merged rows). */
interface Placement {
  article: ArrayLike<number>;
  index: ArrayLike<number>;
}

export class FactTable {
  readonly count: number;
  /** Each fact's article: its position in the article table. */
  readonly article: Uint32Array;
  /** Each fact's position in its article's `figures`. */
  readonly index: Uint32Array;
  /** Article i's facts are rows first[i] … first[i + 1] − 1. */
  readonly first: Uint32Array;
  readonly kind: CodedArray<FigureKind>;
  readonly value: Float64Array;
  /** The upper bound of a range; NaN when the figure is not one. */
  readonly valueMax: Float64Array;
  readonly qualifier: CodedArray<Qualifier>;
  readonly category: CodedArray<MoneyCategory | null>;
  readonly funding: CodedArray<boolean | null>;
  readonly period: CodedArray<Period | null>;
  /** The figure's own year, else its article's. */
  readonly year: CodedArray<number | null>;

  constructor(
    f: FigureFile,
    private readonly articles: ArticleTable,
    placement?: Placement,
  ) {
    this.count = f.value.length;
    if (placement) {
      this.article = Uint32Array.from(placement.article);
      this.index = Uint32Array.from(placement.index);
    } else {
      // index.json's figure counts say how many of the next facts are each article's.
      this.article = new Uint32Array(this.count);
      this.index = new Uint32Array(this.count);
      let row = 0;
      for (let i = 0; i < articles.count; i++) {
        for (let k = 0; k < articles.figureCount[i]! && row < this.count; k++, row++) {
          this.article[row] = i;
          this.index[row] = k;
        }
      }
    }
    this.first = new Uint32Array(articles.count + 1);
    for (let row = 0; row < this.count; row++) {
      const a = this.article[row]!;
      if (row > 0 && a < this.article[row - 1]!) throw new Error('facts are not in article order');
      this.first[a + 1] = this.first[a + 1]! + 1;
    }
    for (let i = 0; i < articles.count; i++) this.first[i + 1] = this.first[i + 1]! + this.first[i]!;
    this.kind = codedArray(f.kind);
    this.value = Float64Array.from(f.value);
    this.valueMax = new Float64Array(this.count).fill(NaN);
    f.valueMax.at.forEach((row, k) => (this.valueMax[row] = f.valueMax.values[k]!));
    this.qualifier = codedArray(f.qualifier);
    this.category = codedArray(f.category);
    this.funding = codedArray(f.funding);
    this.period = codedArray(f.period);
    this.year = codedArray(f.year);
  }

  /** Facts (in article then figure order) of the articles of `articles`. */
  static fromRows(facts: readonly FactFields[], articles: ArticleTable): FactTable {
    const article = facts.map((f) => {
      const i = articles.indexOf(f.articleId);
      if (i < 0) throw new Error(`fact of unknown article ${f.articleId}`);
      return i;
    });
    return new FactTable(figureFile(facts), articles, { article, index: facts.map((f) => f.index) });
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
}
