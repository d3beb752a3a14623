// Test helper: headless Debian Chromium driven by puppeteer-core (it downloads no browser), with a temp profile.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missing } from '../helpers/tools.js';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const CHROMIUM = process.env.BRIEFDECK_CHROMIUM ?? '/usr/bin/chromium';
/** Without it the browser tests skip, counted and named in the run's one line of what to install (test/setup/tools.ts); under CI they fail. */
export const hasChromium = process.env.BRIEFDECK_CHROMIUM ? existsSync(CHROMIUM) : !missing('chromium');

export interface Chromium {
  browser: Browser;
  open(url: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'briefdeck-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--no-first-run', '--no-default-browser-check', '--disable-gpu', '--font-render-hinting=none'],
  });
  return {
    browser,
    async open(url, viewport = { width: 1280, height: 720 }) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => document.body.dataset.live === 'yes' && document.fonts.status === 'loaded');
      if (errors.length) throw new Error(`the page threw: ${errors.join('\n')}`);
      return page;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
