// The dashboard's IndexedDB cache (Dexie). It holds one dataset version at a time: the bytes of
// each file as downloaded, so what is read back can be checked against the manifest's SHA-256.
// They are stored as Blobs, which the browser keeps as files of their own and reads back about
// twice as fast as the same bytes inside a record (tens of milliseconds at 10⁵ articles).
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { DatasetManifest } from '../../../data-prep/core/dataset-types.ts';
import type { ExtractedArticle } from '../../../data-prep/core/types.ts';
import type { ArticleCorrection } from '../../../data-prep/core/corrections.ts';

/** The version the cache holds; key is always 'current'. */
export interface CurrentRecord {
  key: 'current';
  version: string;
  manifest: DatasetManifest;
  storedAt: string;
}

/** One dataset file of one version, as downloaded. (Records of older dashboards hold `text` instead: read as missing.) */
export interface FileRecord {
  version: string;
  name: string;
  blob: Blob;
}

/** An article the reader imported: kept apart from the dataset versions, never dropped with one. */
export interface ImportedRecord {
  id: string;
  article: ExtractedArticle;
  /** ISO time of the import, for the list's order. */
  importedAt: string;
}

/** A reader's correction to one article (built or imported), kept across dataset versions. */
export interface CorrectionRecord extends ArticleCorrection {
  /** ISO time of the last change. */
  updatedAt: string;
}

export const DB_NAME = 'union-press';

/** The Dexie database. Schema changes add a `this.version(n + 1)` block; never edit an old one. */
export class CacheDb extends Dexie {
  meta!: EntityTable<CurrentRecord, 'key'>;
  files!: Table<FileRecord, [string, string]>;
  imported!: EntityTable<ImportedRecord, 'id'>;
  corrections!: EntityTable<CorrectionRecord, 'articleId'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      meta: 'key',
      files: '[version+name], version',
    });
    // The reader's own articles and corrections, in tables of their own: storing a new dataset
    // version (which clears `files`) never touches them.
    this.version(2).stores({
      imported: 'id, importedAt',
      corrections: 'articleId',
    });
  }
}

/** Why the cache cannot be used; the dashboard then works from memory. */
export type CacheUnavailable = 'missing' | 'blocked' | 'failed';

/** The outcome of opening the cache. */
export type CacheOpen = { db: CacheDb } | { unavailable: CacheUnavailable; error?: unknown };

/**
 * Opens the cache. Gives up with 'blocked' when another tab holds an older schema open and does
 * not close it (the upgrade would wait for it), and after `timeoutMs` for the same reason.
 * Closes itself when another tab wants to upgrade, so that tab is never blocked by this one.
 */
export async function openCache(name = DB_NAME, timeoutMs = 4000): Promise<CacheOpen> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) return { unavailable: 'missing' };
  const db = new CacheDb(name);
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  let giveUp: (why: CacheOpen) => void = () => {};
  const gaveUp = new Promise<CacheOpen>((resolve) => (giveUp = resolve));
  db.on('blocked', () => giveUp({ unavailable: 'blocked' }));
  const timer = setTimeout(() => giveUp({ unavailable: 'blocked' }), timeoutMs);
  const opened = db.open().then(
    (): CacheOpen => ({ db }),
    (error: unknown): CacheOpen => ({ unavailable: isMissingApi(error) ? 'missing' : 'failed', error }),
  );
  const result = await Promise.race([opened, gaveUp]);
  clearTimeout(timer);
  if (!('db' in result)) db.close();
  return result;
}

function isMissingApi(e: unknown): boolean {
  return e instanceof Error && e.name === 'MissingAPIError';
}
