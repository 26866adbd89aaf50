// Shared set-up for browser tests: Debian's Chromium driven by playwright-core, the built app
// served from dist/ on loopback. Never downloads a browser.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { Server } from 'node:http';
// @ts-expect-error: plain ESM helper without type declarations
import { startServer } from '../../scripts/serve.mjs';

export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

export function chromePath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS, headless: true });
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serveDist(root = 'dist'): Promise<Served> {
  const { server, url } = (await startServer({ root, port: 0 })) as { server: Server; url: string };
  return {
    url,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** Collects page errors so a test can assert that nothing threw. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    // The browser asks for /favicon.ico on its own; the app has none and needs none.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
  });
  return errors;
}

/** The browser and the served app a test file shares. */
export interface App {
  readonly browser: Browser;
  readonly served: Served;
}

/** One Chromium and the built app for the test file calling it: started before its tests, closed after. */
export function useApp(): App {
  let browser: Browser | null = null;
  let served: Served | null = null;
  beforeAll(async () => {
    served = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('useApp: the browser is started in beforeAll');
      return browser;
    },
    get served() {
      if (!served) throw new Error('useApp: the app is served in beforeAll');
      return served;
    },
  };
}

/** A test's own browser context (a fresh profile: empty IndexedDB) and page, with its errors. */
export interface Tab {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
  /** Replaces the context and page mid-test (another colour scheme, viewport…); closed after it. */
  reopen(options: BrowserContextOptions): Promise<void>;
}

/**
 * A fresh context and page for every test of the file, made with `options` and prepared by
 * `setUp` (routes, stubs) before the page opens; closed after each test.
 */
export function useTab(app: App, options: BrowserContextOptions = {}, setUp?: (context: BrowserContext) => Promise<void>): Tab {
  let current: { context: BrowserContext; page: Page; errors: string[] } | null = null;
  const open = async (opts: BrowserContextOptions) => {
    const context = await app.browser.newContext(opts);
    await setUp?.(context);
    const page = await context.newPage();
    current = { context, page, errors: trackErrors(page) };
  };
  const now = () => {
    if (!current) throw new Error('useTab: the page is opened in beforeEach');
    return current;
  };
  beforeEach(() => open(options));
  afterEach(async () => {
    await current?.context.close();
    current = null;
  });
  return {
    get context() {
      return now().context;
    },
    get page() {
      return now().page;
    },
    get errors() {
      return now().errors;
    },
    async reopen(opts) {
      await current?.context.close();
      await open(opts);
    },
  };
}
