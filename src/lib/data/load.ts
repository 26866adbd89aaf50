// Start-up: fetch manifest.json only; take the datasets from the cache when it holds that version,
// else download them, check them and store them as one version. Degrades, never half-loads:
// without network the cached version is shown (with its age); without a usable cache the data
// lives in memory for this visit. Only the article index and the figure facts are loaded: every
// chart is computed from them (the aggregated tables are for reports), and texts come on demand.
import type { DatasetManifest } from '../../../data-prep/core/dataset-types.ts';
import { CORE_FILES } from '../../../data-prep/core/dataset-types.ts';
import { type CacheDb, type CacheOpen, DB_NAME, openCache } from './db.ts';
import { readCurrentManifest, readVersion, storeVersion } from './cache.ts';
import { type Fetch, DataFetchError, fetchFile, fetchManifest, fileText } from './fetch.ts';
import { isFigureFile, isIndexFile } from './validate.ts';
import { tablesFromFiles, type Tables } from './tables.ts';
import { describeError, isQuotaError } from './errors.ts';
import type { DataNotice, DataStatus } from './status.ts';
import { TextStore } from './texts.ts';

/** Everything the dashboard needs at start, and a way to load texts later. */
export interface LoadedData {
  status: DataStatus;
  manifest: DatasetManifest;
  tables: Tables;
  texts: TextStore;
  /** The open cache, for the reader's imports and corrections; null when it cannot be used. */
  db: CacheDb | null;
}

export interface LoadOptions {
  /** URL of the data folder, ending in '/'. Default: ./data/ next to the page. */
  base?: string;
  fetch?: Fetch;
  dbName?: string;
  /** How long to wait for the cache to open before working from memory. */
  openTimeoutMs?: number;
  /** Where to report what went wrong (console.warn in the app). */
  log?: (msg: string) => void;
  /** Called with the cache as soon as it is open, before the datasets are read. */
  onCache?: (db: CacheDb) => void;
}

/** Starting without network and without a cached version. */
export class NoDataError extends Error {
  override name = 'NoDataError';
}

/** The files loaded at start. */
export const START_FILES: readonly string[] = [CORE_FILES.index, CORE_FILES.figures];

function parseTables(files: ReadonlyMap<string, Uint8Array>, manifest: DatasetManifest): Tables | null {
  const json = (name: string): unknown => {
    const bytes = files.get(name);
    return bytes ? JSON.parse(fileText(bytes)) : null;
  };
  let index: unknown;
  let figures: unknown;
  try {
    index = json(CORE_FILES.index);
    figures = json(CORE_FILES.figures);
  } catch {
    return null;
  }
  if (!isIndexFile(index, manifest.counts.articles) || !isFigureFile(figures, manifest.counts.figures, index)) return null;
  return tablesFromFiles(index, figures);
}

async function download(fetchFn: Fetch, base: string, manifest: DatasetManifest): Promise<Map<string, Uint8Array>> {
  const files = await Promise.all(START_FILES.map((n) => fetchFile(fetchFn, base, manifest, n)));
  return new Map(START_FILES.map((n, i) => [n, files[i]!]));
}

const unavailableNotice = (open: CacheOpen): DataNotice | undefined =>
  'db' in open ? undefined : open.unavailable === 'missing' ? 'no-storage' : open.unavailable === 'blocked' ? 'blocked' : 'storage-failed';

/** Loads the datasets; rejects with NoDataError when there is neither network nor cache. */
export async function loadData(opts: LoadOptions = {}): Promise<LoadedData> {
  const fetchFn = opts.fetch ?? ((input, init) => fetch(input, init));
  const base = opts.base ?? new URL('data/', document.baseURI).href;
  const log = opts.log ?? (() => {});
  const [manifestResult, open] = await Promise.all([
    fetchManifest(fetchFn, base).then(
      (m) => ({ manifest: m }),
      (error: unknown) => ({ error }),
    ),
    openCache(opts.dbName ?? DB_NAME, opts.openTimeoutMs).then((open) => {
      if ('db' in open) opts.onCache?.(open.db);
      return open;
    }),
  ]);
  const db: CacheDb | null = 'db' in open ? open.db : null;
  if (!('db' in open)) log(`cache unavailable (${open.unavailable}) ${'error' in open ? describeError(open.error) : ''}`);
  const done = (manifest: DatasetManifest, tables: Tables, source: DataStatus['source'], notice?: DataNotice): LoadedData => ({
    status: { source, generatedAt: manifest.generatedAt, version: manifest.version, ...(notice ? { notice } : {}) },
    manifest,
    tables,
    texts: new TextStore(manifest, source === 'memory' ? null : db, fetchFn, base, log),
    db,
  });

  if ('error' in manifestResult) {
    log(`manifest not fetched: ${describeError(manifestResult.error)}`);
    const cached = db ? await fromCache(db, null, log) : null;
    if (!cached) throw new NoDataError('The data cannot be downloaded and no copy is stored in this browser.');
    return done(cached.manifest, cached.tables, 'offline-cache', 'offline');
  }

  const { manifest } = manifestResult;
  if (db) {
    const cached = await fromCache(db, manifest, log);
    if (cached) return done(manifest, cached.tables, 'cache');
  }
  let files: Map<string, Uint8Array>;
  try {
    files = await download(fetchFn, base, manifest);
  } catch (e) {
    // Mid-way failure (network lost, a deploy in progress): an older complete version beats none.
    log(`datasets not downloaded: ${describeError(e)}`);
    const cached = db ? await fromCache(db, null, log) : null;
    if (!cached) throw e;
    return done(cached.manifest, cached.tables, 'offline-cache', 'offline');
  }
  const tables = parseTables(files, manifest);
  if (!tables) throw new DataFetchError(`datasets of version ${manifest.version.slice(0, 8)} have an unknown shape`);
  if (!db) return done(manifest, tables, 'memory', unavailableNotice(open));
  try {
    await storeVersion(db, manifest, files);
    return done(manifest, tables, 'network');
  } catch (e) {
    log(`datasets not stored: ${describeError(e)}`);
    return done(manifest, tables, 'memory', isQuotaError(e) ? 'quota' : 'storage-failed');
  }
}

/** The cached start files of `manifest` (or of whatever version is cached when null), checked. */
async function fromCache(db: CacheDb, manifest: DatasetManifest | null, log: (m: string) => void) {
  try {
    const m = manifest ?? (await readCurrentManifest(db));
    if (!m) return null;
    const read = await readVersion(db, m, START_FILES);
    if (!read) return null;
    // Parsed while their hashes are computed; used only if those match.
    const tables = parseTables(read.files, m);
    if (!(await read.match)) return null;
    if (!tables) log('cached datasets have an unknown shape; downloading them again');
    return tables ? { manifest: m, tables } : null;
  } catch (e) {
    log(`cache not read: ${describeError(e)}`);
    return null;
  }
}
