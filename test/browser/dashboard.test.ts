// The dashboard end to end on the built app and the prep's data: every chart drawn, filters
// through the controls and through the URL giving the key figures articles.jsonl implies, an
// article opened from a chart with its figure marked, keyboard use, language and table views.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

import { useApp, useTab } from './harness.ts';
import { DATA_DIR } from './data-helpers.ts';
import { busiestProvinceAndTheme, expectedKeys, NO_SELECTION, type Selection } from './expected.ts';
import { shownKeys } from './local-helpers.ts';
import { parseArticlesJsonl } from '../core/aggregate-agree.ts';
import { provinceName } from '../../src/lib/geo/provinces.ts';
import { zh, en } from '../../src/lib/i18n/index.ts';
import { CATEGORY_COLORS, chartColors } from '../../src/lib/charts/palette.ts';

const articles = parseArticlesJsonl(readFileSync(`${DATA_DIR}/articles.jsonl`, 'utf8'));
const { province, theme } = busiestProvinceAndTheme(articles);
const years = articles.map((a) => a.year).filter((y) => y !== null);
const PANELS = ['map', 'themes', 'timeline', 'funding', 'membership'];


const app = useApp();
const tab = useTab(app, { viewport: { width: 1440, height: 1000 }, timezoneId: 'UTC', locale: 'zh-CN' });

async function open(query = ''): Promise<void> {
  await tab.page.goto(app.served.url + query);
  await tab.page.getByTestId('key-articles').waitFor({ timeout: 20_000 });
}

async function expectKeys(s: Selection): Promise<void> {
  const want = expectedKeys(articles, s);
  await expect.poll(() => shownKeys(tab.page)).toEqual(want);
}

describe('the dashboard', () => {
  it('draws every chart and shows the key figures of all articles', async () => {
    await open();
    for (const id of PANELS) {
      await tab.page.locator(`[data-testid=panel-${id}] [data-drawn=true]`).waitFor({ timeout: 20_000 });
      expect(await tab.page.locator(`[data-testid=panel-${id}] figcaption`).textContent()).toBeTruthy();
    }
    await expectKeys(NO_SELECTION);
    expect(await tab.page.locator('[data-testid=article-list] li').count()).toBe(Math.min(50, articles.length));
    expect(tab.errors).toEqual([]);
  });

  it('filters by province and theme through the controls, and writes them to the URL', async () => {
    await open();
    await tab.page.getByRole('button', { name: /省份/ }).click();
    await tab.page.getByRole('searchbox', { name: /省份/ }).fill(provinceName(province, 'zh'));
    await tab.page.getByRole('checkbox', { name: provinceName(province, 'zh'), exact: false }).check();
    await tab.page.keyboard.press('Escape');
    await expectKeys({ ...NO_SELECTION, provinces: [province] });

    await tab.page.getByRole('button', { name: /主题/ }).click();
    await tab.page.getByRole('checkbox', { name: zh.themes[theme] }).check();
    await tab.page.keyboard.press('Escape');
    await expectKeys({ ...NO_SELECTION, provinces: [province], themes: [theme] });
    const param = (name: string) => () => new URL(tab.page.url()).searchParams.get(name);
    await expect.poll(param('province')).toBe(province);
    await expect.poll(param('theme')).toBe(theme);
  });

  it('restores province, theme and years from the URL', async () => {
    const from = Math.min(...years);
    const to = Math.max(...years);
    await open(`?province=${province}&theme=${theme}&from=${from}&to=${to}`);
    await expectKeys({ provinces: [province], themes: [theme], from, to });
    expect(await tab.page.getByRole('button', { name: /省份/ }).textContent()).toContain(provinceName(province, 'zh'));

    await open(`?from=${to}&to=${to}`);
    await expectKeys({ ...NO_SELECTION, from: to, to });
  });

  it('ignores unknown URL values and says so', async () => {
    await open(`?province=999999,${province}&theme=nonsense`);
    const notices = await tab.page.getByTestId('url-notice').allTextContents();
    expect(notices.join(' ')).toContain('999999');
    expect(notices.join(' ')).toContain('nonsense');
    await expectKeys({ ...NO_SELECTION, provinces: [province] });
  });

  it('clicking a province on the map toggles the province filter', async () => {
    await open();
    await tab.page.locator('[data-testid=panel-map] [data-drawn=true]').waitFor();
    const canvas = tab.page.locator('[data-testid=panel-map] canvas').first();
    // The province(s) with most articles get the scale's last colour exactly.
    const counts = new Map<string, number>();
    for (const a of articles) if (a.scope === 'province' && a.provinceCode) counts.set(a.provinceCode, (counts.get(a.provinceCode) ?? 0) + 1);
    const max = Math.max(...counts.values());
    const busiest = [...counts].filter(([, n]) => n === max).map(([c]) => c);
    const find = () =>
      canvas.evaluate((el: HTMLCanvasElement, hex: string) => {
        const { width, height } = el;
        const pixels = el.getContext('2d')!.getImageData(0, 0, width, height).data;
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        const scale = el.getBoundingClientRect().width / width;
        // Right two thirds only: the colour scale's legend sits bottom left.
        for (let y = 0; y < height; y++)
          for (let x = Math.floor(width / 3); x < width; x++) {
            const i = (y * width + x) * 4;
            const ok = (dx: number, dy: number) => {
              const j = ((y + dy) * width + x + dx) * 4;
              return pixels[j] === r && pixels[j + 1] === g && pixels[j + 2] === b;
            };
            // A pixel well inside the region, not on an edge.
            if (pixels[i] === r && ok(0, 3) && ok(3, 3) && ok(-3, 3) && ok(0, 6)) return { x: x * scale, y: (y + 3) * scale };
          }
        return null;
      }, chartColors(false).sequential.at(-1)!);
    // Colours and places settle once fonts are in and the first render's animation has ended.
    await tab.page.waitForFunction(() => document.fonts.status === 'loaded');
    await expect.poll(find, { timeout: 10_000 }).not.toBeNull();
    const point = await find();
    expect(point).not.toBeNull();
    await canvas.click({ position: point! });
    await expect.poll(() => new URL(tab.page.url()).searchParams.get('province')).toSatisfy((p: string | null) => p !== null && busiest.includes(p));
    const chosen = new URL(tab.page.url()).searchParams.get('province')!;
    await expectKeys({ ...NO_SELECTION, provinces: [chosen] });
    await canvas.click({ position: point! });
    await expect.poll(() => new URL(tab.page.url()).searchParams.get('province')).toBeNull();
  });

  it('opens an article from the funding chart with its figure highlighted as text', async () => {
    await open();
    const canvas = tab.page.locator('[data-testid=panel-funding] canvas').first();
    await tab.page.locator('[data-testid=panel-funding] [data-drawn=true]').waitFor();
    // Find a bar by its colour in the canvas and click it; from the bottom up, since the legend
    // at the top shows the same colours.
    const point = await canvas.evaluate((el: HTMLCanvasElement, colours: string[]) => {
      const ctx = el.getContext('2d')!;
      const { width, height } = el;
      const pixels = ctx.getImageData(0, 0, width, height).data;
      const rgb = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
      const scale = el.getBoundingClientRect().width / width;
      for (let y = height - 1; y >= 0; y--)
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          if (rgb.some(([r, g, b]) => pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b)) {
            // Step a little into the bar, away from its anti-aliased edge.
            return { x: (x + 3) * scale, y: (y - 2) * scale };
          }
        }
      return null;
    }, Object.values(CATEGORY_COLORS));
    expect(point).not.toBeNull();
    await canvas.click({ position: point! });

    const dialog = tab.page.getByTestId('article-view');
    await dialog.waitFor();
    await tab.page.locator('[data-testid=article-text][data-state=loaded]').waitFor();
    const id = await dialog.getAttribute('data-article');
    const article = articles.find((a) => a.id === id)!;
    const focus = dialog.locator('mark.focus');
    await expect.poll(() => focus.count()).toBe(1);
    const figure = article.figures[Number(await focus.getAttribute('data-figure'))]!;
    expect(figure.kind).toBe('money');
    expect(figure.funding).toBe(true);
    expect(await focus.textContent()).toBe(figure.raw);
    expect(await focus.innerHTML()).toBe(figure.raw.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'));
    await expect.poll(() => new URL(tab.page.url()).searchParams.get('article')).toBe(id);

    await tab.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // The address is rewritten once the change is on screen.
    await expect.poll(() => new URL(tab.page.url()).searchParams.get('article')).toBeNull();
  });

  it('opens an article from the list and from a link, with its fields and every figure found marked', async () => {
    const withFigures = articles.find((a) => a.figures.length > 0 && a.figures.every((f) => a.text.includes(f.raw)))!;
    await open(`?article=${encodeURIComponent(withFigures.id)}`);
    const dialog = tab.page.getByTestId('article-view');
    await tab.page.locator('[data-testid=article-text][data-state=loaded]').waitFor();
    expect(await dialog.getByRole('heading', { level: 2 }).textContent()).toBe(withFigures.title || zh.article.noTitle);
    const marked = await dialog.locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThanOrEqual(new Set(withFigures.figures.map((f) => f.raw)).size);
    for (const f of withFigures.figures) expect(marked).toContain(f.raw);
    await dialog.getByRole('button', { name: zh.article.close }).click();

    await tab.page.locator('[data-testid=article-list] button[data-id]').first().click();
    await tab.page.locator('[data-testid=article-text][data-state=loaded]').waitFor();
  });

  it('works from the keyboard: filter, table view, language', async () => {
    await open();
    await tab.page.getByRole('button', { name: /省份/ }).focus();
    await tab.page.keyboard.press('Enter');
    await tab.page.keyboard.type(provinceName(province, 'zh'));
    await tab.page.keyboard.press('Tab');
    await tab.page.keyboard.press('Space');
    await tab.page.keyboard.press('Escape');
    await expectKeys({ ...NO_SELECTION, provinces: [province] });
    expect(await tab.page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');

    const toggle = tab.page.locator('[data-testid=panel-themes]').getByRole('button', { name: zh.table.showTable });
    await toggle.focus();
    await tab.page.keyboard.press('Enter');
    const rows = tab.page.locator('[data-testid=panel-themes] tbody tr');
    const themes = new Set(articles.filter((a) => a.scope === 'province' && a.provinceCode === province).flatMap((a) => a.themes));
    await expect.poll(() => rows.count()).toBe(themes.size);

    await tab.page.getByRole('button', { name: 'English' }).focus();
    await tab.page.keyboard.press('Enter');
    await expect.poll(() => tab.page.locator('h1').textContent()).toBe(en.app.title);
    expect(await tab.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => new URL(tab.page.url()).searchParams.get('lang')).toBe('en');
    expect(await tab.page.getByRole('button', { name: /Province/ }).count()).toBe(1);
  });

  it('follows the system dark mode', async () => {
    await tab.reopen({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
    await open();
    const bg = await tab.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(13, 17, 23)');
  });
});
