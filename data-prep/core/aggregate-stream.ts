// buildDatasets one article at a time, for corpora too large to hold: the text chunks go out as
// pieces while articles come in, and only what the other files need stays in memory: the index
// and the figure facts as columns of codes (aggregate-columns.ts), and for the aggregated tables
// per article a shared record of its place, themes and date, per funding or membership figure its
// value without the quote. The files are the same, byte for byte, as buildDatasets writes for the
// same articles in the same order (test/scale checks it). Articles may come already prepared
// (article-pieces.ts), as page workers send them.
import type { ExtractedArticle } from './types.ts';
import type { DatasetManifest, FactFields, ManifestFile } from './dataset-types.ts';
import { CORE_FILES, DATASET_SCHEMA, textChunkFile } from './dataset-types.ts';
import { DEFAULT_TEXT_CHUNK_SIZE } from './aggregate-index.ts';
import { activityRows } from './aggregate-activities.ts';
import { fundingRows, isFunding } from './aggregate-funding.ts';
import { isMembership, membershipSeries } from './aggregate-membership.ts';
import { datasetVersion, type BuildOptions } from './aggregate.ts';
import { articlePieces, type ArticlePieces } from './article-pieces.ts';
import { DatasetTables } from './aggregate-tables.ts';
import { FigureColumns, IndexColumns } from './aggregate-columns.ts';

/** A piece of an output file (text, or UTF-8 bytes): appended to `name` in order; `last` ends the file. */
export type Piece = [name: string, chunk: string | Uint8Array, last?: boolean];

/** Builds the dataset files incrementally: add() each article, then finish(), then manifest(). */
export class DatasetBuilder {
  private readonly chunkSize: number;
  private readonly index = new IndexColumns();
  private readonly figures = new FigureColumns();
  private chunks = 0;
  private chunk = new Map<string, Uint8Array>();
  private inChunk = 0;
  private readonly tables = new DatasetTables();
  private finished = false;

  constructor(textChunkSize = DEFAULT_TEXT_CHUNK_SIZE) {
    if (!Number.isInteger(textChunkSize) || textChunkSize < 1) {
      throw new RangeError(`textChunkSize must be a positive integer, got ${textChunkSize}`);
    }
    this.chunkSize = textChunkSize;
  }

  /** Takes the next article (in output order); returns the pieces of output it completes. */
  add(a: ExtractedArticle): Piece[] {
    return this.addPieces(articlePieces(a));
  }

  /** add() for an article prepared elsewhere (see article-pieces.ts). */
  addPieces(p: ArticlePieces): Piece[] {
    if (this.finished) throw new Error('DatasetBuilder: add() after finish()');
    const { row } = p;
    // One string for the id in the index and the tables (the row's copy is equal to it).
    this.index.add(row, p.id);
    for (const f of p.facts) this.figures.add(f);
    const counted = p.facts.filter((f) => isFunding(f) || isMembership(f));
    this.tables.add(p.id, { scope: row.scope, provinceCode: row.provinceCode, themes: row.themes, year: row.year, month: row.month }, counted);
    this.chunk.set(p.id, p.text);
    return ++this.inChunk === this.chunkSize ? [this.closeChunk()] : [];
  }

  /**
   * The rest of the files: the index and the facts, the aggregated tables, the last text chunk.
   * Made as they are taken, so the large files' JSON is never held whole (one field at a time).
   */
  finish(): Iterable<Piece> {
    if (this.finished) throw new Error('DatasetBuilder: finish() twice');
    this.finished = true;
    return this.rest();
  }

  private *rest(): Generator<Piece> {
    const facts = this.tables.facts;
    function* whole(name: string, parts: Iterable<string>): Generator<Piece> {
      let prev: string | null = null;
      for (const part of parts) {
        if (prev !== null) yield [name, prev];
        prev = part;
      }
      yield [name, prev ?? '', true];
    }
    yield* whole(CORE_FILES.index, this.index.json(this.chunkSize));
    yield* whole(CORE_FILES.figures, this.figures.json());
    yield [CORE_FILES.activities, JSON.stringify(activityRows(this.tables.rows())), true];
    yield [CORE_FILES.funding, JSON.stringify(fundingRows(facts)), true];
    yield [CORE_FILES.membership, JSON.stringify(membershipSeries(facts)), true];
    if (this.inChunk > 0) yield this.closeChunk();
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
      counts: { articles: this.index.count, provinces: this.tables.provinces, figures: this.figures.count, warnings: opts.warnings ?? 0 },
      files: listed,
      textChunks: this.chunks,
    };
    return JSON.stringify(manifest, null, 2) + '\n';
  }

  private closeChunk(): Piece {
    const piece: Piece = [textChunkFile(this.chunks), objectJson(this.chunk), true];
    this.chunks++;
    this.chunk = new Map();
    this.inChunk = 0;
    return piece;
  }
}

export type { FactFields };

const isArrayIndex = (key: string): boolean => /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;
const encoder = new TextEncoder();

/**
 * JSON.stringify of an object built by assigning these keys in order (as buildDatasets builds a
 * text chunk), from the values' JSON as UTF-8: integer-like keys come first, in numeric order, the
 * others in the order first assigned; "__proto__" is no own key of such an object.
 */
function objectJson(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const keys = [...entries.keys()].filter((k) => k !== '__proto__');
  const ordered = [...keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b)), ...keys.filter((k) => !isArrayIndex(k))];
  const parts: Uint8Array[] = [encoder.encode('{')];
  ordered.forEach((k, i) => parts.push(encoder.encode(`${i ? ',' : ''}${JSON.stringify(k)}:`), entries.get(k)!));
  parts.push(encoder.encode('}'));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
