// Hostile article content: markup inside articles is text, never executed or rendered as
// HTML, in the list, the article view and its highlights; the built app ships a CSP that
// allows no inline script and no eval.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

import { useApp, trackErrors } from './harness.ts';
import { serveData } from './data-helpers.ts';
import { Pipeline } from '../../data-prep/core/pipeline.ts';
import { buildDatasets } from '../../data-prep/core/aggregate.ts';

const TITLE = '<script>window.__pwned=1;alert(1)</script>浙江省总工会投入资金';
const BODY =
  '本报讯 (记者甲)日前,浙江省总工会投入专项资金<img src=x onerror="window.__pwned=2;alert(2)">125万元,' +
  '慰问一线职工。详情见<a href="javascript:window.__pwned=3">链接</a>。';
const page1 = `${TITLE}\n\n${BODY}\n`;

const pipeline = new Pipeline();
const articles = pipeline.run({ file: 'hostile.txt', text: page1, published: '2023-07-01', publication: '<b>报</b>' });
const files = buildDatasets(articles, { generatedAt: '2023-07-02T00:00:00.000Z' });
const hostile = articles[0]!;

const app = useApp();

describe('hostile article content', () => {
  it('the prep keeps the markup as literal text and finds the figure', () => {
    expect(hostile.title).toContain('<script>');
    expect(hostile.text).toContain('<img src=x onerror=');
    expect(hostile.figures.some((f) => f.kind === 'money' && f.value === 1_250_000)).toBe(true);
  });

  it('shows the markup as literal text, runs no script and opens no dialog', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await serveData(context, files);
    const page = await context.newPage();
    const errors = trackErrors(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${app.served.url}?article=${hostile.id}`);
    const view = page.getByTestId('article-view');
    await view.waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('article-text').getAttribute('data-state')).toBe('loaded');
    const text = await view.innerText();
    expect(text).toContain('<script>window.__pwned=1;alert(1)</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned=2;alert(2)">');
    expect(text).toContain('<a href="javascript:window.__pwned=3">');
    // The figure is highlighted as text too.
    await expect.poll(() => view.locator('mark').count()).toBeGreaterThan(0);
    const list = await page.getByTestId('article-list').innerText();
    expect(list).toContain('<script>');
    // Nothing from the article became an element.
    expect(await page.locator('#app img[src="x"], #app a[href^="javascript:"], #app script').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });

  it('the built app ships a Content-Security-Policy with no inline script and no eval', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const scriptSrc = /script-src ([^;]+)/.exec(csp!)?.[1] ?? /default-src ([^;]+)/.exec(csp!)?.[1];
    expect(scriptSrc).toBeDefined();
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
    // And the page itself carries no inline script for the policy to forbid.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
