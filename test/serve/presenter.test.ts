// The presenter view in a real headless Chromium: notes, keys (arrows, space, Home/End, a number then Enter), and the audience window it opens following it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { loadBrief } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { modelDeck } from '../../src/pipeline.js';
import type { Slide } from '../../src/slides/model.js';
import { loadTemplates } from '../../src/templates/render.js';
import { hasChromium, launchChromium, type Chromium } from './browser.js';
import { SAMPLE, SAMPLE_FILE, serveCopy, type Served } from './helpers.js';

const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const firstNotesLine = (slide: Slide) => words((slide.notes || slide.title).split('\n').find((line) => line.trim())!);
const position = (page: Page) => page.$eval('#position', (el) => el.textContent);
const notes = async (page: Page) => words(await page.$eval('#notes', (el) => (el as HTMLElement).innerText));
const currentTitle = (page: Page) => page.$eval('#current .frame', (el) => el.getAttribute('data-label'));
const audienceSlide = (page: Page) => page.$eval('#deck .frame.current', (el) => Number(el.getAttribute('data-n')));

describe.skipIf(!hasChromium)('briefdeck serve: the presenter view in Chromium', () => {
  let chromium: Chromium;
  let served: Served;
  let presenter: Page;
  let slides: Slide[];

  beforeAll(async () => {
    [chromium, served, { slides }] = await Promise.all([
      launchChromium(),
      serveCopy(),
      loadBrief(SAMPLE_FILE).then((loaded) => modelDeck(loaded, loadTemplates(DEFAULT_TEMPLATES))),
    ]);
    presenter = await chromium.open(served.server.presenterUrl);
  });
  afterAll(async () => {
    await chromium?.close();
    await served?.stop();
  });

  it('shows the current slide, the next one, the notes, a clock and a timer', async () => {
    expect(await position(presenter)).toBe(`1 / ${slides.length}`);
    expect(await currentTitle(presenter)).toBe(`1 · ${slides[0].title}`);
    expect(await presenter.$eval('#next .frame', (el) => el.getAttribute('data-label'))).toBe(`2 · ${slides[1].title}`);
    expect(await notes(presenter)).toContain(firstNotesLine(slides[0]));
    expect(await presenter.$eval('#clock', (el) => el.textContent)).toMatch(/^\d\d:\d\d$/);
    expect(await presenter.$eval('#elapsed', (el) => el.textContent)).toMatch(/^\d\d:\d\d$/);
    const current = await presenter.$eval('#current .frame', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const next = await presenter.$eval('#next .frame', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(current.width).toBeGreaterThan(next.width * 1.5); // the current slide large, the next one small
    expect(current.right).toBeLessThanOrEqual(1280);
  });

  it('moves with the arrow keys, space, Home/End and a number typed then Enter, the notes following', async () => {
    await presenter.keyboard.press('ArrowRight');
    expect(await position(presenter)).toBe(`2 / ${slides.length}`);
    expect(await notes(presenter)).toContain(firstNotesLine(slides[1]));
    await presenter.keyboard.press('Space');
    expect(await position(presenter)).toBe(`3 / ${slides.length}`);
    expect(await notes(presenter)).toContain(firstNotesLine(slides[2]));
    await presenter.keyboard.press('ArrowLeft');
    expect(await position(presenter)).toBe(`2 / ${slides.length}`);
    await presenter.keyboard.press('End');
    expect(await position(presenter)).toBe(`${slides.length} / ${slides.length}`);
    expect(await presenter.$eval('#next', (el) => (el as HTMLElement).innerText)).toContain('End of the deck');
    await presenter.keyboard.press('ArrowRight'); // stays on the last slide
    expect(await position(presenter)).toBe(`${slides.length} / ${slides.length}`);
    await presenter.keyboard.press('Home');
    expect(await position(presenter)).toBe(`1 / ${slides.length}`);
    await presenter.keyboard.type('10');
    expect(await presenter.$eval('#typed', (el) => el.textContent)).toBe('go to 10');
    await presenter.keyboard.press('Enter');
    expect(await position(presenter)).toBe(`10 / ${slides.length}`);
    expect(await currentTitle(presenter)).toBe(`10 · ${slides[9].title}`);
    expect(await notes(presenter)).toContain(firstNotesLine(slides[9]));
  });

  it('opens the audience window, which shows the current slide alone and follows the presenter (and the other way round)', async () => {
    await presenter.keyboard.press('Home');
    await presenter.keyboard.press('ArrowRight');
    const opened = chromium.browser.waitForTarget((target) => target.url().endsWith('/#present'));
    await presenter.click('#audience');
    const audience = (await (await opened).page())!;
    await audience.waitForFunction(() => document.body.classList.contains('presenting') && document.querySelector('#deck .frame.current') !== null);
    await audience.waitForFunction(() => document.querySelector('#deck .frame.current')?.getAttribute('data-n') === '2');
    const visible = await audience.$$eval('#deck .frame', (els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
    expect(visible).toBe(1);

    await presenter.keyboard.press('ArrowRight');
    await audience.waitForFunction(() => document.querySelector('#deck .frame.current')?.getAttribute('data-n') === '3', { timeout: 2000 });
    await presenter.keyboard.press('End');
    await audience.waitForFunction(
      (n) => document.querySelector('#deck .frame.current')?.getAttribute('data-n') === String(n),
      { timeout: 2000 },
      slides.length,
    );
    expect(await audienceSlide(audience)).toBe(slides.length);

    await audience.keyboard.press('Home'); // keys in the audience window move the presenter too
    await presenter.waitForFunction(() => document.getElementById('position')!.textContent!.startsWith('1 /'), { timeout: 2000 });
    await audience.click('#deck .frame.current'); // a click in the audience window moves on
    await presenter.waitForFunction(() => document.getElementById('position')!.textContent!.startsWith('2 /'), { timeout: 2000 });
    const box = await audience.$eval('#deck .frame.current', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const viewport = await audience.evaluate(() => ({ w: window.innerWidth, h: window.innerHeight }));
    expect(Math.max(box.width / viewport.w, box.height / viewport.h)).toBeCloseTo(1, 2); // the slide fills the window (letterboxed)
  });

  it('takes a saved change in place, staying on its slide', async () => {
    await presenter.keyboard.type('3');
    await presenter.keyboard.press('Enter');
    expect(await position(presenter)).toBe(`3 / ${slides.length}`);
    served.save(SAMPLE.replace('Both sides agreed on the value of continued engagement.', 'Both sides agreed to meet again next year.'));
    await presenter.waitForFunction(() => document.getElementById('current')!.textContent!.replace(/\s+/g, '').includes('meetagainnextyear'), {
      timeout: 5000,
      polling: 50,
    }); // polled: the audience window has the focus, so this page gets no animation frames
    expect(await position(presenter)).toBe(`3 / ${slides.length}`);
  });
});
