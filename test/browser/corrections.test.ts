// Correcting extractions in the built app: an article's province and one figure changed in its
// view, the key figures following at once and after a reload, undo, a correction flagged (not
// applied) once its article's text changes, and the exported file applied by the prep.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useApp, useTab } from './harness.ts';
import { DATA_DIR, serveData } from './data-helpers.ts';
import { expectedImport, sampleFiles, shownKeys, storedEdits } from './local-helpers.ts';
import { expectedKeys, NO_SELECTION } from './expected.ts';
import { parseArticlesJsonl } from '../core/aggregate-agree.ts';
import { buildDatasets } from '../../data-prep/core/aggregate.ts';
import { applyCorrections, quoteHash, textHash, type ArticleCorrection } from '../../data-prep/core/corrections.ts';
import type { ArticleIndexFile, FundingRow } from '../../data-prep/core/dataset-types.ts';
import { indexRows } from '../../data-prep/core/aggregate-columns.ts';

const built = parseArticlesJsonl(readFileSync(`${DATA_DIR}/articles.jsonl`, 'utf8'));
// An article attributed to a province with an annual (or undated-period) funding figure.
const article = built.find((a) => a.scope === 'province' && a.figures.some((f) => f.kind === 'money' && f.funding && f.period !== 'cumulative'))!;
const index = article.figures.findIndex((f) => f.kind === 'money' && f.funding && f.period !== 'cumulative');
const figure = article.figures[index]!;
const target = article.provinceCode === '650000' ? '640000' : '650000';
const newValue = figure.value + 1_234_567;
const correction: ArticleCorrection = {
  articleId: article.id,
  textHash: textHash(article.text),
  place: { scope: 'province', provinceCode: target },
  figures: [{ index, raw: figure.raw, quoteHash: quoteHash(figure.quote), value: newValue }],
};
const NAMES = { provinceName: (code: string) => code };
const corrected = applyCorrections(built, [correction], NAMES).articles;

const temps: string[] = [];

afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});
const app = useApp();
const tab = useTab(app, { viewport: { width: 1440, height: 1000 }, timezoneId: 'UTC', locale: 'zh-CN', acceptDownloads: true });

async function open(p: Page = tab.page, query = ''): Promise<void> {
  await p.goto(app.served.url + query);
  await p.getByTestId('key-articles').waitFor({ timeout: 20_000 });
}

/** Opens the article and corrects its province and figure through the form. */
async function correct(p: Page): Promise<void> {
  await open(p, `?article=${article.id}`);
  const dialog = p.getByTestId('article-view');
  await p.locator('[data-testid=article-text][data-state=loaded]').waitFor();
  await dialog.getByRole('button', { name: '更正提取结果' }).click();
  await dialog.getByLabel('省份').selectOption(target);
  await dialog.locator(`li[data-figure-index="${index}"] input[type=number]`).fill(String(newValue));
  await dialog.getByRole('button', { name: '保存更正' }).click();
  await expect.poll(() => dialog.getByTestId('correction-editor').getByRole('status').textContent()).toBe('更正已保存。');
}

describe('correcting an article', () => {
  it('changes the key figures at once, is stored before it says so, and survives a reload', async () => {
    await correct(tab.page);
    // Committed before the form said saved.
    expect((await storedEdits(tab.page)).corrections).toEqual([expect.objectContaining(correction)]);
    await expect.poll(() => shownKeys(tab.page)).toEqual(expectedKeys(corrected, NO_SELECTION));
    expect(expectedKeys(corrected, NO_SELECTION)).not.toEqual(expectedKeys(built, NO_SELECTION));
    const dialog = tab.page.getByTestId('article-view');
    expect(await dialog.getByTestId('corrected-badge').count()).toBe(1);

    const again = await tab.context.newPage();
    await open(again, `?province=${target}`);
    await expect.poll(() => shownKeys(again)).toEqual(expectedKeys(corrected, { ...NO_SELECTION, provinces: [target] }));
    await open(again);
    await expect.poll(() => shownKeys(again)).toEqual(expectedKeys(corrected, NO_SELECTION));
    expect(await again.locator('[data-testid=corrections-list] li').getAttribute('data-state')).toBe('applied');
    expect(tab.errors).toEqual([]);
  });

  it('undo takes the correction back, in IndexedDB too', async () => {
    await correct(tab.page);
    await tab.page.getByRole('button', { name: '关闭' }).click();
    await tab.page.getByTestId('undo').click();
    await expect.poll(async () => (await storedEdits(tab.page)).corrections).toEqual([]);
    await expect.poll(() => shownKeys(tab.page)).toEqual(expectedKeys(built, NO_SELECTION));
  });

  it('a correction whose article text changed in a new dataset version is flagged, not applied', async () => {
    await correct(tab.page);
    const changed = built.map((a) => (a.id === article.id ? { ...a, text: a.text + '（本报更正稿）' } : a));
    await serveData(tab.context, buildDatasets(changed, { generatedAt: '2031-05-06T07:08:09.000Z' }));
    const fresh = await tab.context.newPage();
    await open(fresh);
    await expect.poll(() => fresh.locator('[data-testid=corrections-list] li').getAttribute('data-state')).toBe('stale');
    await expect.poll(() => shownKeys(fresh)).toEqual(expectedKeys(changed, NO_SELECTION));
    await fresh.goto(`${app.served.url}?article=${article.id}`);
    await fresh.locator('[data-testid=article-text][data-state=loaded]').waitFor();
    expect(await fresh.getByTestId('stale-correction').count()).toBe(1);
  });

  it('the exported file, given to the prep with --corrections, gives a dataset carrying the corrections and imports', async () => {
    await open();
    await tab.page.getByLabel('选择文件导入').setInputFiles(sampleFiles());
    await expect.poll(() => tab.page.getByTestId('import-result').textContent(), { timeout: 30_000 }).toMatch(/已导入/);
    await correct(tab.page);
    await tab.page.getByRole('button', { name: '关闭' }).click();
    const shown = await shownKeys(tab.page);

    const downloading = tab.page.waitForEvent('download');
    await tab.page.getByTestId('export-corrections').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('corrections.json');
    const dir = mkdtempSync(join(tmpdir(), 'corrections-'));
    temps.push(dir);
    const file = join(dir, 'corrections.json');
    await download.saveAs(file);
    const shared = JSON.parse(readFileSync(file, 'utf8')) as { version: number; corrections: unknown[]; imported: { id: string }[] };
    expect(shared.version).toBe(1);
    expect(shared.corrections).toEqual([correction]);

    const out = join(dir, 'data');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'data-prep/cli.ts', '--out', out, '--corrections', file], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const prepped = parseArticlesJsonl(readFileSync(join(out, 'articles.jsonl'), 'utf8'));
    const fixed = prepped.find((a) => a.id === article.id)!;
    expect([fixed.scope, fixed.provinceCode, fixed.figures[index]!.value]).toEqual(['province', target, newValue]);
    const imported = expectedImport(sampleFiles());
    expect(prepped.map((a) => a.id)).toEqual([...built.map((a) => a.id), ...imported.map((a) => a.id).sort()]);

    const rows = indexRows(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as ArticleIndexFile);
    expect(rows.find((row) => row.id === article.id)?.provinceCode).toBe(target);
    for (const a of imported) expect(rows.some((row) => row.id === a.id)).toBe(true);
    const funding = JSON.parse(readFileSync(join(out, 'funding.json'), 'utf8')) as FundingRow[];
    const row = funding.find((f) => f.figures.some(([id, i]) => id === article.id && i === index))!;
    expect(row.provinceCode).toBe(target);
    expect(row.total).toBeGreaterThanOrEqual(newValue);
    // The prep's dataset says what the dashboard showed.
    expect(expectedKeys(prepped, NO_SELECTION)).toEqual(shown);
    expect(tab.errors).toEqual([]);
  });
});
