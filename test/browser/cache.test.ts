// The dashboard's data layer in a real browser: what is downloaded, what comes from IndexedDB,
// and how it degrades (offline, new version, full disk, no IndexedDB, other tabs, tampering).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp, useTab } from './harness.ts';
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

const manifest = servedManifest();

const app = useApp();
// A fresh context per test is a fresh profile: an empty IndexedDB.
const tab = useTab(app, { timezoneId: 'UTC', locale: 'zh-CN' });

async function visit(p: Page = tab.page) {
  await p.goto(app.served.url);
  return dataStatus(p);
}

describe('the data cache', () => {
  it('first load downloads and stores the data; the second reads IndexedDB and fetches only the manifest', async () => {
    const first = recordDataRequests(tab.page);
    expect(await visit()).toMatchObject({ source: 'network', notice: '', version: manifest.version });
    for (const name of coreFileNames()) expect(first).toContain(name);
    // The aggregated tables are for reports: every chart is computed from the index and the facts.
    for (const name of ['activities.json', 'funding.json', 'membership.json']) expect(first).not.toContain(name);
    expect(first.some((n) => n.startsWith('texts/'))).toBe(false);
    const stored = await cacheContents(tab.page);
    expect(stored?.current).toBe(manifest.version);
    expect(stored?.files.map(([, n]) => n).sort()).toEqual([...coreFileNames()].sort());

    const second = await tab.context.newPage();
    const requests = recordDataRequests(second);
    expect(await visit(second)).toMatchObject({ source: 'cache', version: manifest.version });
    expect(requests).toEqual(['manifest.json']);
    await expect.poll(() => second.getByTestId('key-articles').getAttribute('data-value')).toBe(String(manifest.counts.articles));
    expect(tab.errors).toEqual([]);
  });

  it('an article’s text chunk is downloaded once, then read from IndexedDB', async () => {
    await visit();
    const requests = recordDataRequests(tab.page);
    await tab.page.locator('[data-id]').first().click();
    await tab.page.locator('[data-testid=article-text][data-state=loaded]').waitFor();
    const texts = requests.filter((n) => n.startsWith('texts/'));
    expect(texts).toHaveLength(1);

    const again = await tab.context.newPage();
    const later = recordDataRequests(again);
    await visit(again);
    await again.locator('[data-id]').first().click();
    await again.locator('[data-testid=article-text][data-state=loaded]').waitFor();
    expect(later).toEqual(['manifest.json']);
  });

  it('offline start works from the cache and says how old the data is', async () => {
    await visit();
    await cutDataNetwork(tab.context);
    const offline = await tab.context.newPage();
    expect(await visit(offline)).toMatchObject({ source: 'offline-cache', notice: 'offline', version: manifest.version });
    const notice = offline.getByTestId('data-notice');
    expect(await notice.getAttribute('data-generated')).toBe(manifest.generatedAt);
    await expect.poll(() => notice.textContent()).toContain(manifest.generatedAt.slice(0, 4));
    expect(await notice.textContent()).toMatch(/天前/);
    await expect.poll(() => offline.getByTestId('key-articles').getAttribute('data-value')).toBe(String(manifest.counts.articles));
  });

  it('offline with nothing cached shows an error instead of empty charts', async () => {
    await cutDataNetwork(tab.context);
    await tab.page.goto(app.served.url);
    await expect.poll(() => tab.page.getByRole('alert').textContent()).toBeTruthy();
    expect(await tab.page.getByTestId('data-status').count()).toBe(0);
  });

  it('a new dataset version replaces the old one, in the cache too', async () => {
    await visit();
    const next = otherVersion();
    const nextManifest = JSON.parse(next.get('manifest.json')!) as DatasetManifest;
    await serveData(tab.context, next);
    const fresh = await tab.context.newPage();
    expect(await visit(fresh)).toMatchObject({ source: 'network', version: nextManifest.version });
    await expect.poll(() => fresh.getByTestId('key-articles').getAttribute('data-value')).toBe(String(nextManifest.counts.articles));
    const stored = await cacheContents(fresh);
    expect(stored?.current).toBe(nextManifest.version);
    expect(new Set(stored?.files.map(([v]) => v))).toEqual(new Set([nextManifest.version]));
  });

  it('a tampered cache is refetched', async () => {
    await visit();
    await tamperCachedFile(tab.page, 'index.json', '[]');
    const again = await tab.context.newPage();
    const requests = recordDataRequests(again);
    expect(await visit(again)).toMatchObject({ source: 'network', version: manifest.version });
    expect(requests).toContain('index.json');
    await expect.poll(() => again.getByTestId('key-articles').getAttribute('data-value')).toBe(String(manifest.counts.articles));
  });
});

describe('when IndexedDB cannot be used, the data lives in memory and the page says so', () => {
  it('QuotaExceededError thrown by put/add', async () => {
    await tab.context.addInitScript(() => {
      const quota = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = quota;
      IDBObjectStore.prototype.add = quota;
    });
    expect(await visit()).toMatchObject({ source: 'memory', notice: 'quota' });
    expect(await tab.page.getByTestId('data-notice').textContent()).toBeTruthy();
    await expect.poll(() => tab.page.getByTestId('key-articles').getAttribute('data-value')).toBe(String(manifest.counts.articles));
    // Nothing half-stored: the failed transaction left the cache empty.
    expect(await cacheContents(tab.page)).toEqual({ current: null, files: [] });
    expect(tab.errors).toEqual([]);
  });

  it('AbortError whose transaction error is a QuotaExceededError (the disk fills during the write)', async () => {
    await tab.context.addInitScript(() => {
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
    await expect.poll(() => tab.page.getByTestId('key-articles').getAttribute('data-value')).toBe(String(manifest.counts.articles));
    expect(await cacheContents(tab.page)).toEqual({ current: null, files: [] });
    expect(tab.errors).toEqual([]);
  });

  it('no IndexedDB at all', async () => {
    await tab.context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    expect(await visit()).toMatchObject({ source: 'memory', notice: 'no-storage' });
    await tab.page.locator('[data-id]').first().click();
    await tab.page.locator('[data-testid=article-text][data-state=loaded]').waitFor();
    expect(tab.errors).toEqual([]);
  });

  it('another tab holds an older schema open and will not close it', async () => {
    const other = await tab.context.newPage();
    await other.goto(app.served.url + 'nonexistent.txt');
    await other.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const req = indexedDB.open('union-press', 1);
          // This old tab ignores versionchange, so an upgrade stays blocked.
          req.onsuccess = () => ((window as unknown as { held: IDBDatabase }).held = req.result, resolve());
        }),
    );
    expect(await visit()).toMatchObject({ source: 'memory', notice: 'blocked' });
    await expect.poll(() => tab.page.getByTestId('key-articles').getAttribute('data-value')).toBe(String(manifest.counts.articles));
  });
});

describe('schema versions', () => {
  it('the app closes its connection when another tab upgrades, so that tab is not blocked', async () => {
    await visit();
    const other = await tab.context.newPage();
    await other.goto(app.served.url + 'nonexistent.txt');
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
    await tab.page.locator('[data-id]').first().click();
    await tab.page.locator('[data-testid=article-text][data-state=loaded]').waitFor();
  });

  it('an older database (earlier schema, unknown store) is upgraded and filled', async () => {
    await tab.page.goto(app.served.url + 'nonexistent.txt');
    await tab.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const req = indexedDB.open('union-press', 5);
          req.onupgradeneeded = () => req.result.createObjectStore('legacy');
          req.onsuccess = () => (req.result.close(), resolve());
        }),
    );
    expect(await visit()).toMatchObject({ source: 'network', notice: '' });
    expect((await cacheContents(tab.page))?.current).toBe(manifest.version);
    expect(tab.errors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});
