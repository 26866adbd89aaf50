// Bringing one's own articles, in the built app: files chosen through the import button (a
// GB18030 text page, an HTML page, JSONL with a bad line, a binary file), extracted in a worker
// as the prep would, shown at once, kept in IndexedDB across reloads and dataset versions, and
// removable one by one, all together, or by undo.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useApp, useTab } from './harness.ts';
import { DATA_DIR, dataStatus, otherVersion, serveData, servedManifest } from './data-helpers.ts';
import { binaryFile, expectedImport, sampleFiles, shownKeys, storedEdits } from './local-helpers.ts';
import { expectedKeys, NO_SELECTION } from './expected.ts';
import { parseArticlesJsonl } from '../core/aggregate-agree.ts';
import type { DatasetManifest } from '../../data-prep/core/dataset-types.ts';

const built = parseArticlesJsonl(readFileSync(`${DATA_DIR}/articles.jsonl`, 'utf8'));
const files = sampleFiles();
const imported = expectedImport(files);


const app = useApp();
const tab = useTab(app, { viewport: { width: 1440, height: 1000 }, timezoneId: 'UTC', locale: 'zh-CN' });

async function open(p: Page = tab.page, query = ''): Promise<void> {
  await p.goto(app.served.url + query);
  await p.getByTestId('key-articles').waitFor({ timeout: 20_000 });
}

async function importFiles(p: Page, list = files): Promise<void> {
  await p.getByLabel('选择文件导入').setInputFiles(list);
  await expect.poll(() => p.getByTestId('import-result').textContent(), { timeout: 30_000 }).toMatch(/已导入/);
}

describe('importing articles', () => {
  it('extracts the files as the prep would, shows them at once, and names the bad file and line', async () => {
    await open();
    const workerRequests: string[] = [];
    tab.page.on('request', (r) => /worker-.*\.js$/.test(r.url()) && workerRequests.push(r.url()));
    expect(workerRequests).toEqual([]);
    await importFiles(tab.page, [...files, binaryFile()]);
    // The gazetteer travels with the worker, fetched only now.
    expect(workerRequests).toHaveLength(1);

    expect(await tab.page.getByTestId('import-result').textContent()).toContain(`已导入 ${imported.length} 篇文章`);
    const problems = await tab.page.getByTestId('import-problems').locator('li').allTextContents();
    expect(problems).toEqual([expect.stringMatching(/^records\.jsonl 第 2 行：这一行不是有效的 JSON/), expect.stringMatching(/^scan\.txt：不是文本文件/)]);
    // Stored (committed) before the message said so.
    expect((await storedEdits(tab.page)).imported).toEqual(imported.map((a) => a.id).sort());
    await expect.poll(() => shownKeys(tab.page)).toEqual(expectedKeys([...built, ...imported], NO_SELECTION));
    expect(tab.errors).toEqual([]);
  });

  it('keeps the imported articles across a reload, marked and rendered as text', async () => {
    await open();
    await importFiles(tab.page);
    const again = await tab.context.newPage();
    await open(again);
    await expect.poll(() => shownKeys(again)).toEqual(expectedKeys([...built, ...imported], NO_SELECTION));

    const list = again.getByTestId('imported-list');
    await list.locator('summary').click();
    expect(await list.locator('li').count()).toBe(imported.length);
    const gb = imported.find((a) => a.source.file.endsWith('.txt'))!;
    await list.getByRole('button', { name: gb.title }).click();
    const dialog = again.getByTestId('article-view');
    await again.locator('[data-testid=article-text][data-state=loaded]').waitFor();
    expect(await dialog.getByTestId('imported-badge').count()).toBe(1);
    expect(await dialog.getByRole('heading', { level: 2 }).textContent()).toBe('青海省总工会开展“送清凉”活动');
    expect(await dialog.getByTestId('article-text').textContent()).toContain('青海省总工会投入资金50万元');
    await dialog.getByRole('button', { name: '关闭' }).click();

    // Markup in an imported page is text, never HTML.
    const html = imported.find((a) => a.source.file === 'gansu.html')!;
    await again.goto(`${app.served.url}?article=${html.id}`);
    await again.locator('[data-testid=article-text][data-state=loaded]').waitFor();
    const text = again.getByTestId('article-text');
    expect(await text.innerHTML()).toContain('&lt;b&gt;焊工&lt;/b&gt;');
    expect(await text.locator('b').count()).toBe(0);
    expect(await again.title()).not.toBe('hacked');
  });

  it('a new dataset version does not drop the imported articles', async () => {
    await open();
    await importFiles(tab.page);
    const next = otherVersion();
    const nextManifest = JSON.parse(next.get('manifest.json')!) as DatasetManifest;
    await serveData(tab.context, next);
    const fresh = await tab.context.newPage();
    await fresh.goto(app.served.url);
    expect(await dataStatus(fresh)).toMatchObject({ source: 'network', version: nextManifest.version });
    await expect.poll(() => shownKeys(fresh)).toEqual(expectedKeys([...built.slice(1), ...imported], NO_SELECTION));
    expect((await storedEdits(fresh)).imported).toHaveLength(imported.length);
  });

  it('removes one article, then all, and undo brings the last removal back', async () => {
    await open();
    await importFiles(tab.page);
    const list = tab.page.getByTestId('imported-list');
    await list.locator('summary').click();
    const first = imported[0]!;
    await list.locator(`li[data-imported-id="${first.id}"]`).getByRole('button', { name: '移除' }).click();
    await expect.poll(async () => (await storedEdits(tab.page)).imported).toEqual(imported.slice(1).map((a) => a.id).sort());
    await expect.poll(() => shownKeys(tab.page)).toEqual(expectedKeys([...built, ...imported.slice(1)], NO_SELECTION));

    await list.getByRole('button', { name: '全部移除' }).click();
    await expect.poll(async () => (await storedEdits(tab.page)).imported).toEqual([]);
    await expect.poll(() => shownKeys(tab.page)).toEqual(expectedKeys(built, NO_SELECTION));

    await tab.page.getByTestId('undo').click();
    await expect.poll(async () => (await storedEdits(tab.page)).imported).toEqual(imported.slice(1).map((a) => a.id).sort());
    await expect.poll(() => shownKeys(tab.page)).toEqual(expectedKeys([...built, ...imported.slice(1)], NO_SELECTION));
    expect(tab.errors).toEqual([]);
  });

  it('imports pasted text, and the same text twice only once', async () => {
    await open();
    const text = '贵州省总工会近日投入资金30万元，为环卫工人送去慰问品。';
    for (let i = 0; i < 2; i++) {
      await tab.page.getByRole('button', { name: '粘贴文本' }).click();
      await tab.page.getByLabel('粘贴一篇或几篇报道的文字').fill(text);
      await tab.page.getByRole('button', { name: '导入粘贴的文本' }).click();
      await expect.poll(() => tab.page.getByTestId('import-result').textContent()).toMatch(i === 0 ? /已导入 1 篇/ : /已导入 0 篇.*1 篇已在数据中/);
    }
    expect((await storedEdits(tab.page)).imported).toHaveLength(1);
    expect(await shownKeys(tab.page)).toMatchObject({ articles: servedManifest().counts.articles + 1 });
  });
});
