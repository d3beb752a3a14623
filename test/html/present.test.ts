// The standalone page in a real Chromium: its script runs under its own CSP, nothing is requested from outside, the keys present the deck, the browser draws the planner's lines.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { deckPage, modelDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { htmlSlides } from '../helpers/html.js';
import { CHROMIUM, hasChromium } from '../serve/browser.js';
import { REPO } from '../watch/child.js';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-present-'));
let browser: Browser;
let page: Page;
let html: string;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  if (!hasChromium) return;
  const file = join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml');
  const templates = loadTemplates(DEFAULT_TEMPLATES);
  html = deckPage(await modelDeck(briefFromText(readFileSync(file, 'utf8'), file), templates), templates);
  writeFileSync(join(dir, 'deck.html'), html);
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'], userDataDir: join(dir, 'profile') });
  page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 700 });
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`file://${join(dir, 'deck.html')}`, { waitUntil: 'load' });
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const shown = () => page.$eval('.frame.current', (frame) => Number(frame.getAttribute('data-n')));

describe.skipIf(!hasChromium)('the standalone page in Chromium', () => {
  it('runs its script (allowed by the CSP hash), requests nothing but itself and its data: URIs, logs no error', async () => {
    expect(await page.$eval('html', (root) => root.classList.contains('ready'))).toBe(true);
    expect(requests.filter((url) => !url.startsWith('data:') && url !== `file://${join(dir, 'deck.html')}`)).toEqual([]);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => document.fonts.check('16px Calibri'))).toBe(true);
  });

  it('presents one slide at a time, letterboxed in the window; keys and a typed number move', async () => {
    expect(await shown()).toBe(1);
    const box = await page.$eval('.frame.current .holder', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.width).toBeCloseTo(1000, 0); // 13.33 × 7.5 in slide in a 1000 × 700 window: as wide as the window
    expect(box.height).toBeCloseTo(562.5, 0);
    expect(await page.$$eval('.frame', (frames) => frames.filter((f) => getComputedStyle(f).display !== 'none').length)).toBe(1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    expect(await shown()).toBe(3);
    await page.keyboard.press('PageUp');
    expect(await shown()).toBe(2);
    await page.keyboard.press('End');
    expect(await shown()).toBe(htmlSlides(html).length);
    await page.keyboard.press('Home');
    expect(await shown()).toBe(1);
    await page.keyboard.type('1');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    expect(await shown()).toBe(10);
    expect(await page.evaluate(() => location.hash)).toBe('#10');
  });

  it('o shows the overview: every slide with its notes; a click presents that slide', async () => {
    await page.keyboard.press('o');
    const visible = await page.$$eval('.frame', (frames) => frames.filter((f) => getComputedStyle(f).display !== 'none').length);
    expect(visible).toBe(htmlSlides(html).length);
    expect(await page.$$eval('.notes', (notes) => notes.filter((n) => getComputedStyle(n).display !== 'none').length)).toBe(visible);
    await page.click('.frame[data-n="4"] .holder');
    expect(await page.evaluate(() => document.documentElement.classList.contains('overview'))).toBe(false);
    expect(await shown()).toBe(4);
  });

  it('the browser draws each planned line on one line (no line of the page wraps again)', async () => {
    await page.keyboard.press('o');
    const wrapped = await page.$$eval('.slide .line', (lines) =>
      lines.filter((line) => line.textContent!.trim() !== '' && line.getClientRects().length > 1).map((line) => line.textContent),
    );
    expect(wrapped).toEqual([]);
    const heights = await page.$$eval('.slide .line', (lines) => lines.map((line) => Math.round(line.getBoundingClientRect().height)));
    expect(heights.length).toBeGreaterThan(50);
  });

  it('a click on the slide moves on (on its left quarter, back)', async () => {
    if (await page.evaluate(() => document.documentElement.classList.contains('overview'))) await page.keyboard.press('o');
    await page.keyboard.press('Home');
    await page.mouse.click(800, 350);
    expect(await shown()).toBe(2);
    await page.mouse.click(100, 350);
    expect(await shown()).toBe(1);
  });

  it('printed, each slide is a page of the slide’s own size (13.33 × 7.5 in), without the notes', async () => {
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = Buffer.from(pdf).toString('latin1');
    const pages = text.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(htmlSlides(html).length);
    expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 960 540\s*\]/);
  });
});
