// Helpers for the data-layer browser tests: the dataset folder the built app serves, a second
// version built from it, and a look inside the app's IndexedDB cache.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { buildDatasets } from '../../data-prep/core/aggregate.ts';
import type { DatasetManifest } from '../../data-prep/core/dataset-types.ts';
import { parseArticlesJsonl, readDatasetDir } from '../core/aggregate-agree.ts';

/** The data folder the built app serves. */
export const DATA_DIR = 'dist/data';

export function servedManifest(): DatasetManifest {
  return JSON.parse(readFileSync(`${DATA_DIR}/manifest.json`, 'utf8')) as DatasetManifest;
}

/** The dataset files of the built app, read from disk. */
export function servedFiles(): Map<string, string> {
  return readDatasetDir(DATA_DIR);
}

/** A different version of the served data: the same articles without the first one. */
export function otherVersion(): Map<string, string> {
  const articles = parseArticlesJsonl(readFileSync(`${DATA_DIR}/articles.jsonl`, 'utf8'));
  return buildDatasets(articles.slice(1), { generatedAt: '2031-05-06T07:08:09.000Z' });
}

/** Serves `files` in place of the data folder for every page of `context`. */
export async function serveData(context: BrowserContext, files: Map<string, string>): Promise<void> {
  await context.route('**/data/**', async (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^.*?\/data\//, ''));
    const body = files.get(name);
    if (body === undefined) await route.fulfill({ status: 404, body: 'not found' });
    else await route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body });
  });
}

/** Makes every request to the data folder fail as if the network were down. */
export async function cutDataNetwork(context: BrowserContext): Promise<void> {
  await context.unroute('**/data/**');
  await context.route('**/data/**', (route) => route.abort('internetdisconnected'));
}

/** Paths under /data/ requested by `page` from now on. */
export function recordDataRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const m = /\/data\/(.*)$/.exec(new URL(r.url()).pathname);
    if (m) seen.push(m[1]!);
  });
  return seen;
}

/** The app's data status once loaded: where the data came from and any notice. */
export async function dataStatus(page: Page): Promise<{ source: string; notice: string; version: string }> {
  const el = page.getByTestId('data-status');
  await el.waitFor({ timeout: 20_000 });
  return {
    source: (await el.getAttribute('data-source')) ?? '',
    notice: (await el.getAttribute('data-notice')) ?? '',
    version: (await el.getAttribute('data-version')) ?? '',
  };
}

/** What the cache holds: the current version and every stored (version, file name). */
export async function cacheContents(page: Page): Promise<{ current: string | null; files: [string, string][] } | null> {
  return page.evaluate(
    () =>
      new Promise<{ current: string | null; files: [string, string][] } | null>((resolve) => {
        const req = indexedDB.open('union-press');
        req.onerror = () => resolve(null);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('meta')) {
            db.close();
            return resolve({ current: null, files: [] });
          }
          const tx = db.transaction(['meta', 'files'], 'readonly');
          const meta = tx.objectStore('meta').get('current');
          const keys = tx.objectStore('files').getAllKeys();
          tx.oncomplete = () => {
            db.close();
            const current = (meta.result as { version?: string } | undefined)?.version ?? null;
            resolve({ current, files: keys.result as unknown as [string, string][] });
          };
        };
      }),
  );
}

/** Replaces the content of one cached file (as a tamperer or a damaged disk would). */
export async function tamperCachedFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ({ name, text }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('union-press');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['meta', 'files'], 'readwrite');
          const meta = tx.objectStore('meta').get('current');
          meta.onsuccess = () => {
            const version = (meta.result as { version: string }).version;
            tx.objectStore('files').put({ version, name, blob: new Blob([text]) });
          };
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    { name, text },
  );
}

/** What start-up downloads besides the manifest: the article index and the figure facts. */
export function coreFileNames(): string[] {
  return ['index.json', 'figures.json'];
}

