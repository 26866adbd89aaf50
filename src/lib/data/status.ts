// What the dashboard tells the reader about where its data came from.

/** cache: IndexedDB held this version; network: downloaded and stored; memory: downloaded, not
 * stored (see notice); offline-cache: the manifest could not be fetched, the cached version is shown. */
export type DataSource = 'cache' | 'network' | 'memory' | 'offline-cache';

/** Why the data is not the usual cache/network path. */
export type DataNotice =
  /** The manifest could not be fetched; the data shown is the cached version of `generatedAt`. */
  | 'offline'
  /** This browser has no IndexedDB (or it is disabled): nothing is kept between visits. */
  | 'no-storage'
  /** Another tab holds an older version of the cache open. */
  | 'blocked'
  /** Storing failed because the storage quota is exhausted. */
  | 'quota'
  /** Storing failed for another reason. */
  | 'storage-failed';

/** Where the data came from, for the header and for tests. */
export interface DataStatus {
  source: DataSource;
  notice?: DataNotice;
  generatedAt: string;
  version: string;
}
