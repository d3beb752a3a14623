// Inline markup and nested points read back from built decks: runs, links, levels, notes, pagination.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { openDeck, type DeckView } from '../helpers/pptx.js';

const templates = loadTemplates(DEFAULT_TEMPLATES);
const FIXTURE = 'test/fixtures/markup/nested.yaml';

async function build(text: string, file = 'brief.yaml'): Promise<DeckView> {
  return openDeck((await buildDeck(briefFromText(text, file), templates)).bytes);
}

/** Slide numbers whose title (first paragraph) starts with `title`. */
function slidesTitled(view: DeckView, title: string): number[] {
  return Array.from({ length: view.slideCount }, (_, i) => i + 1).filter((n) => view.slideText(n)[0]?.startsWith(title));
}

/** Paragraphs of the body placeholder (idx 1) of slide n with their level and text. */
function bodyParagraphs(view: DeckView, n: number): { level: number; text: string }[] {
  const body = /<p:ph idx="1"\/>[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(view.slideXml(n))?.[1] ?? '';
  return [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map((m) => ({ level: Number(/lvl="(\d)"/.exec(m[1])?.[1] ?? 0), text: [...m[1].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('') }))
    .filter((p) => p.text);
}

describe('a brief with inline markup and sub-points', () => {
  let view: DeckView;
  beforeAll(async () => {
    view = await build(readFileSync(FIXTURE, 'utf8'), FIXTURE);
  });

  it('draws bold, italic and links as runs, with the exact URLs in the relationships', () => {
    const summary = slidesTitled(view, 'Summary')[0];
    const xml = view.slideXml(summary);
    // the first point is the lead callout (drawn bold throughout, its run properties with the colour inside)
    expect(xml).toMatch(/<a:rPr [^>]*b="1"[^>]*(?:\/>|>(?:(?!<\/a:r>)[\s\S])*?<\/a:rPr>)<a:t>continued engagement<\/a:t>/);
    expect(xml).toMatch(/<a:rPr [^>]*i="1"[^>]*\/><a:t>January<\/a:t>/);
    const link = /<a:hlinkClick r:id="([^"]+)"(?:(?!<\/a:r>)[\s\S])*?<\/a:rPr><a:t>readout<\/a:t>/.exec(xml);
    expect(link).not.toBeNull();
    expect(view.rels(summary).find((r) => r.id === link![1])).toMatchObject({ target: 'https://example.org/readout?a=1&b=2', external: true });
    const topic = slidesTitled(view, 'Maritime security')[0];
    expect(
      view
        .rels(topic)
        .filter((r) => r.type === 'hyperlink')
        .map((r) => r.target),
    ).toEqual(['https://example.org/agenda?x=1&y=2']);
  });

  it('draws sub-points as level 1 and 2 paragraphs under their point', () => {
    const topic = slidesTitled(view, 'Maritime security')[0];
    expect(bodyParagraphs(view, topic)).toEqual([
      { level: 0, text: 'Maritime security was discussed; the agenda is at https://example.org/agenda?x=1&amp;y=2.' },
      { level: 0, text: 'Various mutual issues were also discussed.' },
      { level: 1, text: 'Fisheries enforcement' },
      { level: 1, text: 'Search and rescue' },
      { level: 2, text: 'Hotline trial' },
    ]);
  });

  it("draws sub-points at the template's level sizes (18 and 16 pt under 20 pt: no size of their own)", () => {
    const master = view.parts['ppt/slideMasters/slideMaster1.xml'];
    const body = /<p:bodyStyle>([\s\S]*?)<\/p:bodyStyle>/.exec(master)![1];
    const sizes = [1, 2, 3].map((n) => Number(new RegExp(`<a:lvl${n}pPr[^>]*>[\\s\\S]*?sz="(\\d+)"`).exec(body)![1]));
    expect(sizes[1]).toBeLessThan(sizes[0]);
    const xml = view.slideXml(slidesTitled(view, 'Summary')[0]);
    const nested = [...xml.matchAll(/<a:p><a:pPr lvl="[12]"\/>([\s\S]*?)<\/a:p>/g)].map((m) => m[1]);
    expect(nested).toHaveLength(4);
    for (const p of nested) expect(p).not.toMatch(/ sz="/);
  });

  it('shows no markers anywhere on the slides or in the notes, and keeps text without markup as written', () => {
    for (let n = 1; n <= view.slideCount; n++) {
      const text = [...view.slideText(n), ...view.notes(n)].join('\n');
      expect(text, `slide ${n}`).not.toMatch(/\*\*|\]\(|(^|\s)_\w|\w_(\s|$)/);
    }
    expect(view.slideText(slidesTitled(view, 'Summary')[0])).toContain('Prices rose by 5*3 per cent; a path stays C:\\path\\to\\file.');
    expect(view.slideText(1)[0]).toBe('Staff talks — readout');
  });

  it('writes nested points in the notes as nested lists, links as text (url)', () => {
    expect(view.notes(slidesTitled(view, 'Summary')[0])).toEqual([
      'Bottom line up front.',
      '- The sides agreed on continued engagement; see the readout (https://example.org/readout?a=1&b=2).',
      '- Funding line not yet identified.',
      '  - ISF bid due January.',
      '  - Fallback options.',
      '    - Reprioritise the exercise budget.',
      '    - Ask the framework nation.',
      '- Prices rose by 5*3 per cent; a path stays C:\\path\\to\\file.',
    ]);
    const topicNotes = view.notes(slidesTitled(view, 'Maritime security')[0]);
    expect(topicNotes).toContain(
      'Open with the bottom line; the readout (https://example.org/readout?a=1&b=2) has the detail, as has https://example.org/full.',
    );
    expect(topicNotes.join('\n')).not.toContain('[object Object]');
  });
});

describe('pagination of points with sub-points', () => {
  const long = (i: number) => `Point ${i}: the delegations reviewed the arrangements for the exercise season in some detail and agreed on follow-up work`;
  const SUBS = [2, 4, 1, 3, 2, 4];
  const subs = (i: number) => Array.from({ length: SUBS[i] }, (_, j) => `Sub-point ${i + 1}.${j + 1} on the logistics of the exercise and its costs`);
  const points = SUBS.map((_, i) => [`      - text: "${long(i + 1)}"`, '        points:', ...subs(i).map((sub) => `          - ${sub}`)].join('\n')).join('\n');
  const brief = `title: Staff talks
summary: [The staffs met.]
participants:
  - delegation: NATO
    members: [{ name: Colonel Ana Popescu, lead: true }]
topics:
  - title: Exercises
    points:
${points}
`;

  it('keeps each point with its sub-points on one slide and repeats nothing', async () => {
    const view = await build(brief);
    const slides = slidesTitled(view, 'Exercises');
    expect(slides.length).toBeGreaterThan(1);
    const drawn = slides.flatMap((n) => bodyParagraphs(view, n));
    expect(drawn.map((p) => p.text)).toEqual(SUBS.flatMap((_, i) => [long(i + 1), ...subs(i)]));
    for (const n of slides) expect(bodyParagraphs(view, n)[0].level, `slide ${n} starts with a sub-point`).toBe(0);
  });
});

describe("a users' own template written for plain points", () => {
  it('shows a point with sub-points as its text, never [object Object], and its markup as runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-points-'));
    const own = readFileSync(join(DEFAULT_TEMPLATES, 'summary.hbs'), 'utf8')
      .replace('{{pointItems summary.points}}', '{{#each summary.points}}<li>{{this}}</li>{{/each}}')
      .replace('{{sentences summary.points}}', '{{#each summary.points}}{{sentence this}} {{/each}}');
    writeFileSync(join(dir, 'summary.hbs'), own);
    const deck = await buildDeck(briefFromText(readFileSync(FIXTURE, 'utf8'), FIXTURE), loadTemplates(dir));
    const view = openDeck(deck.bytes);
    const summary = slidesTitled(view, 'Summary')[0];
    expect(bodyParagraphs(view, summary).map((p) => p.text)).toContain('Funding line not yet identified');
    expect([...view.slideText(summary), ...view.notes(summary)].join('\n')).not.toMatch(/object Object|\*\*/);
  });
});
