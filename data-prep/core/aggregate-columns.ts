// The article index and the figure facts by column (index.json and figures.json), and back to
// rows. buildDatasets and the streaming DatasetBuilder feed the same encoders a row at a time, so
// they write the same bytes; the dashboard decodes the columns straight into typed arrays, and
// tests and the reader's corrections decode them into rows with indexRows and factRows.
import type { ArticleIndexFile, ArticleIndexRow, Coded, FactFields, FigureFile } from './dataset-types.ts';
import type { ArticleKind, FigureKind, MoneyCategory, Period, Qualifier, Scope, ThemeId } from './types.ts';
import { listDate, newestFirst } from './aggregate-index.ts';

/** A Coded column built a row at a time; `key` says when two values are the same one. */
class CodedColumn<T> {
  readonly values: T[] = [];
  readonly codes: number[] = [];
  private readonly known = new Map<unknown, number>();

  constructor(private readonly key: (v: T) => unknown = (v) => v) {}

  push(v: T): void {
    const k = this.key(v);
    let code = this.known.get(k);
    if (code === undefined) {
      code = this.values.length;
      this.known.set(k, code);
      this.values.push(v);
    }
    this.codes.push(code);
  }

  column(): Coded<T> {
    return { values: this.values, codes: this.codes };
  }
}

/** The value of row `i` of a Coded column. */
export function decoded<T>(c: Coded<T>, i: number): T {
  return c.values[c.codes[i]!]!;
}

/**
 * JSON.stringify(file) in pieces, one per top-level field, so a large file never has to be one
 * string. Equal to it byte for byte: the fields are plain data and none is named like an index.
 */
export function jsonPieces(file: object): string[] {
  const pieces = Object.entries(file).map(([k, v], i) => `${i ? ',' : '{'}${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return pieces.length ? [...pieces, '}'] : ['{}'];
}

type Fields = Omit<ArticleIndexRow, 'chunk'>;

/** index.json, built an article at a time in articles.jsonl order. */
export class IndexColumns {
  private readonly id: string[] = [];
  private readonly title: string[] = [];
  private readonly kind = new CodedColumn<ArticleKind>();
  private readonly file = new CodedColumn<string>();
  private readonly publication = new CodedColumn<string | null>();
  private readonly published = new CodedColumn<string | null>();
  private readonly date = new CodedColumn<string | null>();
  private readonly year = new CodedColumn<number | null>();
  private readonly month = new CodedColumn<number | null>();
  private readonly scope = new CodedColumn<Scope>();
  private readonly provinceCode = new CodedColumn<string | null>();
  private readonly province = new CodedColumn<string | null>();
  // Theme lists keep their order (extraction ranks them), so [a, b] and [b, a] are two values.
  private readonly themes = new CodedColumn<ThemeId[]>((t) => t.join(','));
  private readonly figureCount: number[] = [];

  get count(): number {
    return this.id.length;
  }

  add(r: Fields): void {
    this.id.push(r.id);
    this.title.push(r.title);
    this.kind.push(r.kind);
    this.file.push(r.file);
    this.publication.push(r.publication);
    this.published.push(r.published);
    this.date.push(r.date);
    this.year.push(r.year);
    this.month.push(r.month);
    this.scope.push(r.scope);
    this.provinceCode.push(r.provinceCode);
    this.province.push(r.province);
    this.themes.push(r.themes);
    this.figureCount.push(r.figureCount);
  }

  /** The file's content (fields in the order they are written). */
  content(textChunkSize: number): ArticleIndexFile {
    const published = this.published.column();
    const date = this.date.column();
    const dates = this.id.map((_, i) => listDate({ published: decoded(published, i), date: decoded(date, i) }));
    return {
      textChunkSize,
      id: this.id,
      title: this.title,
      kind: this.kind.column(),
      file: this.file.column(),
      publication: this.publication.column(),
      published,
      date,
      year: this.year.column(),
      month: this.month.column(),
      scope: this.scope.column(),
      provinceCode: this.provinceCode.column(),
      province: this.province.column(),
      themes: this.themes.column(),
      figureCount: this.figureCount,
      newest: newestFirst(dates, this.title),
    };
  }
}

/** figures.json, built a fact at a time in article then figure order. */
export class FigureColumns {
  private readonly kind = new CodedColumn<FigureKind>();
  private readonly value: number[] = [];
  private readonly maxAt: number[] = [];
  private readonly maxValues: number[] = [];
  private readonly qualifier = new CodedColumn<Qualifier>();
  private readonly category = new CodedColumn<MoneyCategory | null>();
  private readonly funding = new CodedColumn<boolean | null>();
  private readonly period = new CodedColumn<Period | null>();
  private readonly year = new CodedColumn<number | null>();

  get count(): number {
    return this.value.length;
  }

  add(f: FactFields): void {
    if (f.valueMax !== undefined) {
      this.maxAt.push(this.value.length);
      this.maxValues.push(f.valueMax);
    }
    this.kind.push(f.kind);
    this.value.push(f.value);
    this.qualifier.push(f.qualifier);
    this.category.push(f.category ?? null);
    this.funding.push(f.funding ?? null);
    this.period.push(f.period ?? null);
    this.year.push(f.year);
  }

  content(): FigureFile {
    return {
      kind: this.kind.column(),
      value: this.value,
      valueMax: { at: this.maxAt, values: this.maxValues },
      qualifier: this.qualifier.column(),
      category: this.category.column(),
      funding: this.funding.column(),
      period: this.period.column(),
      year: this.year.column(),
    };
  }
}

/** index.json's content for `rows` (in file order). */
export function indexFile(rows: readonly Fields[], textChunkSize: number): ArticleIndexFile {
  const cols = new IndexColumns();
  for (const r of rows) cols.add(r);
  return cols.content(textChunkSize);
}

/** figures.json's content for `facts` (in article then figure order). */
export function figureFile(facts: readonly FactFields[]): FigureFile {
  const cols = new FigureColumns();
  for (const f of facts) cols.add(f);
  return cols.content();
}

/** The index rows index.json holds. */
export function indexRows(file: ArticleIndexFile): ArticleIndexRow[] {
  return file.id.map((id, i) => ({
    id,
    title: file.title[i]!,
    kind: decoded(file.kind, i),
    file: decoded(file.file, i),
    publication: decoded(file.publication, i),
    published: decoded(file.published, i),
    date: decoded(file.date, i),
    year: decoded(file.year, i),
    month: decoded(file.month, i),
    scope: decoded(file.scope, i),
    provinceCode: decoded(file.provinceCode, i),
    province: decoded(file.province, i),
    themes: [...decoded(file.themes, i)],
    chunk: Math.floor(i / file.textChunkSize),
    figureCount: file.figureCount[i]!,
  }));
}

/** The facts figures.json holds, with their articles' ids and places from index.json. */
export function factRows(file: FigureFile, index: ArticleIndexFile): FactFields[] {
  const out: FactFields[] = [];
  let max = 0;
  index.figureCount.forEach((n, article) => {
    const articleId = index.id[article]!;
    const provinceCode = decoded(index.provinceCode, article);
    const scope = decoded(index.scope, article);
    for (let k = 0; k < n; k++) {
      const row = out.length;
      const fact: FactFields = {
        articleId,
        index: k,
        provinceCode,
        scope,
        kind: decoded(file.kind, row),
        value: file.value[row]!,
        qualifier: decoded(file.qualifier, row),
        year: decoded(file.year, row),
      };
      if (file.valueMax.at[max] === row) fact.valueMax = file.valueMax.values[max++]!;
      const category = decoded(file.category, row);
      if (category !== null) fact.category = category;
      const funding = decoded(file.funding, row);
      if (funding !== null) fact.funding = funding;
      const period = decoded(file.period, row);
      if (period !== null) fact.period = period;
      out.push(fact);
    }
  });
  return out;
}
