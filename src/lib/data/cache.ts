// Reading and writing one dataset version in the cache. A version is written in one transaction
// that also drops every other version, so the cache holds a whole version or none; what is read
// back is checked against the manifest's hashes, so a damaged or tampered cache reads as empty.
import type { Transaction } from 'dexie';
import type { CacheDb, FileRecord } from './db.ts';
import type { DatasetManifest } from '../../../data-prep/core/dataset-types.ts';
import { matchesManifest } from './fetch.ts';
import { isManifest } from './validate.ts';

/** Files read from the cache, and whether they all match the manifest's hashes. */
export interface ReadFiles {
  files: Map<string, Uint8Array>;
  /** Settles while the caller parses the files (the browser hashes them off the main thread). */
  match: Promise<boolean>;
}

/**
 * The files `names` of `manifest`'s version and their hash check, or null when the cache holds
 * another version or any file is missing.
 */
export async function readVersion(db: CacheDb, manifest: DatasetManifest, names: readonly string[]): Promise<ReadFiles | null> {
  const records = await db.transaction('r', db.meta, db.files, async () => {
    const current = await db.meta.get('current');
    if (current?.version !== manifest.version) return null;
    return db.files.bulkGet(names.map((n): [string, string] => [manifest.version, n]));
  });
  if (!records) return null;
  // Read and hashed after the transaction: it would end while waiting for a promise not its own.
  const bytes = await Promise.all(records.map(bytesOf));
  if (bytes.some((b) => b === null)) return null;
  const files = new Map(names.map((name, i) => [name, bytes[i]!]));
  const match = Promise.all(names.map((name, i) => matchesManifest(manifest, name, bytes[i]!))).then((all) => all.every(Boolean));
  return { files, match };
}

/** A record's bytes; null when it holds none (a record of an older dashboard). */
async function bytesOf(rec: FileRecord | undefined): Promise<Uint8Array | null> {
  return rec && rec.blob instanceof Blob ? new Uint8Array(await rec.blob.arrayBuffer()) : null;
}

/** The manifest of the version the cache holds, if any (for starting without network). */
export async function readCurrentManifest(db: CacheDb): Promise<DatasetManifest | null> {
  const current = await db.meta.get('current');
  return current && isManifest(current.manifest) && current.manifest.version === current.version ? current.manifest : null;
}

/** Stores a whole version and drops the others, atomically. Rejects (and stores nothing) on failure. */
export async function storeVersion(db: CacheDb, manifest: DatasetManifest, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  const records: FileRecord[] = [...files].map(([name, bytes]) => ({ version: manifest.version, name, blob: new Blob([bytes as Uint8Array<ArrayBuffer>]) }));
  let trans: Transaction | null = null;
  try {
    await db.transaction('rw', db.meta, db.files, async (tx) => {
      trans = tx;
      await db.files.where('version').notEqual(manifest.version).delete();
      await db.files.bulkPut(records);
      await db.meta.put({ key: 'current', version: manifest.version, manifest, storedAt: new Date().toISOString() });
    });
  } catch (e) {
    // When the browser aborts the transaction (a full disk), the reason is on the native
    // transaction while the requests only report AbortError: keep it as the error's cause.
    const reason = (trans as Transaction | null)?.idbtrans?.error ?? null;
    throw reason && e instanceof Error && !e.cause ? Object.assign(e, { cause: reason }) : e;
  }
}

/** One file of a version, checked; null when absent or not matching. */
export async function readFile(db: CacheDb, manifest: DatasetManifest, name: string): Promise<Uint8Array | null> {
  const bytes = await bytesOf(await db.files.get([manifest.version, name]));
  return bytes && (await matchesManifest(manifest, name, bytes)) ? bytes : null;
}

/** Adds one file (a text chunk) to the stored version; does nothing if the cache moved on. */
export async function storeFile(db: CacheDb, manifest: DatasetManifest, name: string, bytes: Uint8Array): Promise<void> {
  await db.transaction('rw', db.meta, db.files, async () => {
    if ((await db.meta.get('current'))?.version !== manifest.version) return;
    await db.files.put({ version: manifest.version, name, blob: new Blob([bytes as Uint8Array<ArrayBuffer>]) });
  });
}
