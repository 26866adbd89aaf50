// Offering a file to the reader (browser only). Everything is made in the page: no request.

/** Saves `blob` under `name` through the browser's download. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked once the click has been handled; some browsers cancel a download revoked at once.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
