// Shared set-up for browser tests: Debian's Chromium driven by playwright-core, the built app
// served from dist/ on loopback. Never downloads a browser.
import { chromium, type Browser, type Page } from 'playwright-core';
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
