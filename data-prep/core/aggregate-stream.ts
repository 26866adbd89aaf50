// buildDatasets one article at a time, for corpora too large to hold: the index, the figure facts
// and the text chunks go out as pieces while articles come in, and only what the aggregated
// tables need stays in memory (per article its id, place, themes and date; per funding or
// membership figure its value without the quote). The files are the same, byte for byte, as
// buildDatasets writes for the same articles in the same order (test/scale checks it). Articles
// may come already serialised (article-pieces.ts), as the page workers send them.
import type { ExtractedArticle } from './types.ts';
import type { DatasetManifest, FigureFact, ManifestFile } from './dataset-types.ts';
import { CORE_FILES, DATASET_SCHEMA, textChunkFile } from './dataset-types.ts';
import { DEFAULT_TEXT_CHUNK_SIZE, articleText, indexRow } from './aggregate-index.ts';
import { figureFacts } from './aggregate-facts.ts';
import { activityRows } from './aggregate-activities.ts';
import { fundingRows, isFunding } from './aggregate-funding.ts';
import { isMembership, membershipSeries } from './aggregate-membership.ts';
import { datasetVersion, type BuildOptions } from './aggregate.ts';
import { articlePieces, fill, type ActivityInput, type ArticlePieces } from './article-pieces.ts';

/** A piece of an output file: appended to the file `name`, in the order given. */
export type Piece = [name: string, chunk: string];

/** Builds the dataset files incrementally: add() each article, then finish(), then manifest(). */
export class DatasetBuilder {
  private readonly chunkSize: number;
  private articles = 0;
  private figures = 0;
  private chunks = 0;
  private chunk = new Map<string, string>();
  private inChunk = 0;
  private readonly rows: ActivityInput[] = [];
  private readonly facts: FigureFact[] = [];
  private readonly provinces = new Set<string>();
  private finished = false;

  constructor(textChunkSize = DEFAULT_TEXT_CHUNK_SIZE) {
    if (!Number.isInteger(textChunkSize) || textChunkSize < 1) {
      throw new RangeError(`textChunkSize must be a positive integer, got ${textChunkSize}`);
    }
    this.chunkSize = textChunkSize;
  }

  /** Takes the next article (in output order); returns the pieces of output it completes. */
  add(a: ExtractedArticle): Piece[] {
    const p = articlePieces(a);
    if (p) return this.addPieces(p, a.id);
    // Its own text prints a mark: serialised here, with its id and chunk as they are.
    const row = indexRow(a, this.chunks);
    const facts = figureFacts([a]);
    return this.push(
      a.id,
      JSON.stringify(row),
      JSON.stringify(articleText(a)),
      facts.map((f) => JSON.stringify(f)),
      { scope: row.scope, provinceCode: row.provinceCode, themes: row.themes, year: row.year, month: row.month },
      facts.filter((f) => isFunding(f) || isMembership(f)).map((f) => ({ ...f, quote: '', raw: '' })),
    );
  }

  /** add() for an article serialised elsewhere (see article-pieces.ts), under its final `id`. */
  addPieces(p: ArticlePieces, id: string): Piece[] {
    return this.push(
      id,
      fill(p.row, id, this.chunks),
      fill(p.text, id),
      p.figures.map((f) => fill(f, id)),
      p.activity,
      p.facts.map((f) => ({ ...f, articleId: id })),
    );
  }

  private push(id: string, row: string, text: string, figures: string[], activity: Omit<ActivityInput, 'id'>, facts: FigureFact[]): Piece[] {
    if (this.finished) throw new Error('DatasetBuilder: add() after finish()');
    // JSON.stringify of an array is its elements' JSON joined by commas inside brackets.
    const pieces: Piece[] = [[CORE_FILES.index, (this.articles === 0 ? '[' : ',') + row]];
    this.rows.push({ id, ...activity });
    if (activity.provinceCode !== null) this.provinces.add(activity.provinceCode);
    this.articles++;
    for (const f of figures) pieces.push([CORE_FILES.figures, (this.figures++ === 0 ? '[' : ',') + f]);
    this.facts.push(...facts);
    this.chunk.set(id, text);
    if (++this.inChunk === this.chunkSize) pieces.push(this.closeChunk());
    return pieces;
  }

  /** The rest of the files: the streamed arrays' ends, the aggregated tables, the last text chunk. */
  finish(): Piece[] {
    if (this.finished) throw new Error('DatasetBuilder: finish() twice');
    this.finished = true;
    const pieces: Piece[] = [
      [CORE_FILES.index, this.articles === 0 ? '[]' : ']'],
      [CORE_FILES.figures, this.figures === 0 ? '[]' : ']'],
      [CORE_FILES.activities, JSON.stringify(activityRows(this.rows))],
      [CORE_FILES.funding, JSON.stringify(fundingRows(this.facts))],
      [CORE_FILES.membership, JSON.stringify(membershipSeries(this.facts))],
    ];
    if (this.inChunk > 0) pieces.push(this.closeChunk());
    return pieces;
  }

  /** manifest.json for the files as written (`files`: every file the pieces made, by name). */
  manifest(files: Readonly<Record<string, ManifestFile>>, opts: Omit<BuildOptions, 'textChunkSize'>): string {
    if (!this.finished) throw new Error('DatasetBuilder: manifest() before finish()');
    // The order buildDatasets lists them in: the core files, then the text chunks.
    const names = [...Object.values(CORE_FILES), ...Array.from({ length: this.chunks }, (_, n) => textChunkFile(n))];
    const listed: Record<string, ManifestFile> = {};
    for (const name of names) {
      const f = files[name];
      if (!f) throw new Error(`DatasetBuilder: no size and hash for ${name}`);
      listed[name] = f;
    }
    const manifest: DatasetManifest = {
      schema: DATASET_SCHEMA,
      version: datasetVersion(listed),
      generatedAt: opts.generatedAt,
      counts: { articles: this.articles, provinces: this.provinces.size, figures: this.figures, warnings: opts.warnings ?? 0 },
      files: listed,
      textChunks: this.chunks,
    };
    return JSON.stringify(manifest, null, 2) + '\n';
  }

  private closeChunk(): Piece {
    const piece: Piece = [textChunkFile(this.chunks), objectJson(this.chunk)];
    this.chunks++;
    this.chunk = new Map();
    this.inChunk = 0;
    return piece;
  }
}

const isArrayIndex = (key: string): boolean => /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;

/**
 * JSON.stringify of an object built by assigning these keys in order (as buildDatasets builds a
 * text chunk), from the values' JSON: integer-like keys come first, in numeric order, the others
 * in the order first assigned; "__proto__" is no own key of such an object.
 */
function objectJson(entries: ReadonlyMap<string, string>): string {
  const keys = [...entries.keys()].filter((k) => k !== '__proto__');
  const index = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  const rest = keys.filter((k) => !isArrayIndex(k));
  return '{' + [...index, ...rest].map((k) => `${JSON.stringify(k)}:${entries.get(k)!}`).join(',') + '}';
}
