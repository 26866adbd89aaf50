// Saving the reader's corrections and imported articles as one file (docs/DATA.md, "Corrections
// file"), for `npm run prep -- --corrections FILE` or a colleague's repository.
import { serializeCorrectionsFile } from '../../../data-prep/core/corrections-file.ts';
import type { CorrectionRecord, ImportedRecord } from '../data/db.ts';

/** The name the file is saved under. */
export const SHARE_FILE_NAME = 'corrections.json';

/** The file's text. */
export function shareFileText(corrections: Iterable<CorrectionRecord>, imported: readonly ImportedRecord[]): string {
  return serializeCorrectionsFile([...corrections], imported.map((r) => r.article));
}

/** Offers `text` as a download named `name`. */
export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
