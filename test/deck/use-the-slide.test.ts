// The sample deck as a viewer shows it: the summary's bottom line as a lead callout, short topics set larger from the content top, notes as written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefFromText, loadBrief } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { loadTheme } from '../../src/templates/theme.js';
import { layoutOf, openDeck, paragraphs, type DeckView } from '../helpers/pptx.js';
import { REPO } from '../watch/child.js';

const SAMPLE = join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml');
const brief = parse(readFileSync(SAMPLE, 'utf8'));
const theme = loadTheme('templates/theme.yaml');
const templates = loadTemplates(DEFAULT_TEMPLATES);
const EMU = 914400;

/** The <p:sp> shapes of a slide named `name` (drawn outside the placeholders). */
const shapeNamed = (xml: string, name: string) => new RegExp(`<p:sp><p:nvSpPr><p:cNvPr id="\\d+" name="${name}"[\\s\\S]*?</p:sp>`).exec(xml)?.[0] ?? '';
const sizes = (xml: string) => [...xml.matchAll(/<a:rPr [^>]*\bsz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
const offsetY = (shape: string) => Number(/<a:off x="\d+" y="(\d+)"\/>/.exec(shape)?.[1] ?? NaN) / EMU;
const body = (xml: string) => /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph idx="1"\/>[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? '';

describe('the sample deck uses the slide', () => {
  let view: DeckView;
  let titles: string[];
  let kinds: string[];
  beforeAll(async () => {
    const deck = await buildDeck(await loadBrief(SAMPLE), templates);
    view = openDeck(deck.bytes);
    titles = deck.slides.map((s) => s.title);
    kinds = deck.slides.map((s) => s.kind ?? '');
  });
  const slideTitled = (title: string) => titles.indexOf(title) + 1;
  /** Where slide n's body placeholder starts (inches): its own offset, or its layout's body placeholder's when it states none. */
  const startOf = (n: number) => {
    const shape = body(view.slideXml(n));
    return /<a:off /.test(shape) ? offsetY(shape) : offsetY(body(layoutOf(view, n).xml));
  };

  it('draws the bottom line as a lead callout: the first summary point alone, larger, bold, in the header colours', () => {
    const xml = view.slideXml(slideTitled('Summary'));
    const callout = shapeNamed(xml, 'Message');
    expect(paragraphs(callout)).toEqual([brief.summary.points[0]]);
    expect(callout).toContain('<a:schemeClr val="tx2"/>'); // the dark box
    for (const size of sizes(callout)) expect(size).toBeGreaterThanOrEqual(theme.sizes.body + 4);
    expect(callout).toMatch(/<a:rPr [^>]*b="1"/);
    expect(shapeNamed(xml, 'Message bar')).toContain('<a:schemeClr val="accent1"/>');
    expect(paragraphs(body(xml))).toEqual(brief.summary.points.slice(1)); // the supporting points below it, the first not repeated
    expect(offsetY(body(xml))).toBeGreaterThan(offsetY(callout));
  });

  it('keeps the summary notes as written, the bottom line not added to them', () => {
    const notes = view.notes(slideTitled('Summary'));
    expect(notes[0]).toBe(brief.summary.notes.split('\n\n')[0].trim());
    expect(notes.join('\n')).not.toContain(brief.summary.points[0]);
  });

  it('sets a topic of two short points larger than the body size, its body placeholder starting at the content top', () => {
    const xml = view.slideXml(slideTitled('Maritime security and mutual issues'));
    const shape = body(xml);
    expect(paragraphs(shape)).toContain('Maritime security was discussed.');
    const points = sizes(shape).slice(-2);
    for (const size of points) expect(size).toBeGreaterThan(theme.sizes.body);
    expect(startOf(slideTitled('Maritime security and mutual issues'))).toBeCloseTo(theme.grid.contentTop, 2);
  });

  it('starts the body of every topic slide at the same place: the content top', () => {
    const topics = titles.flatMap((_, i) => (kinds[i] === 'topic' ? [i + 1] : []));
    expect(topics.length).toBeGreaterThan(2);
    for (const n of topics) expect(startOf(n)).toBeCloseTo(theme.grid.contentTop, 2);
  });
});

describe('the text below a callout', () => {
  it('stays smaller than the bottom line on the bilateral summary (slide 3): at most the callout less 2 pt, never below the body size', async () => {
    const deck = await buildDeck(await loadBrief(join(REPO, 'test', 'fixtures', 'design', 'bilateral.yaml')), templates);
    const xml = openDeck(deck.bytes).slideXml(3);
    expect(deck.slides[2].kind).toBe('summary');
    const [callout] = sizes(shapeNamed(xml, 'Message'));
    const points = sizes(body(xml));
    expect(points.length).toBeGreaterThan(0);
    for (const size of points) {
      expect(size).toBeLessThanOrEqual(callout - 2);
      expect(size).toBeGreaterThanOrEqual(theme.sizes.body);
    }
  });
});

describe('the sources slide', () => {
  it('is a reference list: the sample sources stay at the body size or smaller', async () => {
    const deck = await buildDeck(await loadBrief(SAMPLE), templates);
    const n = deck.slides.findIndex((s) => s.kind === 'sources') + 1;
    expect(n).toBeGreaterThan(0);
    const view = openDeck(deck.bytes);
    const inherited = /<p:bodyStyle><a:lvl1pPr[\s\S]*?\bsz="(\d+)"/.exec(view.parts['ppt/slideMasters/slideMaster1.xml'])!;
    const stated = sizes(body(view.slideXml(n)));
    const shown = stated.length ? stated : [Number(inherited[1]) / 100]; // no size stated: the master's body size
    for (const size of shown) expect(size).toBeLessThanOrEqual(theme.sizes.body);
  });
});

describe('a bottom line on its own', () => {
  it('is drawn as the callout with no empty body, and a link in it stays readable on the dark box', async () => {
    const text = `title: Staff talks
summary:
  - Both sides agreed to keep the [staff channel](https://example.org/channel) open.
participants:
  - delegation: Alliance
    members:
      - name: Colonel Ana Popescu
topics:
  - title: Channel
`;
    const deck = await buildDeck(briefFromText(text, 'brief.yaml'), templates);
    const view = openDeck(deck.bytes);
    const n = deck.slides.findIndex((s) => s.kind === 'summary') + 1;
    const callout = shapeNamed(view.slideXml(n), 'Message');
    expect(paragraphs(callout)).toEqual(['Both sides agreed to keep the staff channel open.']);
    expect(callout).not.toContain('val="accent1"'); // the link is in the box's text colour (underlined), not the accent blue on navy
    expect(callout).toMatch(/u="sng"[^>]*>(?:(?!<\/a:rPr>)[\s\S])*val="bg1"/);
    expect(offsetY(callout)).toBeCloseTo(theme.grid.contentTop + theme.grid.subtitleHeight, 2); // under its subtitle, as on every summary
    expect(body(view.slideXml(n))).toBe(''); // no empty body placeholder ("Click to add text" in PowerPoint)
    expect(paragraphs(shapeNamed(view.slideXml(n), 'Message subtitle'))).toEqual(['Bottom line up front']);
  });
});

describe('a bottom line too long to stand out', () => {
  it('is drawn in full as the first point, not cut in a callout, with a warning at the point', async () => {
    const file = join(REPO, 'test', 'fixtures', 'stress-long-summary.yaml');
    const long = parse(readFileSync(file, 'utf8')).summary.points[0] as string;
    const deck = await buildDeck(await loadBrief(file), templates);
    const view = openDeck(deck.bytes);
    const shown = deck.slides.flatMap((s, i) => (s.kind === 'summary' ? [i + 1] : []));
    expect(shown.length).toBeGreaterThan(0);
    for (const n of shown) expect(view.slideXml(n)).not.toContain('name="Message"');
    const text = shown.flatMap((n) => paragraphs(body(view.slideXml(n)))).join(' ');
    expect(text.replace(/\s+/g, ' ')).toContain(long.replace(/\s+/g, ' ')); // every word of it, nothing cut with an ellipsis
    expect(deck.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^the bottom line was too long to stand out/));
  });
});
