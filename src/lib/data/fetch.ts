// Downloads from the data folder. Every dataset file is checked against the manifest's SHA-256,
// so a file from another version (a deploy in progress, a stale proxy) is never used.
import type { DatasetManifest } from '../../../data-prep/core/dataset-types.ts';
import { sha256 } from '../../../data-prep/core/aggregate-hash.ts';
import { isManifest } from './validate.ts';

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

/** True when `text` is the content the manifest lists for `name`. */
export function matchesManifest(manifest: DatasetManifest, name: string, text: string): boolean {
  const entry = manifest.files[name];
  return entry !== undefined && sha256(text) === entry.sha256;
}

/** Fetches one dataset file and checks it against the manifest. */
export async function fetchFile(fetchFn: Fetch, base: string, manifest: DatasetManifest, name: string): Promise<string> {
  if (!manifest.files[name]) throw new DataFetchError(`${name} is not in the manifest`);
  const text = await getText(fetchFn, new URL(name, base).href);
  if (!matchesManifest(manifest, name, text)) throw new DataFetchError(`${name} does not match manifest version ${manifest.version.slice(0, 8)}`);
  return text;
}
