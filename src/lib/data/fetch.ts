// Downloads from the data folder. Every dataset file is checked against the manifest's SHA-256,
// so a file from another version (a deploy in progress, a stale proxy) is never used. Files are
// kept as the bytes downloaded: hashed as they are, stored as they are (a copy of bytes, where a
// string of the same text costs IndexedDB twice the space and a serialisation), decoded to parse.
import type { DatasetManifest } from '../../../data-prep/core/dataset-types.ts';
import { isManifest } from './validate.ts';
import { sha256Hex } from './digest.ts';

/** A fetch-like function (the global one in the app; a stub in tests). */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** A download that failed or did not match the manifest. */
export class DataFetchError extends Error {
  override name = 'DataFetchError';
}

async function getText(fetchFn: Fetch, url: string): Promise<string> {
  const res = await fetchFn(url, { cache: 'no-cache' });
  if (!res.ok) throw new DataFetchError(`${url}: HTTP ${res.status}`);
  return res.text();
}

/** Fetches and checks manifest.json from `base` (the data folder's URL, ending in '/'). */
export async function fetchManifest(fetchFn: Fetch, base: string): Promise<DatasetManifest> {
  const json: unknown = JSON.parse(await getText(fetchFn, new URL('manifest.json', base).href));
  if (!isManifest(json)) throw new DataFetchError('manifest.json has an unknown shape or schema');
  return json;
}

/** True when `bytes` are the content the manifest lists for `name`. */
export async function matchesManifest(manifest: DatasetManifest, name: string, bytes: Uint8Array): Promise<boolean> {
  const entry = manifest.files[name];
  return entry !== undefined && entry.bytes === bytes.length && (await sha256Hex(bytes)) === entry.sha256;
}

const decoder = new TextDecoder();

/** A dataset file's bytes as text (UTF-8). */
export function fileText(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Fetches one dataset file and checks it against the manifest; its bytes. */
export async function fetchFile(fetchFn: Fetch, base: string, manifest: DatasetManifest, name: string): Promise<Uint8Array> {
  if (!manifest.files[name]) throw new DataFetchError(`${name} is not in the manifest`);
  const url = new URL(name, base).href;
  const res = await fetchFn(url, { cache: 'no-cache' });
  if (!res.ok) throw new DataFetchError(`${url}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (!(await matchesManifest(manifest, name, bytes))) throw new DataFetchError(`${name} does not match manifest version ${manifest.version.slice(0, 8)}`);
  return bytes;
}
