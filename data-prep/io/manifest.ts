// The optional manifest.json beside the input files: per-file publication date, paper and region.
//   { "files": { "a/b.txt": { "published": "2021-05-18", "source": "工人日报", "region": "浙江" } } }
// Also accepted: the same object without "files", and [{ "file": "a/b.txt", … }].
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Warning } from '../core/types.ts';
import { decodeBytes } from './decode.ts';
import { isoDate } from './iso-date.ts';

/** What the manifest says about one file; null where it says nothing (or nothing valid). */
export interface ManifestEntry {
  published: string | null;
  source: string | null;
  /** As written: a division code ("330000") or a name ("浙江"); resolved by a later stage. */
  region: string | null;
}

/** Manifest entries keyed by path relative to the input root (POSIX separators, NFC). */
export type Manifest = Map<string, ManifestEntry>;

export const MANIFEST_NAME = 'manifest.json';

/** "./a\\b.txt" → "a/b.txt", so manifest keys match walkInputs' paths. */
export function manifestKey(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').normalize('NFC');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function entry(key: string, v: unknown, warn: (m: string) => void): ManifestEntry | null {
  if (!isObject(v)) {
    warn(`entry "${key}" is not an object; ignored`);
    return null;
  }
  const text = (name: string, value: unknown): string | null => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return value.trim() || null;
    if (typeof value === 'number' && name === 'region') return String(value);
    warn(`entry "${key}": "${name}" is ${typeof value}, not a string; ignored`);
    return null;
  };
  const rawDate = text('published', v.published);
  const published = rawDate === null ? null : isoDate(rawDate);
  if (rawDate !== null && published === null) warn(`entry "${key}": "published" is not YYYY-MM-DD (${JSON.stringify(rawDate)}); ignored`);
  return { published, source: text('source', v.source ?? v.publication), region: text('region', v.region) };
}

/** Parses manifest text in any of the three forms; problems come back as Warnings, never thrown. */
export function parseManifest(text: string): { manifest: Manifest; warnings: Warning[] } {
  const manifest: Manifest = new Map();
  const warnings: Warning[] = [];
  const warn = (message: string): void => void warnings.push({ file: MANIFEST_NAME, message });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    warn(`not JSON (${e instanceof Error ? e.message : String(e)}); manifest ignored`);
    return { manifest, warnings };
  }
  const pairs: [string, unknown][] = [];
  if (Array.isArray(doc)) {
    doc.forEach((item, i) => {
      if (isObject(item) && typeof item.file === 'string') pairs.push([item.file, item]);
      else warn(`item ${i + 1} has no "file" string; ignored`);
    });
  } else if (isObject(doc)) {
    pairs.push(...Object.entries(isObject(doc.files) ? doc.files : doc));
  } else {
    warn('neither an object nor an array; manifest ignored');
  }
  for (const [key, v] of pairs) {
    const e = entry(key, v, warn);
    if (e) manifest.set(manifestKey(key), e);
  }
  return { manifest, warnings };
}

/** Reads `dir`/manifest.json when there is one; an absent manifest is an empty one. */
export async function readManifest(dir: string): Promise<{ manifest: Manifest; warnings: Warning[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(dir, MANIFEST_NAME));
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : String(e);
    if (code === 'ENOENT') return { manifest: new Map(), warnings: [] };
    return { manifest: new Map(), warnings: [{ file: MANIFEST_NAME, message: `cannot read: ${code}; manifest ignored` }] };
  }
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return { manifest: new Map(), warnings: [{ file: MANIFEST_NAME, message: `${decoded.error}; manifest ignored` }] };
  return parseManifest(decoded.text);
}
