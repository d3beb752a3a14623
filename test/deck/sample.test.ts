// Acceptance: the China–NATO sample brief built by the CLI and read back from the .pptx the way a viewer shows it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutOf, openDeck, placeholderShape, type DeckView } from '../helpers/pptx.js';
import { REPO } from '../watch/child.js';
import { buildDeckFile, expectValidPptx, inherited, sections, slideHeight, validName, XMLLINT } from './decks.js';

const BRIEF = join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml');
const brief = parse(readFileSync(BRIEF, 'utf8'));
const out = mkdtempSync(join(tmpdir(), 'briefdeck-sample-'));
let file: string;
let deck: DeckView;

beforeAll(() => {
  file = buildDeckFile(BRIEF, out, { SOURCE_DATE_EPOCH: '' });
  deck = openDeck(file);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const slides = () => Array.from({ length: deck.slideCount }, (_, i) => i + 1);
const allText = () =>
  slides()
    .flatMap((n) => deck.slideText(n))
    .join('\n');
const unescape = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

/** The text of the slide's title placeholder. */
function titleOf(n: number): string {
  const shape = [...deck.slideXml(n).matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].find((m) => /<p:ph[^>]*type="(title|ctrTitle)"/.test(m[1]));
  return shape ? unescape([...shape[1].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')) : '';
}

describe('the sample deck', () => {
  it('has the slides of the default deck, titled in order from the brief', () => {
    const expected = [
      brief.title,
      'Agenda',
      'Summary',
      'Participants',
      // no topics overview: four topics without messages, all listed in the agenda already
      ...brief.topics.map((t: { title: string }) => t.title),
      `Background: ${brief.background.title}`,
      'Timeline', // the earlier session is dated: the series on a timeline
      'Takeaways',
      'Sources',
    ];
    expect(slides().map(titleOf)).toEqual(expected);
  });

  it('carries every fact of the article: names with diacritics, full titles, date, place, the earlier session, the source', () => {
    const text = allText();
    for (const fact of [
      'Major General Dacian-Tiberiu Șerban',
      'Director, Cooperative Security Division, NATO International Military Staff',
      'Major General Yao Qin',
      'Deputy Director, Office for International Military Cooperation, Central Military Commission',
      'Lieutenant General Janusz Adamczak, Director General of the NATO International Military Staff',
      '14 March 2024 · Beijing',
      'February 2023 · NATO Headquarters, Brussels',
      '7th China–NATO Security Policy Dialogue',
      'Emphasis on Russia’s invasion of Ukraine.',
      'Maritime security was discussed.',
      'Both sides agreed on the value of continued engagement.',
    ])
      expect(text).toContain(fact);
    expect(text).not.toMatch(/\b\d{4}-\d{2}(-\d{2})?\b/); // dates as people write them, never ISO
    expect(deck.slideXml(4)).toContain('Dacian-Tiberiu \u0218erban'); // Ș as one precomposed letter, as in the brief
  });

  it('marks both heads of delegation in the participants table', () => {
    // one rule for the slide: a name there wraps, so each tag is on the line right under its name (a line break, the same paragraph)
    const participants = deck.slideText(slides().find((n) => titleOf(n) === 'Participants')!).map((line) => line.replace(/\u00a0/g, ' '));
    for (const name of ['Major General Dacian-Tiberiu Șerban', 'Major General Yao Qin']) {
      expect(participants).toContain(`${name}\nHead of delegation`);
    }
    expect(participants.join(' ').match(/Head of delegation/g)).toHaveLength(2);
  });

  it('lists the Ministry of National Defense press release among the sources', () => {
    const sources = deck.slideText(deck.slideCount).join('\n');
    expect(sources).toContain('Press release on the 8th China–NATO security policy dialogue — Ministry of National Defense of the People’s Republic of China');
  });

  it("has speaker notes on every slide, the brief's own where it gives them", () => {
    for (const n of slides()) expect(deck.notes(n).join(' ').length, `slide ${n} notes`).toBeGreaterThan(30);
    expect(deck.notes(3).join('\n')).toContain(brief.summary.notes.split('\n')[0]);
    expect(deck.notes(4).join('\n')).toContain(brief.participants.notes.split('\n')[0]);
  });

  it('shows the classification banner at the top and bottom of every slide, from its layout or master', () => {
    const height = slideHeight(deck);
    for (const n of slides()) {
      expect(deck.slideXml(n), `slide ${n} hides its layout's shapes`).not.toMatch(/<p:sld [^>]*showMasterSp="0"/);
      const banners = inherited(deck, n).shapes.filter((s) => s.text === 'UNCLASSIFIED');
      expect(
        banners.some((s) => s.y === 0),
        `slide ${n}: banner at the top`,
      ).toBe(true);
      expect(
        banners.some((s) => s.y + s.height === height),
        `slide ${n}: banner at the bottom`,
      ).toBe(true);
      expect(
        banners.every((s) => s.fill === '007A33'),
        `slide ${n}: UNCLASSIFIED is green`,
      ).toBe(true);
    }
  });

  it('numbers every slide after the title slide in its slide-number placeholder, with the brief title and date in its footer placeholder', () => {
    const footer = `${brief.title} · 14 March 2024`;
    for (const n of slides().slice(1)) {
      // a field PowerPoint renumbers when slides are added, removed or moved: no fixed total that would go stale
      const number = placeholderShape(deck.slideXml(n), 'sldNum') ?? '';
      expect(number, `slide ${n}`).toMatch(new RegExp(`<a:fld [^>]*type="slidenum"[^>]*>.*<a:t>${n}</a:t></a:fld>`));
      expect(deck.slideText(n).join(' '), `slide ${n}`).not.toMatch(/\d+ \/ \d+/);
      expect(placeholderShape(deck.slideXml(n), 'ftr'), `slide ${n}`).toContain(`<a:t>${footer}</a:t>`);
      expect(placeholderShape(layoutOf(deck, n).xml, 'sldNum'), `slide ${n}: the layout has the slide number`).toBeDefined();
    }
  });

  it('groups the slides into sections, each slide in exactly one, in order from the first slide', () => {
    const found = sections(deck);
    expect(found.map((s) => s.name)).toEqual(['Title', 'Agenda', 'Summary', 'Participants', 'Topics', 'Background', 'Takeaways', 'Sources']);
    expect(found.flatMap((s) => s.slides)).toEqual(slides());
    expect(found.find((s) => s.name === 'Topics')!.slides).toHaveLength(brief.topics.length); // one per topic, no overview
  });

  it('sets the document properties and the proofing language from the brief', () => {
    const core = deck.parts['docProps/core.xml'];
    expect(core).toContain(`<dc:title>${brief.title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${brief.prepared_by}</dc:creator>`);
    expect(core).toContain(`<dc:subject>${brief.subtitle}</dc:subject>`);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-15T00:00:00Z</dcterms:created>'); // prepared_on
    const runs = slides().flatMap((n) => [...deck.slideXml(n).matchAll(/<a:r><a:rPr([^>]*)>[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:r>/g)]);
    const worded = runs.filter((m) => /\p{L}/u.test(m[2]));
    expect(worded.length).toBeGreaterThan(50);
    expect(worded.filter((m) => !m[1].includes('lang="en-GB"')).map((m) => m[2])).toEqual([]);
  });

  it.skipIf(!XMLLINT)(validName('the deck'), () => expectValidPptx(file));
});
