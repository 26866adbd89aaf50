// The reader's imports and corrections in IndexedDB. A change is written in one transaction and
// counts as done only once that transaction has committed.
import type { CacheDb, CorrectionRecord, ImportedRecord } from '../data/db.ts';

/** New states by key: a record to store, or null to delete it. */
export interface LocalChange {
  imported: [string, ImportedRecord | null][];
  corrections: [string, CorrectionRecord | null][];
}

/** Everything stored, imports in the order they were made. */
export async function readLocal(db: CacheDb): Promise<{ imported: ImportedRecord[]; corrections: CorrectionRecord[] }> {
  return db.transaction('r', db.imported, db.corrections, async () => ({
    imported: await db.imported.orderBy('importedAt').toArray(),
    corrections: await db.corrections.toArray(),
  }));
}

/** Writes `change` atomically; resolves once committed, rejects (having written nothing) otherwise. */
export async function commitChange(db: CacheDb, change: LocalChange): Promise<void> {
  const puts = <T,>(list: [string, T | null][]) => list.flatMap(([, r]) => (r ? [r] : []));
  const deletes = <T,>(list: [string, T | null][]) => list.flatMap(([k, r]) => (r ? [] : [k]));
  await db.transaction('rw', db.imported, db.corrections, async () => {
    await db.imported.bulkDelete(deletes(change.imported));
    await db.imported.bulkPut(puts(change.imported));
    await db.corrections.bulkDelete(deletes(change.corrections));
    await db.corrections.bulkPut(puts(change.corrections));
  });
}
