// Decks built on reference templates nobody here wrote (Pandoc's, LibreOffice's): their size, layouts, masters and theme, our slides only, the banner on top.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadBrief } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { briefdeck, expectValidPptx, inherited, slideHeight, XMLLINT } from '../deck/decks.js';
import { layoutOf, openDeck, placeholderShape } from '../helpers/pptx.js';
import { REPO } from '../watch/child.js';

const REFERENCES = join(REPO, 'test', 'fixtures', 'reference');
const SAMPLE = join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml');
const out = mkdtempSync(join(tmpdir(), 'briefdeck-reference-'));
const fixtures = readdirSync(REFERENCES).filter((name) => name.endsWith('.pptx'));

/** The reference's own parts, as text. */
function referenceParts(name: string): Record<string, string> {
  const parts = unzipSync(new Uint8Array(readFileSync(join(REFERENCES, name))));
  return Object.fromEntries(Object.entries(parts).map(([part, bytes]) => [part, strFromU8(bytes)]));
}

const layoutNames = (parts: Record<string, string>) =>
  new Set(
    Object.entries(parts).flatMap(([part, xml]) =>
      /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(part) ? [/<p:cSld name="([^"]*)"/.exec(xml)?.[1] ?? ''] : [],
    ),
  );

describe('a deck on a reference template', () => {
  it('finds the reference fixtures', () => expect(fixtures).toHaveLength(10));

  it.each(fixtures)(
    '%s: its slide size, its layouts and masters, only our slides, titles in its title placeholders, the banner on every master',
    async (name) => {
      const templates = { ...loadTemplates(DEFAULT_TEMPLATES), reference: { file: name, bytes: new Uint8Array(readFileSync(join(REFERENCES, name))) } };
      const deck = await buildDeck(await loadBrief(SAMPLE), templates);
      const file = join(out, name);
      writeFileSync(file, deck.bytes);
      if (XMLLINT) expectValidPptx(file);
      const view = openDeck(deck.bytes);
      const reference = referenceParts(name);
      expect(/<p:sldSz [^>]*\/>/.exec(view.parts['ppt/presentation.xml'])?.[0]).toBe(/<p:sldSz [^>]*\/>/.exec(reference['ppt/presentation.xml'])?.[0]);
      expect(view.slideCount).toBe(deck.slides.length);
      const names = layoutNames(reference);
      for (let n = 1; n <= view.slideCount; n++) {
        const layout = layoutOf(view, n);
        expect(names.has(layout.name), `slide ${n} on “${layout.name}”`).toBe(true);
        const title = placeholderShape(view.slideXml(n), deck.slides[n - 1].layout === 'title' ? '(?:ctrTitle|title)' : '(?:title|ctrTitle)');
        expect(title, `slide ${n} title placeholder`).toContain(deck.slides[n - 1].title.slice(0, 12).replace(/&/g, '&amp;'));
        const banners = inherited(view, n).shapes.filter((shape) => shape.text === 'UNCLASSIFIED');
        expect(
          banners.map((b) => b.y).sort((a, b) => a - b),
          `slide ${n}: banners top and bottom`,
        ).toEqual([0, slideHeight(view) - banners[0].height]);
      }
      // our slides only: none of the template's example slide texts came along
      const examples = Object.keys(reference).filter((part) => /^ppt\/slides\/slide\d+\.xml$/.test(part));
      for (const part of examples) expect(view.parts[part] ?? '').not.toContain('Click to');
    },
  );
});

describe('--reference on the command line', () => {
  it('builds the sample on Pandoc’s reference deck', () => {
    const run = briefdeck(['build', SAMPLE, '--reference', join(REFERENCES, 'pandoc-reference.pptx'), '-o', join(out, 'cli')]);
    expect(run.status, run.stderr).toBe(0);
    expect(openDeck(join(out, 'cli', 'china-nato-8th-dialogue.pptx')).parts['ppt/presentation.xml']).toContain('cx="9144000" cy="5143500"');
  });

  it('refuses a missing reference deck, naming it, exit 1, and writes nothing', () => {
    const run = briefdeck(['build', SAMPLE, '--reference', 'no-such-template.potx', '-o', join(out, 'missing')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no-such-template\.potx: cannot read the reference deck: no such file/i);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(() => readdirSync(join(out, 'missing'))).toThrow();
  });

  it('refuses a file that is not a presentation, naming it, exit 1', () => {
    const fake = join(out, 'notes.pptx');
    writeFileSync(fake, 'these are my notes, not a deck');
    const run = briefdeck(['build', SAMPLE, '--reference', fake, '-o', join(out, 'fake')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('notes.pptx');
    expect(run.stderr).toMatch(/expected a PowerPoint \.pptx or \.potx file/);
  });

  it('refuses a reference: in theme.yaml that does not exist at its line', () => {
    const dir = mkdtempSync(join(out, 'theme-'));
    const theme = readFileSync(join(DEFAULT_TEMPLATES, 'theme.yaml'), 'utf8').replace(/^deck:/m, 'reference: ours.potx\ndeck:');
    writeFileSync(join(dir, 'theme.yaml'), theme);
    const line = theme.split('\n').findIndex((l) => l.startsWith('reference:')) + 1;
    const run = briefdeck(['build', SAMPLE, '--templates', dir, '-o', join(out, 'theme-ref')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`theme.yaml:${line}:`);
    expect(run.stderr).toContain('ours.potx');
    expect(run.stderr).toContain('cannot read the reference deck');
  });
});

describe('watching a reference deck', () => {
  it('lists the reference deck, the logo and font files among the files a rebuild follows', () => {
    const dir = mkdtempSync(join(out, 'assets-'));
    writeFileSync(join(dir, 'ours.pptx'), readFileSync(join(REFERENCES, 'pandoc-reference.pptx')));
    const theme = readFileSync(join(DEFAULT_TEMPLATES, 'theme.yaml'), 'utf8').replace(/^deck:/m, 'reference: ours.pptx\ndeck:');
    writeFileSync(join(dir, 'theme.yaml'), theme);
    expect(loadTemplates(dir).files).toContain(join(dir, 'ours.pptx'));
  });
});

describe('pinning a layout in theme.yaml', () => {
  const withPins = (pins: string) => {
    const dir = mkdtempSync(join(out, 'pins-'));
    const theme = readFileSync(join(DEFAULT_TEMPLATES, 'theme.yaml'), 'utf8').replace(
      /^deck:/m,
      `reference: ${join(REFERENCES, 'pandoc-reference.pptx')}\n${pins}\ndeck:`,
    );
    writeFileSync(join(dir, 'theme.yaml'), theme);
    return { dir, line: theme.split('\n').findIndex((l) => l.includes('content:')) + 1 };
  };

  it('puts content slides on the pinned layout', async () => {
    const { dir } = withPins('layouts:\n  content: Title Only');
    const deck = openDeck((await buildDeck(await loadBrief(SAMPLE), loadTemplates(dir))).bytes);
    expect(layoutOf(deck, 3).name).toBe('Title Only');
  });

  it('refuses a pinned name the template lacks at its theme.yaml line, with a did-you-mean', () => {
    const { dir, line } = withPins('layouts:\n  content: Title and Contnet');
    const run = briefdeck(['build', SAMPLE, '--templates', dir, '-o', join(out, 'pins-bad')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`theme.yaml:${line}:`);
    expect(run.stderr).toContain('layouts.content');
    expect(run.stderr).toContain('did you mean “Title and Content”?');
  });
});

describe('the title slide on a template with a small subtitle box', () => {
  it('shrinks the details (to 14 pt at least) to show each in full, rather than cutting every line to a stub', async () => {
    const templates = {
      ...loadTemplates(DEFAULT_TEMPLATES),
      reference: { file: 'vivid.pptx', bytes: new Uint8Array(readFileSync(join(REFERENCES, 'vivid.pptx'))) },
    };
    const deck = openDeck((await buildDeck(await loadBrief(SAMPLE), templates)).bytes);
    const shown = deck.slideText(1);
    const lines = ['Readout and background', '14 March 2024 · Beijing', 'Host: People’s Republic of China', 'Prepared by Policy Analysis Desk · 15 March 2024'];
    expect(shown).toEqual(expect.arrayContaining(lines));
    expect(shown.join(' ')).not.toMatch(/\w…/); // no line cut to a stub
    const plain = openDeck((await buildDeck(await loadBrief(SAMPLE), loadTemplates(DEFAULT_TEMPLATES))).bytes);
    expect(plain.slideText(1).join(' ')).toContain('Prepared by Policy Analysis Desk'); // the bundled template has room for every line
  });
});

describe('the title slide on a template whose title and subtitle boxes cover each other (LibreOffice Portfolio)', () => {
  it('draws the title above the subtitle and details, the two boxes apart', async () => {
    const templates = {
      ...loadTemplates(DEFAULT_TEMPLATES),
      reference: { file: 'portfolio.pptx', bytes: new Uint8Array(readFileSync(join(REFERENCES, 'portfolio.pptx'))) },
    };
    const xml = openDeck((await buildDeck(await loadBrief(SAMPLE), templates)).bytes).slideXml(1);
    const boxOf = (type: string) => {
      const [x, y, w, h] = /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"/.exec(placeholderShape(xml, type)!)!.slice(1).map(Number);
      return { x, y, w, h };
    };
    const title = boxOf('title');
    const subtitle = boxOf('subTitle');
    expect(title.y + title.h).toBeLessThanOrEqual(subtitle.y);
  });
});
