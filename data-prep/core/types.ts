// The contract between the prep stages and the dashboard. Everything here is plain data
// (JSON-serialisable), so the same records travel from Node to a browser worker unchanged.

/** Where an article came from. `line` is set for JSONL records (1-based). */
export interface SourceRef {
  file: string;
  publication?: string | null;
  line?: number;
}

/** What a segmented item is: a full article, a photo caption, or a short fragment kept apart. */
export type ArticleKind = 'article' | 'caption';

/** One article as cut out of a page (output of segmentation, before extraction). */
export interface Article {
  /** Stable id: the same input always gives the same id. */
  id: string;
  source: SourceRef;
  kind: ArticleKind;
  title: string;
  /** Kicker / sub-headlines printed with the title, in page order. */
  subtitles: string[];
  /** Byline as printed (本报讯 (记者…), …摄), when there is one. */
  byline: string | null;
  /** Clean text, paragraphs joined by "\n", original characters kept (not normalised). */
  text: string;
  /** "YYYY-MM-DD" of the page or record, or null when nothing says it. */
  published: string | null;
  /** The dateline's place when the text has one (本报南京11月2日电). */
  dateline?: string | null;
}

/** A reader's view of one input unit: a page of text with its metadata. */
export interface Page {
  file: string;
  text: string;
  published: string | null;
  publication: string | null;
  /** Province-level region the paper belongs to (for 我省/我市), from the manifest. */
  region?: string | null;
  /** JSONL records are articles already: never split. */
  preSegmented?: { id?: string; title?: string; line: number };
}

/** A problem with one input, reported and skipped; never fatal unless --strict. */
export interface Warning {
  file: string;
  line?: number;
  message: string;
}

export type Scope = 'province' | 'national' | 'unknown';

export type PlaceLevel = 'province' | 'city' | 'county' | 'street';

/** A place mention resolved to an administrative division. */
export interface Place {
  name: string;
  code: string;
  level: PlaceLevel;
}

export type ThemeId =
  | 'skills'
  | 'rights'
  | 'hardship'
  | 'care'
  | 'organizing'
  | 'culture'
  | 'training'
  | 'ideology'
  | 'model-workers'
  | 'reform'
  | 'labor-relations'
  | 'services'
  | 'employment'
  | 'women'
  | 'safety-health';

export type FigureKind = 'money' | 'members' | 'new-members' | 'membership-rate' | 'participants';

export type Qualifier =
  | 'exact'
  | 'about'
  | 'over'
  | 'nearly'
  | 'at-least'
  | 'at-most'
  | 'range'
  | 'vague';

export type MoneyCategory = 'spending' | 'fee-refund' | 'wages-recovered' | 'prize' | 'loan' | 'other';

export type Period = 'annual' | 'cumulative' | 'unspecified';

/** A number found in an article, with the sentence it came from. */
export interface Figure {
  kind: FigureKind;
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
  category?: MoneyCategory;
  funding?: boolean;
  year: number | null;
  period?: Period;
  /** The sentence as printed. */
  quote: string;
  /** The number's text as printed (e.g. "2300余万元"), to highlight it in the quote. */
  raw: string;
}

/** An article with everything extraction adds. */
export interface ExtractedArticle extends Article {
  scope: Scope;
  provinceCode: string | null;
  province: string | null;
  places: Place[];
  date: string | null;
  year: number | null;
  themes: ThemeId[];
  figures: Figure[];
}

/** A parsed amount or count (output of the number parser). */
export interface ParsedNumber {
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
  /** Unit word after the number: 元, 人, 万户, 人次, 名, 家, %, … ('' when none). */
  unit: string;
  /** Offsets of the whole match in the input. */
  start: number;
  end: number;
}
