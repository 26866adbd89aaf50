// Screenshots of the built dashboard for review (not a test): Chinese, English, dark, a laptop
// and a phone width, an opened article and an open export menu.  npx tsx test/browser/screenshots.ts [out-dir]
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch, serveDist } from './harness.ts';

const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });

interface Shot {
  name: string;
  query?: string;
  width: number;
  height: number;
  dark?: boolean;
  full?: boolean;
  then?: (page: import('playwright-core').Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: 'zh-wide', width: 1600, height: 1000, full: true },
  { name: 'en-wide', query: '?lang=en', width: 1600, height: 1000, full: true },
  { name: 'dark-wide', width: 1600, height: 1000, dark: true, full: true },
  { name: 'zh-laptop', width: 1280, height: 800, full: true },
  { name: 'zh-phone', width: 390, height: 844, full: true },
  {
    name: 'article',
    width: 1280,
    height: 900,
    then: async (page) => {
      await page.locator('[data-testid=article-list] button[data-id]').first().click();
      await page.getByTestId('article-text').locator('p').first().waitFor();
    },
  },
  {
    name: 'export-menu',
    width: 1280,
    height: 800,
    dark: true,
    then: async (page) => {
      await page.getByTestId('panel-map').getByRole('button', { name: /导出/ }).click();
    },
  },
  {
    name: 'filter-open',
    width: 1280,
    height: 800,
    then: async (page) => {
      await page.getByRole('button', { name: /省份/ }).click();
    },
  },
];

async function shoot(browser: Browser, url: string, s: Shot): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: s.width, height: s.height },
    colorScheme: s.dark ? 'dark' : 'light',
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => process.stderr.write(`${s.name}: ${e}\n`));
  await page.goto(url + (s.query ?? ''));
  await page.locator('[data-drawn=true]').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(800);
  await s.then?.(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${s.name}.png`, fullPage: s.full ?? false });
  if (s.width < 600) {
    // A phone page is too tall to review whole: also in screen-high slices.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, n = 1; y < height; y += s.height, n++) {
      await page.screenshot({ path: `${out}/${s.name}-${n}.png`, fullPage: true, clip: { x: 0, y, width: s.width, height: Math.min(s.height, height - y) } });
    }
  }
  await context.close();
}

const served = await serveDist();
const browser = await launch();
try {
  for (const s of SHOTS) await shoot(browser, served.url, s);
} finally {
  await browser.close();
  await served.close();
}
process.stderr.write(`screenshots in ${out}/\n`);
