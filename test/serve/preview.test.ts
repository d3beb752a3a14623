// briefdeck serve in a real headless Chromium: every slide's text, live updates in place (no reload, scroll kept), the error panel over the last good deck.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { loadBrief } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { modelDeck } from '../../src/pipeline.js';
import { runsText, type Paragraph, type Slide } from '../../src/slides/model.js';
import { loadTemplates } from '../../src/templates/render.js';
import { hasChromium, launchChromium, type Chromium } from './browser.js';
import { SAMPLE, SAMPLE_FILE, serveCopy, type Served } from './helpers.js';
import { startServer } from '../../src/serve/server.js';
import { REPO } from '../watch/child.js';
import { join } from 'node:path';

const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const squashed = (text: string) => text.replace(/\s+/g, '');
const paragraphsText = (paragraphs: Paragraph[]) => paragraphs.map((p) => words(runsText(p.runs))).filter(Boolean);

/** The text a slide must show: its title and every paragraph of its body and tables. */
function expectedText(slide: Slide): string[] {
  const blocks = (slide.placed ?? []).flatMap(({ block }) =>
    block.kind === 'text' ? paragraphsText(block.paragraphs) : [block.header, ...block.rows].flatMap((row) => row.cells.flatMap(paragraphsText)),
  );
  return [words(slide.title), ...blocks];
}

const slideText = (page: Page, n: number) => page.$eval(`#deck .frame[data-n="${n}"] .slide`, (el) => (el as HTMLElement).innerText);
const withSubtitle = (text: string) => SAMPLE.replace(/^subtitle: .*$/m, `subtitle: ${text}`);

describe.skipIf(!hasChromium)('briefdeck serve: the preview in Chromium', () => {
  let chromium: Chromium;
  let served: Served;
  let page: Page;

  beforeAll(async () => {
    [chromium, served] = await Promise.all([launchChromium(), serveCopy()]);
    page = await chromium.open(served.server.url);
  });
  afterAll(async () => {
    await chromium?.close();
    await served?.stop();
  });

  it('shows every planned slide, each with its title and body text', async () => {
    const { slides } = await modelDeck(await loadBrief(SAMPLE_FILE), loadTemplates(DEFAULT_TEMPLATES));
    expect(await page.$$eval('#deck .frame .slide', (els) => els.length)).toBe(slides.length);
    for (const [i, slide] of slides.entries()) {
      const shown = squashed(await slideText(page, i + 1)); // lines break after a hyphen too: compared without white space
      for (const text of expectedText(slide)) expect(shown, `slide ${i + 1}`).toContain(squashed(text));
    }
    const box = await page.$eval('#deck .frame[data-n="1"]', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.width).toBeLessThanOrEqual(1280); // scaled to fit the window
    expect(box.width / box.height).toBeCloseTo(13.333 / 7.5, 2);
  });

  it('shows a saved change within a second, without reloading and keeping the scroll position', async () => {
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'same page';
      window.scrollTo(0, 2000);
    });
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(1500);
    const saved = Date.now();
    served.save(withSubtitle('Live edit one'));
    await page.waitForFunction(() => document.querySelector('#deck .frame[data-n="1"]')!.textContent!.includes('Live edit one'), {
      timeout: 1000,
      polling: 'mutation',
    });
    const ms = Date.now() - saved;
    expect(ms).toBeLessThan(1000);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    const built = served.events.at(-1)!;
    console.log(`save → new text in the page: ${ms} ms (build ${built.kind === 'served' ? Math.round(built.ms) : '?'} ms)`);
  });

  it('shows a broken save as FILE:LINE:COLUMN with the source line and a caret, over the last good deck; a fix clears it', async () => {
    served.save(withSubtitle('Broken edit').replace(/^title: /m, 'titel: '));
    await page.waitForSelector('#problems:not([hidden])', { timeout: 5000 });
    const panel = await page.$eval('#problems', (el) => (el as HTMLElement).innerText);
    expect(panel).toMatch(/brief\.yaml:3:1: .*titel/);
    const lines = panel.split('\n');
    const quoted = lines.findIndex((line) => line.includes('3 | titel:'));
    expect(quoted).toBeGreaterThan(-1);
    expect(lines[quoted + 1].indexOf('^')).toBe(lines[quoted].indexOf('titel')); // the caret under column 1
    expect(await page.$$eval('#deck .frame', (els) => els.length)).toBe(12); // the last good deck stays
    expect(await slideText(page, 1)).toContain('Live edit one');
    const inView = await page.$eval('#problems', (el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < 100);
    expect(inView).toBe(true); // over the deck, where the reader is

    served.save(withSubtitle('Fixed edit'));
    await page.waitForSelector('#problems[hidden]', { timeout: 5000 });
    expect(await slideText(page, 1)).toContain('Fixed edit');
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
  });

  it("loads every picture of the deck from the server (the brief's pictures and the template's art, by id)", async () => {
    const file = join(REPO, 'test', 'fixtures', 'pictures', 'pictures.yaml');
    const pictured = await startServer({ brief: file, port: 0, templatesDir: DEFAULT_TEMPLATES });
    try {
      await pictured.ready;
      const other = await chromium.open(pictured.url);
      const pictures = await other.$$eval('#deck img', (images) =>
        images.map((image) => ({ src: image.getAttribute('src'), width: (image as HTMLImageElement).naturalWidth })),
      );
      expect(pictures.length).toBeGreaterThan(3);
      for (const picture of pictures) {
        expect(picture.src).toMatch(/^\/pictures\/[0-9a-f]{16}\.(png|jpg)$/);
        expect(picture.width, picture.src!).toBeGreaterThan(0); // loaded: allowed by the CSP, answered by the server
      }
      await other.close();
    } finally {
      await pictured.close();
    }
  });
});
