// Takes the README's pictures of `briefdeck serve` (docs/serve-preview.png, docs/serve-presenter.png): the sample brief in
// headless Chromium at 1280 × 720, reduced to a 256-colour palette. Run after `npm run build`: node scripts/serve-screenshots.js
import { mkdtempSync, rmSync } from 'node:fs';
/* global document, window -- the functions given to page.evaluate run in the browser */
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import sharp from 'sharp';
import { DEFAULT_TEMPLATES } from '../dist/files.js';
import { startServer } from '../dist/serve/server.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.BRIEFDECK_CHROMIUM ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 720 };

const server = await startServer({ brief: join(root, 'briefs', 'china-nato-8th-dialogue.yaml'), port: 0, templatesDir: DEFAULT_TEMPLATES });
await server.ready;
const profile = mkdtempSync(join(tmpdir(), 'briefdeck-screenshots-'));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--font-render-hinting=none'],
});

/** Opens a page of the server and waits for its deck and fonts. */
async function open(path) {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  await page.waitForFunction(() => document.body.dataset.live === 'yes' && document.fonts.status === 'loaded');
  return page;
}

async function save(page, name) {
  await new Promise((resolve) => setTimeout(resolve, 300)); // the last layout settles
  const png = await page.screenshot();
  await sharp(png)
    .png({ palette: true, colours: 256, quality: 95, dither: 0.5, compressionLevel: 9, effort: 10 })
    .toFile(join(root, 'docs', name));
  console.log(`docs/${name}`);
}

try {
  const preview = await open('/'); // scrolled to slide 4 (the delegations' tables), its label under the bar
  await preview.evaluate(() => window.scrollTo(0, document.querySelector('.frame[data-n="4"]').getBoundingClientRect().top + window.scrollY - 88));
  await save(preview, 'serve-preview.png');
  const presenter = await open('/presenter'); // on slide 3 (the summary), as typed: 3 then Enter
  await presenter.keyboard.type('3');
  await presenter.keyboard.press('Enter');
  await save(presenter, 'serve-presenter.png');
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  await server.close();
}
