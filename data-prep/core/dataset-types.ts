// The datasets the prep writes beside articles.jsonl and the dashboard reads.
// Documented in docs/DATA.md. The dashboard filters by province × theme × year, so besides the
// pre-aggregated tables it receives per-article and per-figure facts it can re-aggregate under
// any filter; the aggregated tables are what reports read and what tests check against
// articles.jsonl. Every row says where it is (provinceCode + scope) so national and unattributed
// reports stay visible as their own rows instead of vanishing.
// The article index and the figure facts are written by column (index.json, figures.json): at
// 10⁵ articles and more, a column of codes parses an order of magnitude faster than an array of
// objects and turns straight into the typed arrays the dashboard filters on.
import type {
  ArticleKind,
  Figure,
  FigureKind,
  MoneyCategory,
  Period,
  Place,
  Qualifier,
  Scope,
  SourceRef,
  ThemeId,
} from './types.ts';

/** A figure's address: [articleId, index into that article's `figures`]. */
export type FigureRef = [string, number];

/** One row of the article index (no full text): the list, drill-down and every filter. */
export interface ArticleIndexRow {
  id: string;
  title: string;
  kind: ArticleKind;
  file: string;
  publication: string | null;
  published: string | null;
  date: string | null;
  year: number | null;
  /** 1–12 when the activity's month is known (from `date`), else null. */
  month: number | null;
  scope: Scope;
  /** The province the article is attributed to; null unless scope is 'province'. */
  provinceCode: string | null;
  /** The province's name as extraction gave it (null with provinceCode). */
  province: string | null;
  themes: ThemeId[];
  /** Which text chunk holds the full text: texts/<chunk>.json. */
  chunk: number;
  /** Number of figures extracted from the article. */
  figureCount: number;
}

/** A figure's sentence and number as printed: what the article view marks in the text. */
export interface FigureText {
  quote: string;
  raw: string;
}

/** What an opened article adds to its index row; stored in texts/<chunk>.json by id. */
export interface ArticleText {
  id: string;
  source: SourceRef;
  subtitles: string[];
  byline: string | null;
  dateline: string | null;
  text: string;
  places: Place[];
  /** Quote and raw text of each of the article's figures, in `figures` order. */
  figures: FigureText[];
}

/** texts/<n>.json: the full texts of one chunk of articles, keyed by article id. */
export type TextChunk = Record<string, ArticleText>;

/**
 * One figure as a flat fact: the article's Figure, pointing back to its article and its place
 * in `figures`. `year` is the figure's own year, else the article's.
 */
export interface FigureFact extends Figure {
  articleId: string;
  /** Index into the article's `figures` array. */
  index: number;
  /** The article's attributed province (see ArticleIndexRow.provinceCode). */
  provinceCode: string | null;
  scope: Scope;
}

/** A figure fact without its sentence and number text, which travel with the article's text. */
export type FactFields = Omit<FigureFact, 'quote' | 'raw'>;

/** Activities: articles per province × theme × year × month. */
export interface ActivityRow {
  provinceCode: string | null;
  scope: Scope;
  /** null for articles without any theme; an article with two themes is in two rows. */
  theme: ThemeId | null;
  year: number | null;
  month: number | null;
  articles: number;
  articleIds: string[];
}

/**
 * Funding per province × category × year × period; totals never mix periods.
 * Annual and unspecified rows add their figures. A cumulative row holds exactly one counted
 * figure for its province and category (the largest value, then the latest year); the other
 * cumulative figures it makes obsolete are listed in `superseded` and not counted.
 */
export interface FundingRow {
  provinceCode: string | null;
  scope: Scope;
  category: MoneyCategory;
  /** The counted figures' year; for a cumulative row, the year of the figure kept. */
  year: number | null;
  period: Period;
  /** Sum of the counted figures' `value` (the lower bound of a range). */
  total: number;
  /** True when some counted figure is not exact (about, over, range, …). */
  approximate: boolean;
  /** The counted figures behind `total`. */
  figures: FigureRef[];
  /** Cumulative only: figures of the same province and category not counted (smaller or older). */
  superseded: FigureRef[];
}

export type MembershipKind = 'members' | 'new-members' | 'membership-rate';

/**
 * One year of a membership series. Reports of the same stock for the same year are not added
 * (two articles citing the province's members would double it): the largest is the value and
 * the others are listed in `others`.
 */
export interface MembershipPoint {
  year: number | null;
  value: number;
  qualifier: Qualifier;
  /** The figure giving `value`. */
  figure: FigureRef;
  /** Other reports for the same series and year, not counted. */
  others: FigureRef[];
}

/** A province's (or the national) series of one membership kind and period, by year. */
export interface MembershipSeries {
  provinceCode: string | null;
  scope: Scope;
  kind: MembershipKind;
  period: Period;
  /** Sorted by year, null (unknown year) last. */
  points: MembershipPoint[];
}

/** A dataset file in the manifest: UTF-8 byte length and SHA-256 (hex) of its content. */
export interface ManifestFile {
  bytes: number;
  sha256: string;
}

/** manifest.json: the only file fetched at start; `version` is a content hash of the rest. */
export interface DatasetManifest {
  /** Schema of the dataset files; bumped when a file's shape changes. */
  schema: number;
  version: string;
  generatedAt: string;
  counts: {
    articles: number;
    provinces: number;
    figures: number;
    warnings: number;
  };
  /** Every dataset file with its size and hash, so a cache can check what it holds. */
  files: Record<string, ManifestFile>;
  textChunks: number;
}

/** A column of few distinct values: each value once (in order of first appearance), and per row its position there. */
export interface Coded<T> {
  values: T[];
  codes: number[];
}

/** A column set on few rows: those rows' positions (ascending) and their values; the others have none. */
export interface Sparse<T> {
  at: number[];
  values: T[];
}

/**
 * index.json: the article index by column, one entry per article in articles.jsonl order in each.
 * Row i of every column together is ArticleIndexRow i (see aggregate-columns.ts).
 */
export interface ArticleIndexFile {
  /** Articles per text chunk: article i's text is in texts/<floor(i / textChunkSize)>.json. */
  textChunkSize: number;
  id: string[];
  title: string[];
  kind: Coded<ArticleKind>;
  file: Coded<string>;
  publication: Coded<string | null>;
  published: Coded<string | null>;
  date: Coded<string | null>;
  year: Coded<number | null>;
  month: Coded<number | null>;
  scope: Coded<Scope>;
  provinceCode: Coded<string | null>;
  province: Coded<string | null>;
  themes: Coded<ThemeId[]>;
  figureCount: number[];
  /** Article positions newest first: the article list's order (newestFirst in aggregate-index.ts). */
  newest: number[];
}

/**
 * figures.json: the figure facts by column, in article then figure order, without quote and raw
 * (they are in the text chunks). Article i's facts are the next `figureCount[i]` rows, so a row's
 * article and index follow from index.json. A null category, funding or period is an absent one.
 */
export interface FigureFile {
  kind: Coded<FigureKind>;
  value: number[];
  valueMax: Sparse<number>;
  qualifier: Coded<Qualifier>;
  category: Coded<MoneyCategory | null>;
  funding: Coded<boolean | null>;
  period: Coded<Period | null>;
  year: Coded<number | null>;
}

/** The datasets as rows: what buildDatasets computes and writes (index and figures by column). */
export interface CoreDatasets {
  index: ArticleIndexRow[];
  figures: FigureFact[];
  activities: ActivityRow[];
  funding: FundingRow[];
  membership: MembershipSeries[];
}

/** File names of the datasets besides the text chunks, in the order they are listed in the manifest. */
export const CORE_FILES = {
  index: 'index.json',
  figures: 'figures.json',
  activities: 'activities.json',
  funding: 'funding.json',
  membership: 'membership.json',
} as const satisfies Record<keyof CoreDatasets, string>;

/**
 * The schema number written to manifest.json by this version of the prep. 2: index.json and
 * figures.json by column, figures' quote and raw in the text chunks.
 */
export const DATASET_SCHEMA = 2;

/** Path of text chunk `n`, relative to the data folder. */
export function textChunkFile(n: number): string {
  return `texts/${n}.json`;
}
