// The dashboard on a larger generated dataset (600 articles with ties, unknown years, national and
// unknown reports): the key figures under filters, the article list a page at a time, and the
// page's signal that every chart has drawn (what scripts/bench-dashboard.ts times).
import { describe, expect, it } from 'vitest';

import { useApp, useTab } from './harness.ts';
import { serveData } from './data-helpers.ts';
import { shownKeys } from './local-helpers.ts';
import { expectedKeys, NO_SELECTION } from './expected.ts';
import { buildDatasets } from '../../data-prep/core/aggregate.ts';
import { generatedArticles, GENERATED_PROVINCES, GENERATED_THEMES } from '../lib/data/generated-articles.ts';
import { zh } from '../../src/lib/i18n/index.ts';

const articles = generatedArticles(600, 11);
const files = buildDatasets(articles, { generatedAt: '2024-03-01T00:00:00.000Z' });
// The list's order, worked out here: newest page date (else activity date) first, then title by
// code unit, then file order.
const listed = articles
  .map((a, i) => ({ a, i, date: a.published ?? a.date ?? '' }))
  .sort((x, y) => (x.date !== y.date ? (x.date < y.date ? 1 : -1) : x.a.title !== y.a.title ? (x.a.title < y.a.title ? -1 : 1) : x.i - y.i))
  .map(({ a }) => a);


const app = useApp();
const tab = useTab(app, { viewport: { width: 1440, height: 1000 }, timezoneId: 'UTC', locale: 'zh-CN' }, (context) => serveData(context, files));

async function open(query = ''): Promise<void> {
  await tab.page.goto(app.served.url + query);
  await tab.page.getByTestId('key-articles').waitFor({ timeout: 20_000 });
}

const listIds = () => tab.page.locator('[data-testid=article-list] button[data-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
const chartsDrawn = () => tab.page.evaluate(() => [document.documentElement.dataset.charts, performance.getEntriesByName('charts-drawn', 'mark').length] as const);

describe('the dashboard on 600 generated articles', () => {
  it('shows the key figures articles.jsonl implies, under every kind of filter', async () => {
    const selections = [
      NO_SELECTION,
      { ...NO_SELECTION, provinces: [GENERATED_PROVINCES[0]!] },
      { ...NO_SELECTION, themes: [GENERATED_THEMES[1]!, GENERATED_THEMES[2]!] },
      { ...NO_SELECTION, from: 2019, to: 2021 },
      { provinces: [GENERATED_PROVINCES[1]!, GENERATED_PROVINCES[2]!], themes: [GENERATED_THEMES[0]!], from: 2020, to: null },
    ];
    for (const s of selections) {
      const query = new URLSearchParams();
      if (s.provinces.length) query.set('province', s.provinces.join(','));
      if (s.themes.length) query.set('theme', s.themes.join(','));
      if (s.from !== null) query.set('from', String(s.from));
      if (s.to !== null) query.set('to', String(s.to));
      await open(query.size ? `?${query}` : '');
      // Amounts are added in another order here than in the dashboard: equal up to rounding.
      const want = expectedKeys(articles, s);
      const close = (x: number) => expect.closeTo(x, Math.max(0, 6 - Math.ceil(Math.log10(Math.abs(x) + 1))));
      await expect.poll(() => shownKeys(tab.page)).toEqual({ ...want, funding: close(want.funding), fundingCumulative: close(want.fundingCumulative) });
    }
    expect(tab.errors).toEqual([]);
  });

  it('lists 50 articles at a time, newest first, and a new filter starts again at the first page', async () => {
    await open();
    const pager = tab.page.getByTestId('article-page');
    await expect.poll(() => pager.textContent()).toContain('第 1–50 篇，共 600 篇');
    expect(await listIds()).toEqual(listed.slice(0, 50).map((a) => a.id));

    await tab.page.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => pager.textContent()).toContain('第 51–100 篇');
    expect(await listIds()).toEqual(listed.slice(50, 100).map((a) => a.id));
    expect(await tab.page.getByRole('button', { name: '上一页' }).isDisabled()).toBe(false);

    await tab.page.getByTestId('filter-theme').getByRole('button').first().click();
    await tab.page.getByRole('checkbox', { name: zh.themes[GENERATED_THEMES[0]!] }).check();
    await tab.page.keyboard.press('Escape');
    const chosen = listed.filter((a) => a.themes.includes(GENERATED_THEMES[0]!));
    await expect.poll(listIds).toEqual(chosen.slice(0, 50).map((a) => a.id));
    expect(await pager.textContent()).toContain(`第 1–50 篇，共 ${chosen.length} 篇`);
    expect(await tab.page.getByRole('button', { name: '上一页' }).isDisabled()).toBe(true);
  });

  it('says when every chart has drawn, and again after a filter change', async () => {
    await open();
    await expect.poll(chartsDrawn).toEqual(['drawn', 1]);
    for (const id of ['map', 'themes', 'timeline', 'funding', 'membership']) {
      expect(await tab.page.locator(`[data-testid=panel-${id}] [data-drawn]`).getAttribute('data-drawn')).toBe('true');
    }
    await tab.page.getByTestId('filter-province').getByRole('button').first().click();
    await tab.page.getByTestId('filter-province').getByRole('checkbox').first().click();
    await expect.poll(chartsDrawn).toEqual(['drawn', 2]);
    expect(await tab.page.evaluate(() => performance.getEntriesByName('charts-painted', 'mark').length)).toBe(2);
    expect(tab.errors).toEqual([]);
  });
});
