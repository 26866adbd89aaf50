// Reading and writing one dataset version in the cache. A version is written in one transaction
// that also drops every other version, so the cache holds a whole version or none; what is read
// back is checked against the manifest's hashes, so a damaged or tampered cache reads as empty.
import type { Transaction } from 'dexie';
import type { CacheDb, FileRecord } from './db.ts';
import type { DatasetManifest } from '../../../data-prep/core/dataset-types.ts';
import { matchesManifest } from './fetch.ts';
import { isManifest } from './validate.ts';

/**
 * The files `names` of `manifest`'s version, or null when the cache holds another version or any
 * file is missing or does not match its hash.
 */
export async function readVersion(db: CacheDb, manifest: DatasetManifest, names: readonly string[]): Promise<Map<string, string> | null> {
  return db.transaction('r', db.meta, db.files, async () => {
    const current = await db.meta.get('current');
    if (current?.version !== manifest.version) return null;
    const records = await db.files.bulkGet(names.map((n): [string, string] => [manifest.version, n]));
    const out = new Map<string, string>();
    for (const [i, name] of names.entries()) {
      const rec = records[i];
      if (!rec || typeof rec.text !== 'string' || !matchesManifest(manifest, name, rec.text)) return null;
      out.set(name, rec.text);
    }
    return out;
  });
}

/** The manifest of the version the cache holds, if any (for starting without network). */
export async function readCurrentManifest(db: CacheDb): Promise<DatasetManifest | null> {
  const current = await db.meta.get('current');
  return current && isManifest(current.manifest) && current.manifest.version === current.version ? current.manifest : null;
}

/** Stores a whole version and drops the others, atomically. Rejects (and stores nothing) on failure. */
export async function storeVersion(db: CacheDb, manifest: DatasetManifest, files: ReadonlyMap<string, string>): Promise<void> {
  const records: FileRecord[] = [...files].map(([name, text]) => ({ version: manifest.version, name, text }));
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
export async function readFile(db: CacheDb, manifest: DatasetManifest, name: string): Promise<string | null> {
  const rec = await db.files.get([manifest.version, name]);
  return rec && typeof rec.text === 'string' && matchesManifest(manifest, name, rec.text) ? rec.text : null;
}

/** Adds one file (a text chunk) to the stored version; does nothing if the cache moved on. */
export async function storeFile(db: CacheDb, manifest: DatasetManifest, name: string, text: string): Promise<void> {
  await db.transaction('rw', db.meta, db.files, async () => {
    if ((await db.meta.get('current'))?.version !== manifest.version) return;
    await db.files.put({ version: manifest.version, name, text });
  });
}
