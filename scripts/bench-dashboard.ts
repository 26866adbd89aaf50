// npx tsx scripts/bench-dashboard.ts --data DIR [--dist DIR] [--runs 3] [--screenshot FILE]
// The built dashboard in Chromium on a dataset folder (the prep's output): first load from the
// network with an empty cache, loads from the IndexedDB cache, and filter changes through the
// controls and the map. Load times run from navigation to every chart drawn; a filter change is
// timed as its interaction's duration (Event Timing, as INP counts it: input to the next paint)
// and until every chart has painted and finished (animations included) after the input. The
// page's signal for "every chart drawn" is lib/state/chart-progress.ts. Builds the dashboard into
// a temporary folder unless --dist names a build; serves it with the data folder as data/.
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { chromium, type Page } from 'playwright-core';
// @ts-expect-error: plain ESM helper without type declarations
import { startServer } from './serve.mjs';
import { CHROME_ARGS, chromePath } from '../test/browser/harness.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET_CACHE_MS = 1000;
const TARGET_NETWORK_MS = 3000;
const TARGET_INP_MS = 100;
const TIMEOUT = 120_000;

/** One measured figure, printed by bench.ts as "label  value  (target …)". */
export interface Figure {
  label: string;
  value: string;
  target: string;
  ok: boolean | null;
}

export interface DashboardOptions {
  /** The dataset folder (manifest.json, index.json, …). */
  data: string;
  /** A built dashboard to use instead of building one. */
  dist?: string;
  /** Loads from the cache to time (the median is reported). */
  runs?: number;
  /** Where to save a screenshot of the loaded dashboard. */
  screenshot?: string;
}

/** A production build in a temporary folder (dist/, which the browser tests use, is left alone). */
function build(out: string): void {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}`);
}

/** A folder serving `site` with `data` as its data/ folder, by links. */
function siteWithData(site: string, data: string, root: string): void {
  mkdirSync(root, { recursive: true });
  for (const name of readdirSync(site)) if (name !== 'data') symlinkSync(resolve(site, name), join(root, name));
  symlinkSync(resolve(data), join(root, 'data'));
}

/** Milliseconds from navigation to the first `name` mark, waiting for it. */
async function markTime(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null, name, { timeout: TIMEOUT });
  return (await handle.jsonValue()) as number;
}

/** Loads the page and times it to every chart drawn; says where the data came from. */
async function load(page: Page, url: string): Promise<{ painted: number; drawn: number; source: string; articles: string }> {
  await page.goto(url);
  const drawn = await markTime(page, 'charts-drawn');
  const painted = await markTime(page, 'charts-painted');
  const source = (await page.getByTestId('data-status').getAttribute('data-source')) ?? '?';
  const articles = (await page.getByTestId('key-articles').getAttribute('data-value')) ?? '?';
  return { painted, drawn, source, articles };
}

/** Starts collecting Event Timing entries (durationThreshold 16, the smallest allowed). */
async function observeEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { benchEvents: { name: string; start: number; duration: number; id: number }[] };
    w.benchEvents = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        if (e.interactionId) w.benchEvents.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
}

interface Interaction {
  /** The interaction's duration (the longest of its events), null when under the 16 ms threshold. */
  inp: number | null;
  /** From the input to every chart painted / finished with the new data. */
  painted: number;
  drawn: number;
  articles: string;
}

/** Runs `act` (one user input that changes the filters) and times what follows. */
async function interaction(page: Page, act: () => Promise<void>): Promise<Interaction> {
  const before = await page.evaluate(() => performance.now());
  await act();
  const marks = await page.waitForFunction(
    (t) => {
      const after = (name: string) => performance.getEntriesByName(name, 'mark').find((m) => m.startTime > t)?.startTime;
      const drawn = after('charts-drawn');
      return drawn !== undefined && document.documentElement.dataset.charts === 'drawn' ? { painted: after('charts-painted')!, drawn } : null;
    },
    before,
    { timeout: TIMEOUT },
  );
  const { painted, drawn } = (await marks.jsonValue()) as { painted: number; drawn: number };
  // Event Timing entries arrive after the frame they end in is shown; give them a moment.
  await page.waitForTimeout(300);
  const events = await page.evaluate((t) => {
    const w = window as unknown as { benchEvents: { name: string; start: number; duration: number; id: number }[] };
    return w.benchEvents.filter((e) => e.start >= t);
  }, before);
  // The input is the interaction that started first after `before`; its events share an id.
  const first = events.reduce<{ id: number; start: number } | null>((m, e) => (!m || e.start < m.start ? e : m), null);
  const mine = events.filter((e) => e.id === first?.id);
  const start = mine.length ? Math.min(...mine.map((e) => e.start)) : before;
  return {
    inp: mine.length ? Math.max(...mine.map((e) => e.duration)) : null,
    painted: painted - start,
    drawn: drawn - start,
    articles: (await page.getByTestId('key-articles').getAttribute('data-value')) ?? '?',
  };
}

/** A point well inside a province the map colours (any: the click toggles its filter), near the middle. */
async function provincePoint(page: Page): Promise<{ x: number; y: number } | null> {
  const canvas = page.locator('[data-testid=panel-map] canvas').first();
  return canvas.evaluate((el: HTMLCanvasElement) => {
    const { width, height } = el;
    const pixels = el.getContext('2d')!.getImageData(0, 0, width, height).data;
    const scale = el.getBoundingClientRect().width / width;
    const at = (x: number, y: number) => (y * width + x) * 4;
    // A blue pixel (the colour scale's hue, not the grey of provinces without data) whose
    // neighbours 8 px around have its colour exactly: inside a region, away from its borders.
    const inside = (x: number, y: number) => {
      const i = at(x, y);
      if (pixels[i + 2]! < pixels[i]! + 40 || pixels[i + 3]! < 255) return false;
      for (const [dx, dy] of [[8, 0], [-8, 0], [0, 8], [0, -8], [6, 6], [-6, -6]] as const) {
        const j = at(x + dx, y + dy);
        if (pixels[j] !== pixels[i] || pixels[j + 1] !== pixels[i + 1] || pixels[j + 2] !== pixels[i + 2]) return false;
      }
      return true;
    };
    const cy = Math.floor(height / 2);
    for (let d = 0; d < height / 2 - 10; d += 2)
      for (const y of [cy - d, cy + d])
        for (let x = Math.floor(width * 0.45); x < Math.floor(width * 0.8); x += 2) if (inside(x, y)) return { x: x * scale, y: y * scale };
    return null;
  });
}

const ms = (n: number | null) => (n === null ? '< 16 ms' : `${Math.round(n)} ms`);

/** Every dashboard figure for the dataset in `opts.data`. */
export async function dashboardFigures(opts: DashboardOptions): Promise<Figure[]> {
  const runs = opts.runs ?? 3;
  const work = mkdtempSync(join(tmpdir(), 'bench-dashboard-'));
  let server: Server | null = null;
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS, headless: true });
  try {
    const manifest = JSON.parse(readFileSync(join(opts.data, 'manifest.json'), 'utf8')) as { counts: { articles: number } };
    let site = opts.dist;
    if (!site) {
      site = join(work, 'site');
      build(site);
    }
    siteWithData(site, opts.data, join(work, 'root'));
    const started = (await startServer({ root: join(work, 'root'), port: 0 })) as { server: Server; url: string };
    server = started.server;
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN', timezoneId: 'UTC' });
    // tsx compiles the functions this script runs in the page with esbuild's keepNames, whose
    // __name helper the page does not have.
    await context.addInitScript('globalThis.__name = (f) => f;');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));

    const cold = await load(page, started.url);
    const cached: Awaited<ReturnType<typeof load>>[] = [];
    for (let i = 0; i < runs; i++) cached.push(await load(page, started.url));
    const median = <T,>(xs: T[], key: (x: T) => number) => [...xs].sort((a, b) => key(a) - key(b))[Math.floor(xs.length / 2)]!;
    const cache = median(cached, (c) => c.drawn);
    if (opts.screenshot) await page.screenshot({ path: opts.screenshot, fullPage: true });

    await observeEvents(page);
    // Each change: what opens the control (not timed: an input of its own), then the timed input.
    const panel = (testid: string) => async () => {
      await page.keyboard.press('Escape');
      await page.getByTestId(testid).getByRole('button').first().click();
    };
    const changes: { label: string; open?: () => Promise<void>; act: () => Promise<void> }[] = [
      {
        label: 'province (map click)',
        // The pointer comes to rest on the province first, as a reader's does before clicking
        // (hovering highlights the region and shows its tooltip: an input of its own).
        open: async () => {
          const point = await provincePoint(page);
          if (!point) throw new Error('no province found on the map');
          await page.locator('[data-testid=panel-map] canvas').first().hover({ position: point });
          await page.waitForTimeout(300);
        },
        act: async () => {
          await page.mouse.down();
          await page.mouse.up();
        },
      },
      { label: 'theme (checkbox)', open: panel('filter-theme'), act: () => page.getByTestId('filter-theme').getByRole('checkbox').first().click() },
      {
        label: 'year from (select, arrow key)',
        open: async () => {
          await page.keyboard.press('Escape');
          await page.locator('.years select').first().focus();
        },
        act: () => page.keyboard.press('ArrowDown'),
      },
      { label: 'reset (button)', act: () => page.locator('.filters .reset').click() },
      { label: 'province (checkbox)', open: panel('filter-province'), act: () => page.getByTestId('filter-province').getByRole('checkbox').first().click() },
    ];
    const measured: [string, Interaction][] = [];
    for (const c of changes) {
      await c.open?.();
      measured.push([c.label, await interaction(page, c.act)]);
    }

    const loadNote = (l: { source: string; articles: string }) =>
      `${l.source}, ${l.articles === String(manifest.counts.articles) ? `${Number(l.articles).toLocaleString('en')} articles` : `${l.articles} articles shown of ${manifest.counts.articles}!`}`;
    const figures: Figure[] = [
      {
        label: 'dashboard first load (no cache)',
        value: `${ms(cold.drawn)} to all charts drawn (painted ${ms(cold.painted)}; ${loadNote(cold)})`,
        target: `< ${TARGET_NETWORK_MS} ms`,
        ok: cold.source === 'network' && cold.drawn < TARGET_NETWORK_MS,
      },
      {
        label: 'dashboard load from cache',
        value: `${ms(cache.drawn)} to all charts drawn (median of ${runs}: ${cached.map((c) => Math.round(c.drawn)).join(', ')} ms; ${loadNote(cache)})`,
        target: `< ${TARGET_CACHE_MS} ms`,
        ok: cache.source === 'cache' && cache.drawn < TARGET_CACHE_MS,
      },
      ...measured.map(([label, m]) => ({
        label: `filter: ${label}`,
        value: `INP ${ms(m.inp)}; charts painted ${ms(m.painted)}, finished ${ms(m.drawn)} after the input (${Number(m.articles).toLocaleString('en')} articles)`,
        target: `INP < ${TARGET_INP_MS} ms`,
        ok: (m.inp ?? 0) < TARGET_INP_MS,
      })),
    ];
    if (errors.length) figures.push({ label: 'dashboard page errors', value: errors.slice(0, 3).join(' | '), target: 'none', ok: false });
    return figures;
  } finally {
    await browser.close();
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { data: { type: 'string' }, dist: { type: 'string' }, runs: { type: 'string', default: '3' }, screenshot: { type: 'string' } },
    strict: true,
  });
  if (!values.data || !existsSync(join(values.data, 'manifest.json'))) {
    process.stderr.write('usage: npx tsx scripts/bench-dashboard.ts --data DIR [--dist DIR] [--runs N] [--screenshot FILE]\n');
    return 2;
  }
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  process.stdout.write(`load average before: ${load()}\n`);
  const figures = await dashboardFigures({ data: values.data, dist: values.dist, runs: Number(values.runs), screenshot: values.screenshot });
  process.stdout.write(`load average after: ${load()}\n\n`);
  const width = Math.max(...figures.map((f) => f.label.length));
  for (const f of figures) process.stdout.write(`${f.ok === null ? '  ' : f.ok ? 'ok' : '!!'} ${f.label.padEnd(width)}  ${f.value}  (target ${f.target})\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`bench-dashboard: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
