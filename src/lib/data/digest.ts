// SHA-256 of a dataset file as the manifest lists it. The browser's own (crypto.subtle) hashes the
// ~15 MB a 10⁵-article dataset loads in tens of milliseconds; it exists only in a secure context
// (https, localhost), so a page served over plain http elsewhere falls back to the prep's
// JavaScript implementation, which gives the same hash more slowly.
import { sha256 } from '../../../data-prep/core/aggregate-hash.ts';

const encoder = new TextEncoder();

/** SHA-256 of bytes (or of a string's UTF-8 bytes), as 64 lowercase hex digits. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256(data);
  const digest = new Uint8Array(await subtle.digest('SHA-256', typeof data === 'string' ? encoder.encode(data) : (data as Uint8Array<ArrayBuffer>)));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}
