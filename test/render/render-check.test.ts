// Renders every stress fixture, the sample brief and seeded random briefs with LibreOffice: nothing cut off, overlapping, too small or missing.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefFromText, loadBrief, type LoadedBrief } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { containsRtl } from '../../src/slides/script.js';
import { loadTemplates } from '../../src/templates/render.js';
import { openDeck } from '../helpers/pptx.js';
import { CAPTION_NAME } from '../../src/pptx/pictures.js';
import { briefYaml, randomBrief } from './random-brief.js';
import { randomRichBrief } from './random-rich.js';
import { missing, sharedTool } from '../helpers/tools.js';

const templates = loadTemplates(DEFAULT_TEMPLATES);
const out = mkdtempSync(join(tmpdir(), 'briefdeck-render-'));
const FIXTURES = 'test/fixtures';
const SEEDS = (process.env.BRIEFDECK_RENDER_SEEDS ?? '11,23,37').split(',').map(Number);
const RICH_SEEDS = (process.env.BRIEFDECK_RICH_SEEDS ?? '5').split(',').map(Number);

const tool = sharedTool;

/** Normalised for comparison as render-check does (NFC, straight quotes, plain dashes, single spaces), bidi controls dropped. */
const norm = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * Builds the deck, validates the package and renders it. Phrases with right-to-left text are checked in the slide text,
 * because pdftotext reads RTL lines back in visual order; all others must be read back from the rendered pages.
 */
async function check(name: string, loaded: LoadedBrief, phrases: string[]) {
  const deck = await buildDeck(loaded, templates);
  const file = join(out, `${name}.pptx`);
  writeFileSync(file, deck.bytes);
  const view = openDeck(deck.bytes);
  const slideText = norm(Array.from({ length: view.slideCount }, (_, i) => view.slideText(i + 1).join(' ')).join(' '));
  for (let n = 1; n <= view.slideCount; n++) {
    // every title and body text sits in a placeholder of the slide's layout (tables are table frames), except a picture's
    // caption (its own text box), the timeline's date and title labels, drawn beside its markers, and a message's callout
    const shapes = [...view.slideXml(n).matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)]
      .map((m) => m[0])
      .filter(
        (shape) =>
          /<a:t>[^<]/.test(shape) &&
          !shape.includes(`name="${CAPTION_NAME}"`) &&
          !/<p:cNvPr id="\d+" name="(?:Timeline (?:date|title): |Message(?: subtitle)?")/.test(shape),
      );
    for (const shape of shapes) expect(shape, `slide ${n}: text outside a placeholder`).toMatch(/<p:ph\b/);
    // slide numbers count continuation slides: a field per content slide, never a fixed total
    if (deck.slides[n - 1].layout === 'content') expect(view.slideXml(n)).toMatch(new RegExp(`type="slidenum"><a:rPr[^>]*/><a:t>${n}</a:t>`));
  }
  const rtl = phrases.filter(containsRtl);
  for (const phrase of rtl) expect(slideText, `RTL phrase missing from the slides: ${phrase}`).toContain(norm(phrase));
  const expectFile = join(out, `${name}.expect`);
  writeFileSync(expectFile, phrases.filter((p) => !containsRtl(p)).join('\n'));
  const validation = tool('validate-pptx', [file]);
  expect(validation.split('\n').pop(), validation).toMatch(/ 0 problems$/);
  const render = tool('render-check', [file, '--expect', expectFile]);
  expect(render, render).toMatch(new RegExp(`^${deck.slides.length} slides, 0 problems$`, 'm'));
  expect(render.split('\n')).toHaveLength(1);
  return deck;
}

/** Phrases of an .expect file; '#rtl ' lines are right-to-left phrases that render-check skips as comments. */
const phrasesOf = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim().replace(/^#rtl /, ''))
    .filter((l) => l && !l.startsWith('#'));

describe.skipIf(missing('render-check', 'validate-pptx'))('render check (LibreOffice)', () => {
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => /^stress-.*\.yaml$/.test(f))
    .sort();

  it('has a stress fixture of every kind the issue names', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it('renders the sample brief with every summary point shown', async () => {
    const loaded = await loadBrief('briefs/china-nato-8th-dialogue.yaml');
    const summary = (loaded.brief.summary.points ?? []).map((point) => (typeof point === 'string' ? point : point.text));
    // the two delegations stand side by side: the head's name wraps in its cell, and pdftotext reads each line across the
    // row's cells, so the name is found line by line
    await check('sample', loaded, ['8th China–NATO Security Policy Dialogue', 'Major General Dacian-', 'Tiberiu Șerban', ...summary]);
  });

  for (const fixture of readdirSync(join(FIXTURES, 'design')).filter((f) => f.endsWith('.yaml'))) {
    it(`renders the design fixture ${fixture} with 0 problems`, async () => {
      const name = basename(fixture, '.yaml');
      await check(`design-${name}`, await loadBrief(join(FIXTURES, 'design', fixture)), phrasesOf(join(FIXTURES, 'design', `${name}.expect`)));
    });
  }

  for (const fixture of fixtures) {
    it(`renders ${fixture} with 0 problems`, async () => {
      const name = basename(fixture, '.yaml');
      await check(name, await loadBrief(join(FIXTURES, fixture)), phrasesOf(join(FIXTURES, `${name}.expect`)));
    });
  }

  for (const seed of SEEDS) {
    it(`renders an unseen random brief (seed ${seed}) with 0 problems`, async () => {
      const { brief, phrases } = randomBrief(seed);
      const file = join(out, `random-${seed}.yaml`);
      writeFileSync(file, briefYaml(brief));
      await check(`random-${seed}`, briefFromText(readFileSync(file, 'utf8'), file), phrases);
    });
  }

  for (const seed of RICH_SEEDS) {
    it(`renders an unseen random brief with markup, sub-points, pictures, sections and a timeline (seed ${seed}) with 0 problems`, async () => {
      const { brief, phrases } = randomRichBrief(seed);
      const file = join(out, `rich-${seed}.yaml`);
      writeFileSync(file, briefYaml(brief));
      await check(`rich-${seed}`, await loadBrief(file), phrases);
    });
  }
});
