// The preview in Chromium draws the .pptx's lines: each slide's lines read back from the page's DOM are the lines its slide XML wraps to, in the deck's own web fonts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck, modelDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { openDeck } from '../helpers/pptx.js';
import { comparable, slideXmlLines } from '../helpers/slide-lines.js';
import { REPO } from '../watch/child.js';
import { hasChromium, launchChromium, type Chromium } from './browser.js';
import { serveCopy } from './helpers.js';

const templates = loadTemplates(DEFAULT_TEMPLATES);
const sorted = (lines: string[]) => lines.map(comparable).filter(Boolean).sort();

describe.skipIf(!hasChromium)('briefdeck serve: the lines in the browser', () => {
  let chromium: Chromium;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(() => chromium?.close());

  it.each(['briefs/china-nato-8th-dialogue.yaml', 'test/fixtures/stress-long-summary.yaml'])(
    "%s: every slide's lines in the page are the .pptx's lines, each fitting its box in the deck's web fonts",
    async (file) => {
      const text = readFileSync(join(REPO, file), 'utf8');
      const served = await serveCopy(text);
      try {
        const page = await chromium.open(served.server.url);
        const domLines = await page.$$eval('#deck .slide', (slides) =>
          slides.map((slide) => [...slide.querySelectorAll('.line')].map((line) => (line as HTMLElement).textContent ?? '')),
        );
        const modelled = await modelDeck(briefFromText(text, file), templates);
        const pptx = openDeck((await buildDeck(briefFromText(text, file), templates)).bytes);
        expect(domLines).toHaveLength(pptx.slideCount);
        for (const [i, lines] of domLines.entries()) {
          const layout = modelled.model.layouts[modelled.model.slides[i].layout];
          const fromXml = slideXmlLines(pptx.slideXml(i + 1), layout, modelled.measurer, modelled.headingMeasurer);
          expect(sorted(lines), `slide ${i + 1}`).toEqual(sorted(fromXml));
        }
        const fonts = await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family));
        expect(fonts.length).toBeGreaterThan(0); // the deck's faces came from the server and were used
        const overflowing = await page.$$eval('#deck .box .line', (lines) =>
          lines
            .map((line) => {
              const range = document.createRange();
              range.selectNodeContents(line);
              const text = range.getBoundingClientRect();
              const box = line.closest('.box')!.getBoundingClientRect();
              return { text: line.textContent, over: Math.max(text.right - box.right, box.left - text.left) };
            })
            .filter((line) => line.over > 1),
        );
        expect(overflowing).toEqual([]); // drawn in the planner's fonts, every line fits the box it was measured for
      } finally {
        await served.stop();
      }
    },
  );
});
