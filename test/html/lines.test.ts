// The HTML deck draws the .pptx's lines: for the sample and stress decks, each slide's <span class="line"> texts are the lines its slide XML wraps to.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { deckHtml } from '../../src/html/deck.js';
import { buildDeck, modelDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { htmlSlides } from '../helpers/html.js';
import { openDeck } from '../helpers/pptx.js';
import { comparable, slideXmlLines } from '../helpers/slide-lines.js';
import { REPO } from '../watch/child.js';

const templates = loadTemplates(DEFAULT_TEMPLATES);
const sorted = (lines: string[]) => lines.map(comparable).filter(Boolean).sort();

async function both(file: string) {
  const loaded = () => briefFromText(readFileSync(join(REPO, file), 'utf8'), file);
  const modelled = await modelDeck(loaded(), templates);
  const html = deckHtml(modelled.model, { body: modelled.measurer, heading: modelled.headingMeasurer });
  const pptx = openDeck((await buildDeck(loaded(), templates)).bytes);
  return { modelled, html, pptx };
}

describe.each([
  'briefs/china-nato-8th-dialogue.yaml',
  'test/fixtures/stress-participants.yaml',
  'test/fixtures/stress-long-summary.yaml',
  'test/fixtures/pictures/pictures.yaml',
  'test/fixtures/valid-full.yaml',
  'test/fixtures/stress-arabic.yaml',
])('%s', (file) => {
  it("draws every slide's lines as the .pptx's slide XML wraps them (the same words on each line)", async () => {
    const { modelled, html, pptx } = await both(file);
    expect(html.slides).toHaveLength(pptx.slideCount);
    let compared = 0;
    for (const [i, slide] of html.slides.entries()) {
      const [view] = htmlSlides(slide.html);
      expect(view.n).toBe(i + 1);
      const layout = modelled.model.layouts[modelled.model.slides[i].layout];
      const fromXml = slideXmlLines(pptx.slideXml(i + 1), layout, modelled.measurer, modelled.headingMeasurer);
      expect(sorted(view.lines), `slide ${i + 1}`).toEqual(sorted(fromXml));
      compared += fromXml.length;
    }
    expect(compared).toBeGreaterThan(html.slides.length * 3); // titles, body, footers: real lines were compared
  });
});
