// Briefs the contract accepts but the sample does not exercise: the minimal brief and the one with every optional key (French, SECRET, links).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDeck, type DeckView } from '../helpers/pptx.js';
import { REPO } from '../watch/child.js';
import { buildDeckFile, expectValidPptx, inherited, sections, slideHeight, validName, XMLLINT } from './decks.js';

const fixture = (name: string) => join(REPO, 'test', 'fixtures', name);
const out = mkdtempSync(join(tmpdir(), 'briefdeck-fixtures-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const slideNumbers = (deck: DeckView) => Array.from({ length: deck.slideCount }, (_, i) => i + 1);

describe('valid-minimal.yaml (required keys only, list shorthands)', () => {
  let file: string;
  let deck: DeckView;
  beforeAll(() => {
    file = buildDeckFile(fixture('valid-minimal.yaml'), out);
    deck = openDeck(file);
  });

  it('builds title, agenda, summary, participants and the topic, each with notes', () => {
    const text = slideNumbers(deck)
      .map((n) => deck.slideText(n).join('\n'))
      .join('\n');
    for (const shown of ['Staff talks readout', 'The two staffs met and agreed to meet again.', 'Alliance', 'Colonel Ana Popescu', 'Next meeting'])
      expect(text).toContain(shown);
    for (const n of slideNumbers(deck)) expect(deck.notes(n).join(' ').length, `slide ${n} notes`).toBeGreaterThan(5);
    expect(sections(deck).flatMap((s) => s.slides)).toEqual(slideNumbers(deck));
  });

  it('has no classification banner when the brief sets none', () => {
    for (const n of slideNumbers(deck))
      expect(
        inherited(deck, n).shapes.filter((s) => s.y === 0 && s.text !== ''),
        `slide ${n}`,
      ).toEqual([]);
  });

  it('leaves out what the brief does not give: no sources, background or takeaways slides', () => {
    expect(sections(deck).map((s) => s.name)).not.toContain('Sources');
    expect(sections(deck).map((s) => s.name)).not.toContain('Background');
    expect(sections(deck).map((s) => s.name)).not.toContain('Takeaways');
  });

  it.skipIf(!XMLLINT)(validName('the minimal deck'), () => expectValidPptx(file));
});

describe('valid-full.yaml (every optional key, fr-FR, SECRET, linked sources)', () => {
  const brief = parse(readFileSync(fixture('valid-full.yaml'), 'utf8'));
  let file: string;
  let deck: DeckView;
  beforeAll(() => {
    file = buildDeckFile(fixture('valid-full.yaml'), out);
    deck = openDeck(file);
  });
  const allText = () =>
    slideNumbers(deck)
      .flatMap((n) => deck.slideText(n))
      .join('\n');

  it('writes dates the French way', () => {
    const text = allText();
    expect(text).toContain('14 mars 2024 · Pékin');
    expect(text).toContain('15 mars 2024');
    expect(text).toContain('février 2023 · Siège de l’OTAN, Bruxelles');
    expect(text).toContain('10 janvier 2024');
    expect(text).not.toMatch(/\b\d{4}-\d{2}(-\d{2})?\b/);
  });

  it('gives each earlier event its own slide, in the order of the brief', () => {
    const titles = brief.background.map((b: { title: string }) => b.title);
    const found = titles.map((title: string) => slideNumbers(deck).find((n) => deck.slideText(n)[0]?.includes(title)));
    expect(found.every((n: number | undefined) => n !== undefined)).toBe(true);
    expect(found).toEqual([...found].sort((a: number, b: number) => a - b));
    const timeline = found[found.length - 1] + 1; // the dated events on a timeline ("Chronologie"), in the same section
    expect(deck.slideText(timeline)[0]).toBe('Chronologie');
    expect(sections(deck).find((s) => s.name === 'Contexte')!.slides).toEqual([...found, timeline]);
  });

  it("labels its slides and sections in the brief's language (templates/labels.yaml)", () => {
    const titles = slideNumbers(deck).map((n) => deck.slideText(n)[0]);
    expect(titles).toEqual(expect.arrayContaining(['Ordre du jour', 'Synthèse', 'Participants', 'Sujets abordés', 'Points clés', 'Sources']));
    expect(allText().replace(/\u00a0/g, ' ')).toContain('Chef de délégation'); // the tag's spaces are no-break spaces
    expect(allText()).not.toMatch(/\b(Agenda|Summary|Head of delegation|Takeaways|Bottom line up front)\b/);
    expect(sections(deck).map((s) => s.name)).toEqual([
      'Titre',
      'Ordre du jour',
      'Synthèse',
      'Éléments de langage',
      'Participants',
      'Sujets',
      'Contexte',
      'Points clés',
      'Sources',
    ]);
  });

  it('shows SECRET in red banners at the top and bottom of every slide', () => {
    const height = slideHeight(deck);
    for (const n of slideNumbers(deck)) {
      const banners = inherited(deck, n).shapes.filter((s) => s.text === 'SECRET');
      expect(banners.map((s) => (s.y === 0 ? 'top' : s.y + s.height === height ? 'bottom' : s.y)).sort(), `slide ${n}`).toEqual(['bottom', 'top']);
      expect(
        banners.map((s) => s.fill),
        `slide ${n}`,
      ).toEqual(['C8102E', 'C8102E']);
    }
  });

  it('links each source with a URL: an External hyperlink with the exact URL, clicked from the source title', () => {
    const withUrl = brief.sources.filter((s: { url?: string }) => s.url);
    const n = deck.slideCount;
    const links = deck.rels(n).filter((r) => r.type === 'hyperlink');
    expect(links.map((r) => [r.target, r.external])).toEqual(withUrl.map((s: { url: string }) => [s.url, true]));
    for (const source of withUrl) {
      const id = links.find((r) => r.target === source.url)!.id;
      const run = new RegExp(`<a:r><a:rPr[^>]*>(?:(?!</a:r>).)*<a:hlinkClick r:id="${id}"(?:(?!</a:r>).)*<a:t>([^<]*)</a:t></a:r>`, 's').exec(deck.slideXml(n));
      expect(run?.[1], source.title).toBe(source.title);
    }
    expect(deck.parts[`ppt/slides/_rels/slide${n}.xml.rels`]).toContain('Target="https://example.org/presse/communique?id=8&amp;lang=fr#dialogue"');
  });

  it('sets French as the proofing language of the text, and the document properties', () => {
    const worded = slideNumbers(deck)
      .flatMap((n) => [...deck.slideXml(n).matchAll(/<a:r><a:rPr([^>]*)>[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:r>/g)])
      .filter((m) => /\p{Script=Latin}/u.test(m[2]));
    expect(worded.filter((m) => !m[1].includes('lang="fr-FR"')).map((m) => m[2])).toEqual([]);
    const core = deck.parts['docProps/core.xml'];
    for (const [tag, value] of [
      ['title', brief.title],
      ['creator', brief.prepared_by],
      ['subject', brief.subtitle],
    ])
      expect(core).toContain(`<dc:${tag}>${value}</dc:${tag}>`);
  });

  it('uses every note the brief gives', () => {
    const notes = slideNumbers(deck)
      .map((n) => deck.notes(n).join('\n'))
      .join('\n');
    for (const given of [
      'Message principal : le dialogue continue.',
      'Présenter les deux chefs de délégation.',
      'Premier sujet abordé.',
      'La session précédente.',
      'Conclure sur la valeur du dialogue.',
    ])
      expect(notes).toContain(given);
    for (const n of slideNumbers(deck)) expect(deck.notes(n).join(' ').length, `slide ${n} notes`).toBeGreaterThan(5);
  });

  it.skipIf(!XMLLINT)(validName('the full deck'), () => expectValidPptx(file));
});
