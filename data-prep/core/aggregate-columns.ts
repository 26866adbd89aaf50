// The article index and the figure facts by column (index.json and figures.json), and back to
// rows. buildDatasets and the streaming DatasetBuilder feed the same encoders a row at a time, so
// they write the same bytes; the dashboard decodes the columns straight into typed arrays, and
// tests and the reader's corrections decode them into rows with indexRows and factRows.
import type { ArticleIndexFile, ArticleIndexRow, Coded, FactFields, FigureFile } from './dataset-types.ts';
import type { ArticleKind, FigureKind, MoneyCategory, Period, Qualifier, Scope, ThemeId } from './types.ts';
import { listDate, newestFirst } from './aggregate-index.ts';

/**
 * A growable list of numbers in a typed array: a column of hundreds of thousands of rows kept
 * until the end of a run costs 4 (or 8) bytes a row, where a JavaScript array costs 8 and twice
 * that while it grows. `json()` is JSON.stringify of the same numbers as an array.
 */
class NumberList {
  private data: Int32Array | Float64Array;
  length = 0;

  constructor(private readonly float = false) {
    this.data = float ? new Float64Array(1024) : new Int32Array(1024);
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = this.float ? new Float64Array(this.length * 2) : new Int32Array(this.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }

  at(i: number): number {
    return this.data[i]!;
  }

  toArray(): number[] {
    return Array.from(this.data.subarray(0, this.length));
  }

  // A finite number prints the same in JSON and in join (Number::toString); -0 prints 0 in both.
  json(): string {
    return `[${this.data.subarray(0, this.length).join(',')}]`;
  }
}

/** A Coded column built a row at a time; `key` says when two values are the same one. */
class CodedColumn<T> {
  readonly values: T[] = [];
  readonly codes = new NumberList();
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

  value(i: number): T {
    return this.values[this.codes.at(i)]!;
  }

  column(): Coded<T> {
    return { values: this.values, codes: this.codes.toArray() };
  }

  json(): string {
    return `{"values":${JSON.stringify(this.values)},"codes":${this.codes.json()}}`;
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

/**
 * jsonPieces for a file given as [key, JSON of the value] pairs made one at a time, so only one
 * field's JSON is held at once: the same bytes as jsonPieces of the object.
 */
export function* lazyJsonPieces(fields: Iterable<readonly [string, () => string]>): Generator<string> {
  let first = true;
  for (const [k, json] of fields) {
    yield `${first ? '{' : ','}${JSON.stringify(k)}:${json()}`;
    first = false;
  }
  yield first ? '{}' : '}';
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
  private readonly figureCount = new NumberList();

  get count(): number {
    return this.id.length;
  }

  /** Adds a row; `id` may pass the same string the caller keeps elsewhere, so it is held once. */
  add(r: Fields, id = r.id): void {
    this.id.push(id);
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
    return {
      textChunkSize,
      id: this.id,
      title: this.title,
      kind: this.kind.column(),
      file: this.file.column(),
      publication: this.publication.column(),
      published: this.published.column(),
      date: this.date.column(),
      year: this.year.column(),
      month: this.month.column(),
      scope: this.scope.column(),
      provinceCode: this.provinceCode.column(),
      province: this.province.column(),
      themes: this.themes.column(),
      figureCount: this.figureCount.toArray(),
      newest: this.newest(),
    };
  }

  /** JSON.stringify(content(textChunkSize)) in pieces, one field's JSON at a time. */
  json(textChunkSize: number): Generator<string> {
    return lazyJsonPieces([
      ['textChunkSize', () => JSON.stringify(textChunkSize)],
      ['id', () => JSON.stringify(this.id)],
      ['title', () => JSON.stringify(this.title)],
      ['kind', () => this.kind.json()],
      ['file', () => this.file.json()],
      ['publication', () => this.publication.json()],
      ['published', () => this.published.json()],
      ['date', () => this.date.json()],
      ['year', () => this.year.json()],
      ['month', () => this.month.json()],
      ['scope', () => this.scope.json()],
      ['provinceCode', () => this.provinceCode.json()],
      ['province', () => this.province.json()],
      ['themes', () => this.themes.json()],
      ['figureCount', () => this.figureCount.json()],
      ['newest', () => JSON.stringify(this.newest())],
    ]);
  }

  // The list order. An article's list date depends only on its (published, date) codes: one
  // string per distinct pair, shared by the articles that have it.
  private newest(): number[] {
    const dates = new Map<string, string>();
    const listDates = this.id.map((_, i) => {
      const key = `${this.published.codes.at(i)},${this.date.codes.at(i)}`;
      let d = dates.get(key);
      if (d === undefined) dates.set(key, (d = listDate({ published: this.published.value(i), date: this.date.value(i) })));
      return d;
    });
    return newestFirst(listDates, this.title);
  }
}

/** figures.json, built a fact at a time in article then figure order. */
export class FigureColumns {
  private readonly kind = new CodedColumn<FigureKind>();
  private readonly value = new NumberList(true);
  private readonly maxAt = new NumberList();
  private readonly maxValues = new NumberList(true);
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
      value: this.value.toArray(),
      valueMax: { at: this.maxAt.toArray(), values: this.maxValues.toArray() },
      qualifier: this.qualifier.column(),
      category: this.category.column(),
      funding: this.funding.column(),
      period: this.period.column(),
      year: this.year.column(),
    };
  }

  /** JSON.stringify(content()) in pieces, one field's JSON at a time. */
  json(): Generator<string> {
    return lazyJsonPieces([
      ['kind', () => this.kind.json()],
      ['value', () => this.value.json()],
      ['valueMax', () => `{"at":${this.maxAt.json()},"values":${this.maxValues.json()}}`],
      ['qualifier', () => this.qualifier.json()],
      ['category', () => this.category.json()],
      ['funding', () => this.funding.json()],
      ['period', () => this.period.json()],
      ['year', () => this.year.json()],
    ]);
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
