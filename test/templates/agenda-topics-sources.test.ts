// The agenda as a numbered list with sub-items, the topics overview only when it adds something, topic slides without a "Topic n of N" line, sources numbered as in the notes with short addresses: read from built decks.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { shortUrl } from '../../src/templates/helpers.js';
import { loadTemplates } from '../../src/templates/render.js';
import { openDeck, type DeckView } from '../helpers/pptx.js';
import { unescapeXml } from '../../src/shared/xml.js';

const bundled = loadTemplates(DEFAULT_TEMPLATES);
const SAMPLE = readFileSync(join(DEFAULT_TEMPLATES, '..', 'briefs', 'china-nato-8th-dialogue.yaml'), 'utf8');
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A templates folder whose theme.yaml is the bundled one with topicsOverview set. */
function withOverview(setting: string) {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-overview-'));
  folders.push(dir);
  const theme = readFileSync(join(DEFAULT_TEMPLATES, 'theme.yaml'), 'utf8').replace(/^topicsOverview: \w+/m, `topicsOverview: ${setting}`);
  writeFileSync(join(dir, 'theme.yaml'), theme);
  return loadTemplates(dir);
}

async function deckOf(text: string, templates = bundled): Promise<DeckView> {
  return openDeck((await buildDeck(briefFromText(text, 'brief.yaml'), templates)).bytes);
}

const slideNumbers = (deck: DeckView) => Array.from({ length: deck.slideCount }, (_, i) => i + 1);
const titleOf = (deck: DeckView, n: number) => deck.slideText(n)[0];
const slidesTitled = (deck: DeckView, title: RegExp) => slideNumbers(deck).filter((n) => title.test(titleOf(deck, n)));

/** The body placeholder's paragraphs: XML and text. */
function bodyParagraphs(deck: DeckView, n: number): { xml: string; text: string }[] {
  const shapes = deck.slideXml(n).match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? [];
  const body = shapes.find((shape) => /<p:ph\b/.test(shape) && !/<p:ph [^>]*type="(title|ctrTitle|subTitle|ftr|sldNum|dt)"/.test(shape)) ?? ''; // the content placeholder
  return [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => ({
    xml: m[1],
    text: unescapeXml([...m[1].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')),
  }));
}

/** The numbers shown before numbered paragraphs of a slide's body (buAutoNum counting on from its startAt), with their text. */
function numbered(deck: DeckView, n: number): { number: number; text: string }[] {
  let next = 0;
  return bodyParagraphs(deck, n).flatMap((p) => {
    const auto = /<a:buAutoNum type="arabicPeriod"(?: startAt="(\d+)")?\/>/.exec(p.xml);
    if (!auto) return [];
    next = next === 0 ? Number(auto[1] ?? 1) : next + 1;
    return [{ number: next, text: p.text }];
  });
}

const topics = (count: number, message?: string) =>
  `topics:\n${Array.from({ length: count }, (_, i) => `  - title: Topic number ${i + 1}\n${i === 1 && message ? `    message: ${message}\n` : ''}    points: [A point]`).join('\n')}\n`;
const briefWith = (topicList: string, extra = '') => `title: Staff talks
language: en-GB
summary: [Talks held]
participants:
  - delegation: Alliance
    members: [{ name: Ann Lee, role: Director, lead: true }]
  - delegation: Partner
    members: [{ name: Bo Chen, role: Director, lead: true }]
${topicList}${extra}`;

describe('the agenda', () => {
  it('numbers the sections in deck order, the topics as sub-items under Topics, no titles run together with "·"', async () => {
    const deck = await deckOf(SAMPLE);
    const [agenda] = slidesTitled(deck, /^Agenda$/);
    expect(numbered(deck, agenda).map((p) => `${p.number}. ${p.text}`)).toEqual([
      '1. Summary',
      '2. Participants — NATO, China',
      '3. Topics',
      '4. Background',
      '5. Takeaways',
      '6. Sources',
    ]);
    const paragraphs = bodyParagraphs(deck, agenda);
    const topicsAt = paragraphs.findIndex((p) => p.text === 'Topics');
    const below = paragraphs.slice(topicsAt + 1, topicsAt + 5);
    expect(below.map((p) => p.text)).toEqual(['Defence exchanges between China and NATO', 'Global and regional security landscapes', 'Maritime security and mutual issues', 'Value of staff talks']);
    for (const p of below) {
      expect(p.xml).toMatch(/<a:pPr [^>]*lvl="1"/);
      expect(p.xml).not.toContain('buAutoNum'); // sub-items stay bullets
    }
    expect(paragraphs.map((p) => p.text).join('\n')).not.toContain('·');
  });

  it('stays on one slide on a template with large type: the topics then run into their line (fold="true")', async () => {
    const vivid = loadTemplates(DEFAULT_TEMPLATES, { reference: join(DEFAULT_TEMPLATES, '..', 'test', 'fixtures', 'reference', 'vivid.pptx') });
    const deck = await deckOf(SAMPLE, vivid);
    const agenda = slidesTitled(deck, /^Agenda/);
    expect(agenda).toHaveLength(1);
    expect(numbered(deck, agenda[0]).map((p) => p.text)).toContain(
      'Topics — Defence exchanges between China and NATO · Global and regional security landscapes · Maritime security and mutual issues · Value of staff talks',
    );
    expect(deck.notes(agenda[0]).join('\n')).toContain('Summary, Participants, Topics, Background, Takeaways and Sources');
  });

  it('stays on one slide when the sections are many: the sub-items then follow their entry on its line', async () => {
    const sections = Array.from({ length: 5 }, (_, i) => `  - title: Own section ${i + 1}\n    points: [A point]`).join('\n');
    const deck = await deckOf(briefWith(topics(4), `background:\n  - title: Earlier talks\n    points: [Met before]\ntakeaways: [Keep talking]\nsources: [{ title: Readout }]\nsections:\n${sections}\n`));
    expect(slidesTitled(deck, /^Agenda/)).toHaveLength(1);
    const [agenda] = slidesTitled(deck, /^Agenda/);
    expect(numbered(deck, agenda).find((p) => p.text.startsWith('Topics'))!.text).toBe('Topics — Topic number 1 · Topic number 2 · Topic number 3 · Topic number 4');
  });
});

describe('the topics overview', () => {
  it('is left out when the agenda already lists every topic (the sample: four topics, no messages)', async () => {
    const deck = await deckOf(SAMPLE);
    expect(slidesTitled(deck, /^Topics discussed$/)).toEqual([]);
  });

  it('is shown with five topics or more, numbered as the notes number them', async () => {
    const deck = await deckOf(briefWith(topics(5)));
    const [overview] = slidesTitled(deck, /^Topics discussed$/);
    expect(overview).toBeDefined();
    const notes = deck.notes(overview).filter((line) => /^\d+\. /.test(line));
    expect(numbered(deck, overview).map((p) => `${p.number}. ${p.text}`)).toEqual(notes);
    expect(notes).toHaveLength(5);
  });

  it('is shown when a topic has a message, the message under its topic as a sub-item', async () => {
    const deck = await deckOf(briefWith(topics(3, 'The partner wants a hotline')));
    const [overview] = slidesTitled(deck, /^Topics discussed$/);
    expect(overview).toBeDefined();
    const paragraphs = bodyParagraphs(deck, overview);
    const at = paragraphs.findIndex((p) => p.text === 'Topic number 2');
    expect(paragraphs[at + 1].text).toBe('The partner wants a hotline');
    expect(paragraphs[at + 1].xml).toMatch(/lvl="1"/);
    expect(deck.notes(overview)).toContain('2. Topic number 2: The partner wants a hotline');
  });

  it('follows the theme: always shows it for the sample, never hides it even for five topics', async () => {
    expect(slidesTitled(await deckOf(SAMPLE, withOverview('always')), /^Topics discussed$/)).toHaveLength(1);
    expect(slidesTitled(await deckOf(briefWith(topics(5)), withOverview('never')), /^Topics discussed$/)).toEqual([]);
  });
});

describe('topic slides', () => {
  it('carry no grey "Topic n of N" line under the title; the notes still say where the topic stands', async () => {
    const deck = await deckOf(SAMPLE);
    const topicSlides = slidesTitled(deck, /^(Defence exchanges|Global and regional|Maritime security|Value of staff)/);
    expect(topicSlides).toHaveLength(4);
    for (const n of topicSlides) expect(deck.slideText(n).join('\n')).not.toMatch(/Topic \d of 4/);
    expect(deck.notes(topicSlides[1])[0]).toMatch(/^Topic 2 of 4: Global and regional security landscapes/);
  });
});

describe('the sources', () => {
  const count = 14;
  const sources = Array.from(
    { length: count },
    (_, i) =>
      `  - title: Report number ${i + 1} on the dialogue and what followed from it in the months after\n    publisher: Ministry\n    url: 'https://www.example.org/news/2024/03/report-${i + 1}.html?lang=en&utm_source=feed#top'`,
  ).join('\n');
  const deckPromise = deckOf(briefWith(topics(2), `sources:\n${sources}\n  - title: An unlinked note\n`));

  it('are numbered as the notes number them, the numbering going on across continuation slides (startAt)', async () => {
    const deck = await deckPromise;
    const parts = slidesTitled(deck, /^Sources/);
    expect(parts.length).toBeGreaterThan(1);
    const shown = parts.flatMap((n) => numbered(deck, n));
    expect(shown.map((p) => p.number)).toEqual(Array.from({ length: count + 1 }, (_, i) => i + 1));
    expect(bodyParagraphs(deck, parts[1]).find((p) => p.xml.includes('buAutoNum'))!.xml).toMatch(/startAt="\d+"/);
    for (const n of parts) {
      const margins = new Set(bodyParagraphs(deck, n).flatMap((p) => (p.xml.includes('buAutoNum') ? [/<a:pPr ([^>]*)>/.exec(p.xml)![1]] : [])));
      expect(margins.size, `slide ${n}: every number hangs alike, so "9." and "10." start their text at one edge`).toBe(1);
      expect(-Number(/indent="(-?\d+)"/.exec([...margins][0])![1])).toBeGreaterThan(0.32 * 914400); // wider than a bullet's hang for "14."
    }
    const notes = deck.notes(parts[0]).filter((line) => /^\d+\. /.test(line));
    for (const p of shown) expect(notes[p.number - 1]).toContain(p.text.split(' — ')[0]);
  });

  it('show the address once and short (host and path), link the title to the full address, and draw every number alike', async () => {
    const deck = await deckPromise;
    const [first] = slidesTitled(deck, /^Sources/);
    const text = bodyParagraphs(deck, first)
      .map((p) => p.text)
      .join('\n');
    expect(text).toContain('Report number 1 on the dialogue and what followed from it in the months after — Ministryexample.org/news/2024/03/report-1.html'); // a line break between
    expect(text).not.toMatch(/https?:|www\.|utm_source|\?lang/);
    const links = deck.rels(first).filter((r) => r.type === 'hyperlink').map((r) => r.target);
    expect(links).toContain('https://www.example.org/news/2024/03/report-1.html?lang=en&utm_source=feed#top');
    const colours = bodyParagraphs(deck, first)
      .filter((p) => p.xml.includes('buAutoNum'))
      .map((p) => /<a:buClr>(.*?)<\/a:buClr>/.exec(p.xml)?.[1]);
    expect(colours.every((c) => c !== undefined && c === colours[0])).toBe(true); // not the link colour of the first run
  });
});

describe('a source address as shown on the slide', () => {
  it('is host and path, a long path elided in the middle, a host in its own script, anything but a web address as written', () => {
    expect(shortUrl('https://www.nato.int/cps/en/natohq/news_223456.htm?selectedLocale=en#top')).toBe('nato.int/cps/en/natohq/news_223456.htm');
    expect(shortUrl('http://eng.mod.gov.cn/xb/News_213114/TopStories/16294011.html')).toBe('eng.mod.gov.cn/xb/…/16294011.html');
    expect(shortUrl('https://example.org/?a=1&b=2')).toBe('example.org');
    expect(shortUrl('https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9')).toBe('例え.jp/パス');
    expect(shortUrl('https://xn--80ak6aa92e.com/')).toBe('xn--80ak6aa92e.com'); // Cyrillic "аррӏе": shown decoded it would read as apple.com
    const long = shortUrl(`https://example.com/${'a-very-long-single-segment-name'.repeat(4)}.html`);
    expect(long.length).toBeLessThanOrEqual(48);
    expect(long).toMatch(/^example\.com\/a-very.*….*name\.html$/);
    expect(shortUrl('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });
});

describe('right-to-left sub-items in a left-to-right list', () => {
  it('leave the items after them left to right: each of those states rtl="0" (LibreOffice carries rtl="1" over otherwise)', async () => {
    const deck = await deckOf(readFileSync(join(DEFAULT_TEMPLATES, '..', 'test', 'fixtures', 'stress-arabic.yaml'), 'utf8'));
    const [agenda] = slidesTitled(deck, /^Agenda$/);
    const paragraphs = bodyParagraphs(deck, agenda);
    const lastRtl = paragraphs.map((p) => /rtl="1"/.test(p.xml)).lastIndexOf(true);
    expect(lastRtl).toBeGreaterThan(0); // the topics are Arabic and Hebrew
    const after = paragraphs.slice(lastRtl + 1);
    expect(after.map((p) => p.text)).toEqual(['Takeaways', 'Sources']);
    for (const p of after) expect(p.xml).toMatch(/<a:pPr [^>]*rtl="0"/);
  });
});

describe('a long source address (designer review: "shape.nato.int/news-releases/ba…-fact-sheet-2025")', () => {
  const ADDRESSES = [
    'https://shape.nato.int/news-releases/baltic-sentry-fact-sheet-2025?utm_source=newsletter&utm_medium=email',
    'https://www.defense.gov/News/Transcripts/Transcript/Article/3456789/press-briefing/?source=GovDelivery',
    'https://www.consilium.europa.eu/en/press/press-releases/2024/03/14/joint-statement-following-the-eighth-eu-china-strategic-dialogue-on-security-and-defence/?utm_source=dsms-auto&utm_medium=email',
    'https://www.mod.gov.cn/gfbw/xwfyr/lxjzhzt/2024njzh/2024n3y/16294011.html?from=singlemessage&isappinstalled=0',
    `https://example.com/${'a-very-long-single-segment-name'.repeat(4)}.html?page=2`,
  ];
  /** Every piece of a short address between "/" and "…" is a whole segment, or a segment's first or last words. */
  const wordsOf = (url: string) => new URL(url).pathname.split('/').filter(Boolean).flatMap((segment) => [segment, ...segment.split(/(?=[-_.])/)]);

  it.each(ADDRESSES)('%s: host, whole segments around "…", a long last segment cut between words', (url) => {
    const short = shortUrl(url);
    expect(short.length).toBeLessThanOrEqual(48);
    expect(short).not.toMatch(/[?#=&]/);
    const [host, ...path] = short.split('/');
    expect(url).toContain(host);
    const words = wordsOf(url);
    for (const piece of path.join('/').split(/[/…]/).filter(Boolean)) {
      const joined = words.some((w) => w === piece) || words.some((w, i) => words.slice(i).some((_, j) => words.slice(i, i + j + 1).join('') === piece));
      expect(joined, `"${piece}" in ${short}`).toBe(true);
    }
  });

  it('keeps the first and last segments with whole segments elided between them', () => {
    expect(shortUrl(ADDRESSES[1])).toBe('defense.gov/News/…/press-briefing');
    expect(shortUrl(ADDRESSES[3])).toBe('mod.gov.cn/gfbw/…/16294011.html');
  });

  it('gives up the first segment for a whole last one, and cuts a last segment too long alone between words', () => {
    expect(shortUrl(ADDRESSES[0])).toBe('shape.nato.int/…/baltic-sentry-fact-sheet-2025');
    expect(shortUrl(ADDRESSES[2])).toMatch(/^consilium\.europa\.eu\/en\/…\/joint(-[a-z]+)*…(-[a-z]+)*-defence$/);
  });
});
