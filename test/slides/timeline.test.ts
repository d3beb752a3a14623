// The timeline slide of the series, read back from built decks: every dated event in date order, the event itself marked, notes from the data.
import { describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { unescapeXml } from '../../src/shared/xml.js';
import { openDeck, type DeckView } from '../helpers/pptx.js';
import { crowdedSeries, HEAD } from './timeline-briefs.js';

const templates = loadTemplates(DEFAULT_TEMPLATES);

const SERIES = `background:
  - title: 7th Security Policy Dialogue
    date: 2023-02
    location: NATO Headquarters, Brussels
  - title: 6th Security Policy Dialogue
    date: 2021-09-28
  - title: Working-level contacts
    points: [Undated exchanges.]
  - title: 8th Security Policy Dialogue
    date: 2024
`;

async function build(yaml: string, lang = 'en-GB') {
  const loaded = briefFromText(HEAD.replace('LANG', lang) + yaml, 'brief.yaml');
  const deck = await buildDeck(loaded, templates);
  return { deck, view: openDeck(deck.bytes) };
}

/** The shapes of slide n named "Timeline WHAT: …" in document order: name, text (line breaks as \n) and XML. */
function labels(view: DeckView, n: number, what: 'date' | 'title' | 'marker'): { name: string; text: string; xml: string }[] {
  return [...view.slideXml(n).matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)]
    .map((m) => m[0])
    .flatMap((xml) => {
      const name = new RegExp(`<p:cNvPr id="\\d+" name="Timeline ${what}: ([^"]*)"`).exec(xml)?.[1];
      const text = [...xml.matchAll(/<a:t>([\s\S]*?)<\/a:t>|<a:br\/>/g)].map((t) => (t[0] === '<a:br/>' ? '\n' : unescapeXml(t[1]))).join('');
      return name === undefined ? [] : [{ name: unescapeXml(name), text, xml }];
    });
}

function timelineSlides(view: DeckView): number[] {
  return Array.from({ length: view.slideCount }, (_, i) => i + 1).filter((n) => /name="Timeline axis"/.test(view.slideXml(n)));
}

describe('timeline slide', () => {
  it('shows every dated background event and the event itself in date order, undated events left out, the event marked current', async () => {
    const { view, deck } = await build(SERIES);
    const [n, ...more] = timelineSlides(view);
    expect(more).toEqual([]);
    expect(view.slideText(n)[0]).toBe('Timeline');
    expect(deck.slides[n - 1].kind).toBe('timeline');
    expect(labels(view, n, 'title').map((l) => l.text)).toEqual([
      '6th Security Policy Dialogue',
      '7th Security Policy Dialogue\nNATO Headquarters, Brussels', // the place on a line of its own, in grey
      '8th Security Policy Dialogue',
      '9th Security Policy Dialogue\nBrussels',
    ]);
    expect(labels(view, n, 'title')[1].xml).toMatch(
      /<a:br\/><a:r><a:rPr [^>]*><a:solidFill><a:schemeClr val="accent2"\/><\/a:solidFill><\/a:rPr><a:t>NATO Headquarters/,
    );
    expect(labels(view, n, 'date').map((l) => l.text)).toEqual(['28 September 2021', 'February 2023', '2024', '10 December 2026']);
    expect(view.slideText(n).join(' ')).not.toContain('Working-level contacts');
    // the current event: accent-coloured marker and date, bold title; the others are not
    const markers = labels(view, n, 'marker');
    expect(markers).toHaveLength(4);
    expect(markers.map((m) => /<a:solidFill><a:schemeClr val="accent1"\/>/.test(m.xml))).toEqual([false, false, false, true]);
    expect(labels(view, n, 'title').map((l) => / b="1"/.test(l.xml))).toEqual([false, false, false, true]);
    expect(labels(view, n, 'title')[3].xml).not.toMatch(/b="1"[^>]*><a:solidFill><a:schemeClr val="accent2"/); // its place is not bold
    // it comes after the background slides, before the takeaways
    expect(view.slideText(n - 1)[0]).toMatch(/^Background: /);
  });

  it('writes notes that list the events in order, with places and the event itself named', async () => {
    const { view } = await build(SERIES);
    const [n] = timelineSlides(view);
    expect(view.notes(n)).toEqual([
      'The series in date order:',
      '- 28 September 2021: 6th Security Policy Dialogue',
      '- February 2023: 7th Security Policy Dialogue (NATO Headquarters, Brussels)',
      '- 2024: 8th Security Policy Dialogue',
      '- 10 December 2026: 9th Security Policy Dialogue (Brussels) (this event)',
    ]);
  });

  it('formats the dates in the brief’s language', async () => {
    const { view } = await build(SERIES, 'fr');
    const [n] = timelineSlides(view);
    expect(view.slideText(n)[0]).toBe('Chronologie');
    expect(labels(view, n, 'date').map((l) => l.text)).toEqual(['28 septembre 2021', 'février 2023', '2024', '10 décembre 2026']);
  });

  it('is left out with `timeline: false`, and by default when no background event has a date', async () => {
    expect(timelineSlides((await build(SERIES)).view)).toHaveLength(1); // the same series without the key has one
    const off = await build(`${SERIES}timeline: false\n`);
    expect(timelineSlides(off.view)).toEqual([]);
    expect(off.deck.slides.map((s) => s.kind)).not.toContain('timeline');
    const undated = await build('background:\n  - title: Working-level contacts\n    points: [Undated.]\n');
    expect(timelineSlides(undated.view)).toEqual([]);
    expect(undated.deck.warnings).toEqual([]);
  });

  it('`timeline: true` without a dated background event: no slide and a warning at the key', async () => {
    const { view, deck } = await build('background:\n  - title: Working-level contacts\n    points: [Undated.]\ntimeline: true\n');
    expect(timelineSlides(view)).toEqual([]);
    const warned = deck.warnings.find((w) => w.path === 'timeline');
    expect(warned).toMatchObject({ severity: 'warning', file: 'brief.yaml', line: 14, column: 11 });
    expect(warned!.message).toMatch(/^expected a background event with a date for the timeline, found none: no timeline slide is drawn/);
  });

  it('leaves the event itself out when it has no date', async () => {
    const loaded = briefFromText((HEAD.replace('LANG', 'en-GB') + SERIES).replace('event: { date: 2026-12-10, location: Brussels }\n', ''), 'brief.yaml');
    const view = openDeck((await buildDeck(loaded, templates)).bytes);
    const [n] = timelineSlides(view);
    expect(labels(view, n, 'title').map((l) => l.text.split('\n')[0])).toEqual([
      '6th Security Policy Dialogue',
      '7th Security Policy Dialogue',
      '8th Security Policy Dialogue',
    ]);
    expect(labels(view, n, 'marker').some((m) => /accent1/.test(m.xml))).toBe(false);
  });
});

const EMU = 914400;
/** Every label box of slide n in inches, from the slide XML. */
function boxes(view: DeckView, n: number) {
  return [...labels(view, n, 'date'), ...labels(view, n, 'title')].map((l) => {
    const [x, y] = /<a:off x="(\d+)" y="(\d+)"\/>/
      .exec(l.xml)!
      .slice(1)
      .map((v) => Number(v) / EMU);
    const [w, h] = /<a:ext cx="(\d+)" cy="(\d+)"\/>/
      .exec(l.xml)!
      .slice(1)
      .map((v) => Number(v) / EMU);
    return { text: l.text, x, y, w, h };
  });
}

const overlapping = (a: ReturnType<typeof boxes>[number], b: ReturnType<typeof boxes>[number]) =>
  Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1e-3 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1e-3;

describe('crowded timelines', () => {
  it.each([12, 40])('%i events: every one once, in date order, labels alternating, no two labels overlapping, all inside the content area', async (count) => {
    const { view, deck } = await build(crowdedSeries(count));
    const slides = timelineSlides(view);
    if (count === 40) expect(slides.length).toBeGreaterThan(1); // continued onto further slides
    const titles = slides.flatMap((n) => labels(view, n, 'title').map((l) => l.text.split('\n')[0]));
    expect(titles).toHaveLength(count + 1);
    const dates = deck.slides.filter((s) => s.timeline).flatMap((s) => s.timeline!.events.map((e) => e.date));
    const fields = (d: string) => [...d.split('-').map(Number), 0, 0].slice(0, 3);
    const sorted = [...dates].sort((a, b) => fields(a).reduce((c, v, i) => c || v - fields(b)[i], 0));
    expect(dates).toEqual(sorted);
    expect(titles[titles.length - 1]).toBe('9th Security Policy Dialogue');
    for (const n of slides) {
      const placed = deck.slides[n - 1].timeline!.placed!;
      expect(new Set(placed.events.map((e) => e.side))).toEqual(new Set(['above', 'below']));
      const all = boxes(view, n);
      for (const [i, a] of all.entries()) for (const b of all.slice(i + 1)) expect(overlapping(a, b), `${a.text} / ${b.text}`).toBe(false);
      for (const box of all) {
        expect(box.x).toBeGreaterThanOrEqual(0.5 - 1e-3);
        expect(box.x + box.w).toBeLessThanOrEqual(13.333 - 0.5 + 1e-3);
        expect(box.y).toBeGreaterThanOrEqual(1.75 - 1e-3);
        expect(box.y + box.h).toBeLessThanOrEqual(6.6 + 1e-3);
      }
    }
  });
});

describe('long titles', () => {
  it('a title longer than a label holds is shortened with an ellipsis and a warning at its line; the notes keep it in full', async () => {
    const long = `Extraordinarily ${'long title words '.repeat(40).trim()}`;
    const { view, deck } = await build(`background:\n  - title: ${long}\n    date: 2020-03\n  - title: Short one\n    date: 2021\n`);
    const [n] = timelineSlides(view);
    const shown = labels(view, n, 'title')[0].text;
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThan(long.length / 2);
    expect(view.notes(n)).toContain(`- March 2020: ${long}`);
    const warned = deck.warnings.find((w) => /timeline title was too long/.test(w.message));
    expect(warned).toMatchObject({ severity: 'warning', file: 'brief.yaml', line: 12, column: 12 });
  });
});
