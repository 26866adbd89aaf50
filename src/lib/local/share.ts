// Saving the reader's corrections and imported articles as one file (docs/DATA.md, "Corrections
// file"), for `npm run prep -- --corrections FILE` or a colleague's repository.
import { serializeCorrectionsFile } from '../../../data-prep/core/corrections-file.ts';
import type { CorrectionRecord, ImportedRecord } from '../data/db.ts';
import { downloadBlob } from '../export/download.ts';

/** The name the file is saved under. */
export const SHARE_FILE_NAME = 'corrections.json';

/** The file's text. */
export function shareFileText(corrections: Iterable<CorrectionRecord>, imported: readonly ImportedRecord[]): string {
  return serializeCorrectionsFile([...corrections], imported.map((r) => r.article));
}

/** Offers `text` as a download named `name`. */
export function download(text: string, name: string): void {
  downloadBlob(new Blob([text], { type: 'application/json' }), name);
}
