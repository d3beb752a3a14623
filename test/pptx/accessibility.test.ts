// Accessibility as PowerPoint's checker sees it, on the built sample deck and on briefs that would break it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { accessibleTables, titleFirst } from '../../src/pptx/accessibility.js';
import { loadTemplates } from '../../src/templates/render.js';
import { layoutOf, openDeck, placeholderShape, type DeckView } from '../helpers/pptx.js';
import { REPO } from '../watch/child.js';
import { buildDeckFile } from '../deck/decks.js';

const BRIEF = join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml');
const brief = parse(readFileSync(BRIEF, 'utf8')) as { language?: string; participants: { delegations: { delegation: string; members: unknown[] }[] } };
const delegations = brief.participants.delegations;
const out = mkdtempSync(join(tmpdir(), 'briefdeck-a11y-'));
let deck: DeckView;

beforeAll(() => {
  deck = openDeck(buildDeckFile(BRIEF, out, { SOURCE_DATE_EPOCH: '' }));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const slideNumbers = () => Array.from({ length: deck.slideCount }, (_, i) => i + 1);
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const tableFrames = () =>
  slideNumbers().flatMap((n) =>
    [...deck.slideXml(n).matchAll(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g)].map((m) => m[0]).filter((f) => f.includes('<a:tbl>')),
  );
/** The shapes of a slide's spTree, in reading order: whether each is the title placeholder, and its text. */
const readingOrder = (xml: string) =>
  [...xml.matchAll(/<p:(sp|graphicFrame)>([\s\S]*?)<\/p:\1>/g)].map((m) => ({
    title: /<p:ph\b[^>]*type="(title|ctrTitle)"/.test(m[2]),
    text: decode([...m[2].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')),
  }));
const titles = (view: DeckView) =>
  Array.from({ length: view.slideCount }, (_, i) => readingOrder(view.slideXml(i + 1)).find((shape) => shape.title)?.text ?? '');

describe('accessibility of the sample deck', () => {
  it('flags every table header row (firstRow="1") with a table style id', () => {
    expect(tableFrames().length).toBe(delegations.length);
    for (const frame of tableFrames()) {
      const props = /<a:tblPr\b([^>]*)>([\s\S]*?)<\/a:tblPr>/.exec(frame);
      expect(props?.[1]).toMatch(/\bfirstRow="1"/);
      expect(props?.[2]).toMatch(/^<a:tableStyleId>\{[0-9A-F-]{36}\}<\/a:tableStyleId>$/);
    }
  });

  it('gives every table alt text naming its header and its rows', () => {
    for (const [i, frame] of tableFrames().entries()) {
      const descr = decode(/<p:cNvPr\b[^>]*\bdescr="([^"]*)"/.exec(frame)?.[1] ?? '');
      const { delegation, members } = delegations[i];
      expect(descr).toMatch(new RegExp(`^Table: ${delegation}, `));
      expect(descr).toContain(`${members.length} row`);
    }
  });

  it("names the deck's language in docProps/core.xml", () => {
    const core = deck.parts['docProps/core.xml'];
    expect(/<dc:language>([^<]*)<\/dc:language>/.exec(core)?.[1]).toBe(brief.language ?? 'en-GB');
  });

  it('lists every slide title in docProps/app.xml under "Slide Titles": each title its own, first in reading order', () => {
    const app = deck.parts['docProps/app.xml'];
    expect(/<vt:lpstr>Slide Titles<\/vt:lpstr><\/vt:variant>\s*<vt:variant><vt:i4>(\d+)<\/vt:i4>/.exec(app)?.[1]).toBe(String(deck.slideCount));
    const listed = [...(/<TitlesOfParts>([\s\S]*?)<\/TitlesOfParts>/.exec(app)?.[1] ?? '').matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => decode(m[1]));
    expect(listed.slice(-deck.slideCount)).toEqual(titles(deck));
    expect(titles(deck).every(Boolean)).toBe(true);
    expect(new Set(titles(deck).map((t) => t.toLowerCase())).size).toBe(deck.slideCount);
    for (const n of slideNumbers()) expect(readingOrder(deck.slideXml(n))[0].title, `slide ${n}`).toBe(true);
  });
});

describe('unique titles and reading order', () => {
  it('numbers background events that share a title, so no two slides have the same title', async () => {
    const text = `title: Talks
summary: [One point.]
participants:
  - delegation: X
    members: [{ name: Someone }]
topics:
  - title: T
background:
  - title: Staff talks
    points: [First round.]
  - title: Staff talks
    points: [Second round.]
  - title: Staff talks (2)
    points: [A title that looks numbered already.]
`;
    const built = openDeck((await buildDeck(briefFromText(text, 'repeat.yaml'), loadTemplates(DEFAULT_TEMPLATES))).bytes);
    const background = titles(built).filter((t) => t.includes('Staff talks'));
    expect(background).toHaveLength(3);
    expect(new Set(background).size).toBe(3);
    expect(new Set(titles(built)).size).toBe(built.slideCount);
  });

  it("puts a section slide's title in the Section Header layout's title placeholder, centred and lower down", async () => {
    const templates = join(out, 'templates');
    cpSync(DEFAULT_TEMPLATES, templates, { recursive: true });
    const divider = '<slide layout="section" kind="divider" section="Part one"><title>Part one</title><notes>Now the summary.</notes></slide>\n';
    writeFileSync(join(templates, 'summary.hbs'), divider + readFileSync(join(templates, 'summary.hbs'), 'utf8'));
    const built = await buildDeck(briefFromText(readFileSync(BRIEF, 'utf8'), 'sample.yaml'), loadTemplates(templates));
    const n = built.slides.findIndex((slide) => slide.kind === 'divider') + 1;
    const view = openDeck(built.bytes);
    expect(titles(view)[n - 1]).toBe('Part one');
    // the slide's title placeholder takes its place and look from the Section Header layout: 1.35 in down, centred
    const title = placeholderShape(view.slideXml(n), 'title') ?? '';
    expect(title).toContain('<p:spPr/>');
    const layout = layoutOf(view, n);
    expect(layout.name).toBe('Section Header');
    const layoutTitle = placeholderShape(layout.xml, 'title') ?? '';
    expect(layoutTitle).toMatch(/<a:off x="\d+" y="1234440"\/>/);
    expect(layoutTitle).toMatch(/algn="ctr"/);
    expect(/<vt:lpstr>Part one<\/vt:lpstr>/.test(view.parts['docProps/app.xml'])).toBe(true);
  });

  it('moves the title placeholder before the other shapes of a slide', () => {
    const body = '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Body"/></p:nvSpPr><a:p><a:r><a:t>Body</a:t></a:r></a:p></p:sp>';
    const title = '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><a:p><a:r><a:t>T</a:t></a:r></a:p></p:sp>';
    const xml = `<p:cSld><p:spTree><p:nvGrpSpPr/><p:grpSpPr/>${body}${title}</p:spTree></p:cSld>`;
    expect(readingOrder(titleFirst(xml)).map((s) => s.text)).toEqual(['T', 'Body']);
    expect(titleFirst(titleFirst(xml))).toBe(titleFirst(xml));
  });

  it("names a right-to-left table's header cells in reading order (the first column is drawn rightmost)", () => {
    const cell = (text: string) => `<a:tc><a:txBody><a:p><a:r><a:t>${text}</a:t></a:r></a:p></a:txBody></a:tc>`;
    const frame = `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="5" name="Table 0"/></p:nvGraphicFramePr><a:tbl><a:tblPr/><a:tr h="1">${cell('Role')}${cell('&lt;NATO&gt;')}</a:tr><a:tr h="1">${cell('b')}${cell('a')}</a:tr></a:tbl></p:graphicFrame>`;
    expect(accessibleTables(frame, true)).toContain('descr="Table: &lt;NATO&gt;, Role; 1 row"');
    expect(accessibleTables(frame, false)).toContain('descr="Table: Role, &lt;NATO&gt;; 1 row"');
  });
});
