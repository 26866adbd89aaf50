// Extracted articles → the dataset files the dashboard reads (see docs/DATA.md).
// Pure: returns file name → content; the CLI writes them atomically beside articles.jsonl.
import type { ExtractedArticle } from './types.ts';
import type { CoreDatasets, DatasetManifest, ManifestFile, TextChunk } from './dataset-types.ts';
import { CORE_FILES, DATASET_SCHEMA, textChunkFile } from './dataset-types.ts';
import { DEFAULT_TEXT_CHUNK_SIZE, indexAndTexts } from './aggregate-index.ts';
import { figureFile, indexFile } from './aggregate-columns.ts';
import { figureFacts } from './aggregate-facts.ts';
import { activityRows } from './aggregate-activities.ts';
import { fundingRows } from './aggregate-funding.ts';
import { membershipSeries } from './aggregate-membership.ts';
import { sha256, utf8Bytes } from './aggregate-hash.ts';

/** Options of buildDatasets. */
export interface BuildOptions {
  /** ISO timestamp written to the manifest (passed in so the stage stays deterministic). */
  generatedAt: string;
  /** Number of input warnings of the run, for the manifest's counts. */
  warnings?: number;
  /** Articles per texts/<n>.json chunk (default 100). */
  textChunkSize?: number;
}

/** The core datasets (everything loaded at start) and the text chunks, from extracted articles. */
export function coreDatasets(
  articles: readonly ExtractedArticle[],
  textChunkSize?: number,
): { core: CoreDatasets; chunks: TextChunk[] } {
  const { index, chunks } = indexAndTexts(articles, textChunkSize);
  const figures = figureFacts(articles);
  const core: CoreDatasets = {
    index,
    figures,
    activities: activityRows(index),
    funding: fundingRows(figures),
    membership: membershipSeries(figures),
  };
  return { core, chunks };
}

/**
 * The manifest's version: a hash over every other file's name and hash, so it changes exactly
 * when some file's content does (and not with generatedAt).
 */
export function datasetVersion(files: Record<string, ManifestFile>): string {
  const lines = Object.keys(files)
    .sort()
    .map((name) => `${name}\t${files[name]!.sha256}\n`);
  return sha256(lines.join(''));
}

/** Builds every dataset file, manifest.json last. Does not mutate `articles`. */
export function buildDatasets(articles: readonly ExtractedArticle[], opts: BuildOptions): Map<string, string> {
  const chunkSize = opts.textChunkSize ?? DEFAULT_TEXT_CHUNK_SIZE;
  const { core, chunks } = coreDatasets(articles, chunkSize);
  const out = new Map<string, string>();
  // The index and the facts by column (see dataset-types.ts); the tables as rows.
  const content: Record<keyof CoreDatasets, unknown> = { ...core, index: indexFile(core.index, chunkSize), figures: figureFile(core.figures) };
  for (const key of Object.keys(CORE_FILES) as (keyof CoreDatasets)[]) {
    out.set(CORE_FILES[key], JSON.stringify(content[key]));
  }
  chunks.forEach((chunk, n) => out.set(textChunkFile(n), JSON.stringify(chunk)));

  const files: Record<string, ManifestFile> = {};
  for (const [name, content] of out) files[name] = { bytes: utf8Bytes(content), sha256: sha256(content) };
  const manifest: DatasetManifest = {
    schema: DATASET_SCHEMA,
    version: datasetVersion(files),
    generatedAt: opts.generatedAt,
    counts: {
      articles: core.index.length,
      provinces: new Set(core.index.map((a) => a.provinceCode).filter((c) => c !== null)).size,
      figures: core.figures.length,
      warnings: opts.warnings ?? 0,
    },
    files,
    textChunks: chunks.length,
  };
  out.set('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
  return out;
}
