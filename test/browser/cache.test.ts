// The dashboard's data layer in a real browser: what is downloaded, what comes from IndexedDB,
// and how it degrades (offline, new version, full disk, no IndexedDB, other tabs, tampering).
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, serveDist, trackErrors, type Served } from './harness.ts';
import {
  cacheContents,
  coreFileNames,
  cutDataNetwork,
  dataStatus,
  otherVersion,
  recordDataRequests,
  serveData,
  servedManifest,
  tamperCachedFile,
} from './data-helpers.ts';
import type { DatasetManifest } from '../../data-prep/core/dataset-types.ts';

let browser: Browser;
let served: Served;
let context: BrowserContext;
let page: Page;
let errors: string[];
const manifest = servedManifest();

beforeAll(async () => {
  served = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});
beforeEach(async () => {
  // A fresh context is a fresh profile: an empty IndexedDB.
  context = await browser.newContext({ timezoneId: 'UTC', locale: 'zh-CN' });
  page = await context.newPage();
  errors = trackErrors(page);
});
afterEach(async () => {
  await context.close();
});

async function visit(p: Page = page) {
  await p.goto(served.url);
  return dataStatus(p);
}

describe('the data cache', () => {
  it('first load downloads and stores the data; the second reads IndexedDB and fetches only the manifest', async () => {
    const first = recordDataRequests(page);
    expect(await visit()).toMatchObject({ source: 'network', notice: '', version: manifest.version });
    for (const name of coreFileNames()) expect(first).toContain(name);
    // The aggregated tables are for reports: every chart is computed from the index and the facts.
    for (const name of ['activities.json', 'funding.json', 'membership.json']) expect(first).not.toContain(name);
    expect(first.some((n) => n.startsWith('texts/'))).toBe(false);
    const stored = await cacheContents(page);
    expect(stored?.current).toBe(manifest.version);
    expect(stored?.files.map(([, n]) => n).sort()).toEqual([...coreFileNames()].sort());

    const second = await context.newPage();
    const requests = recordDataRequests(second);
    expect(await visit(second)).toMatchObject({ source: 'cache', version: manifest.version });
    expect(requests).toEqual(['manifest.json']);
    await expect.poll(() => second.getByTestId('key-articles').getAttribute('data-value')).toBe(String(manifest.counts.articles));
    expect(errors).toEqual([]);
  });

  it('an article’s text chunk is downloaded once, then read from IndexedDB', async () => {
    await visit();
    const requests = recordDataRequests(page);
    await page.locator('[data-id]').first().click();
    await page.locator('[data-testid=article-text][data-state=loaded]').waitFor();
    const texts = requests.filter((n) => n.startsWith('texts/'));
    expect(texts).toHaveLength(1);

    const again = await context.newPage();
    const later = recordDataRequests(again);
    await visit(again);
    await again.locator('[data-id]').first().click();
    await again.locator('[data-testid=article-text][data-state=loaded]').waitFor();
    expect(later).toEqual(['manifest.json']);
  });

  it('offline start works from the cache and says how old the data is', async () => {
    await visit();
    await cutDataNetwork(context);
    const offline = await context.newPage();
    expect(await visit(offline)).toMatchObject({ source: 'offline-cache', notice: 'offline', version: manifest.version });
    const notice = offline.getByTestId('data-notice');
    expect(await notice.getAttribute('data-generated')).toBe(manifest.generatedAt);
    await expect.poll(() => notice.textContent()).toContain(manifest.generatedAt.slice(0, 4));
    expect(await notice.textContent()).toMatch(/天前/);
    await expect.poll(() => offline.getByTestId('key-articles').getAttribute('data-value')).toBe(String(manifest.counts.articles));
  });

  it('offline with nothing cached shows an error instead of empty charts', async () => {
    await cutDataNetwork(context);
    await page.goto(served.url);
    await expect.poll(() => page.getByRole('alert').textContent()).toBeTruthy();
    expect(await page.getByTestId('data-status').count()).toBe(0);
  });

  it('a new dataset version replaces the old one, in the cache too', async () => {
    await visit();
    const next = otherVersion();
    const nextManifest = JSON.parse(next.get('manifest.json')!) as DatasetManifest;
    await serveData(context, next);
    const fresh = await context.newPage();
    expect(await visit(fresh)).toMatchObject({ source: 'network', version: nextManifest.version });
    await expect.poll(() => fresh.getByTestId('key-articles').getAttribute('data-value')).toBe(String(nextManifest.counts.articles));
    const stored = await cacheContents(fresh);
    expect(stored?.current).toBe(nextManifest.version);
    expect(new Set(stored?.files.map(([v]) => v))).toEqual(new Set([nextManifest.version]));
  });

  it('a tampered cache is refetched', async () => {
    await visit();
    await tamperCachedFile(page, 'index.json', '[]');
    const again = await context.newPage();
    const requests = recordDataRequests(again);
    expect(await visit(again)).toMatchObject({ source: 'network', version: manifest.version });
    expect(requests).toContain('index.json');
    await expect.poll(() => again.getByTestId('key-articles').getAttribute('data-value')).toBe(String(manifest.counts.articles));
  });
});

describe('when IndexedDB cannot be used, the data lives in memory and the page says so', () => {
  it('QuotaExceededError thrown by put/add', async () => {
    await context.addInitScript(() => {
      const quota = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = quota;
      IDBObjectStore.prototype.add = quota;
    });
    expect(await visit()).toMatchObject({ source: 'memory', notice: 'quota' });
    expect(await page.getByTestId('data-notice').textContent()).toBeTruthy();
    await expect.poll(() => page.getByTestId('key-articles').getAttribute('data-value')).toBe(String(manifest.counts.articles));
    // Nothing half-stored: the failed transaction left the cache empty.
    expect(await cacheContents(page)).toEqual({ current: null, files: [] });
    expect(errors).toEqual([]);
  });

  it('AbortError whose transaction error is a QuotaExceededError (the disk fills during the write)', async () => {
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        const req = put.apply(this, args);
        const tx = this.transaction;
        // What a browser does when a write hits the quota: the transaction aborts with
        // QuotaExceededError as its error, and pending requests fail with AbortError.
        req.addEventListener('success', () => {
          Object.defineProperty(tx, 'error', { get: () => new DOMException('Quota exceeded', 'QuotaExceededError') });
          try {
            tx.abort();
          } catch {
            // Already aborted by an earlier write.
          }
        });
        return req;
      };
    });
    expect(await visit()).toMatchObject({ source: 'memory', notice: 'quota' });
    await expect.poll(() => page.getByTestId('key-articles').getAttribute('data-value')).toBe(String(manifest.counts.articles));
    expect(await cacheContents(page)).toEqual({ current: null, files: [] });
    expect(errors).toEqual([]);
  });

  it('no IndexedDB at all', async () => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    expect(await visit()).toMatchObject({ source: 'memory', notice: 'no-storage' });
    await page.locator('[data-id]').first().click();
    await page.locator('[data-testid=article-text][data-state=loaded]').waitFor();
    expect(errors).toEqual([]);
  });

  it('another tab holds an older schema open and will not close it', async () => {
    const other = await context.newPage();
    await other.goto(served.url + 'nonexistent.txt');
    await other.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const req = indexedDB.open('union-press', 1);
          // This old tab ignores versionchange, so an upgrade stays blocked.
          req.onsuccess = () => ((window as unknown as { held: IDBDatabase }).held = req.result, resolve());
        }),
    );
    expect(await visit()).toMatchObject({ source: 'memory', notice: 'blocked' });
    await expect.poll(() => page.getByTestId('key-articles').getAttribute('data-value')).toBe(String(manifest.counts.articles));
  });
});

describe('schema versions', () => {
  it('the app closes its connection when another tab upgrades, so that tab is not blocked', async () => {
    await visit();
    const other = await context.newPage();
    await other.goto(served.url + 'nonexistent.txt');
    const upgraded = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const req = indexedDB.open('union-press', 1000);
          req.onblocked = () => resolve('blocked');
          req.onsuccess = () => (req.result.close(), resolve('upgraded'));
          req.onerror = () => resolve('error');
        }),
    );
    expect(upgraded).toBe('upgraded');
    // Texts still open: the page falls back to the network.
    await page.locator('[data-id]').first().click();
    await page.locator('[data-testid=article-text][data-state=loaded]').waitFor();
  });

  it('an older database (earlier schema, unknown store) is upgraded and filled', async () => {
    await page.goto(served.url + 'nonexistent.txt');
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const req = indexedDB.open('union-press', 5);
          req.onupgradeneeded = () => req.result.createObjectStore('legacy');
          req.onsuccess = () => (req.result.close(), resolve());
        }),
    );
    expect(await visit()).toMatchObject({ source: 'network', notice: '' });
    expect((await cacheContents(page))?.current).toBe(manifest.version);
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});
