// The richer-briefs fixture (every new form): valid package, rendered with 0 problems, and read back as a user sees it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDeck, type DeckView } from '../helpers/pptx.js';
import { missing, sharedTool } from '../helpers/tools.js';
import { BIN, REPO } from '../watch/child.js';

const FIXTURE = join(REPO, 'test', 'fixtures', 'rich');

const tool = sharedTool;

let view: DeckView;
let file: string;
const titles: string[] = [];
const slideTexts: string[] = [];
const notesTexts: string[] = [];

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'briefdeck-rich-'));
  const built = spawnSync(process.execPath, [BIN, 'build', join(FIXTURE, 'brief.yaml'), '-o', out], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(built.status, built.stderr).toBe(0);
  file = join(out, 'brief.pptx');
  view = openDeck(file);
  for (let n = 1; n <= view.slideCount; n++) {
    const title = /<p:ph type="(?:title|ctrTitle)"[\s\S]*?<\/p:sp>/.exec(view.slideXml(n))?.[0] ?? '';
    titles.push([...title.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''));
    slideTexts.push(view.slideText(n).join('\n'));
    notesTexts.push(view.notes(n).join('\n'));
  }
}, 120_000);

const slideOf = (title: RegExp) => titles.findIndex((t) => title.test(t));

describe('the richer-briefs fixture', () => {
  it('writes bold and italic runs and links with the exact URLs', () => {
    const all = Array.from({ length: view.slideCount }, (_, i) => view.slideXml(i + 1)).join('');
    expect(all).toMatch(/<a:rPr[^>]* b="1"[^>]*>(?:(?!<\/a:r>)[\s\S])*<a:t>continued engagement<\/a:t>/);
    expect(all).toMatch(/<a:rPr[^>]* i="1"[^>]*>(?:(?!<\/a:r>)[\s\S])*<a:t>after<\/a:t>/);
    const targets = Array.from({ length: view.slideCount }, (_, i) => view.rels(i + 1))
      .flat()
      .filter((r) => r.type === 'hyperlink')
      .map((r) => r.target);
    expect(targets).toEqual(
      expect.arrayContaining([
        'https://example.org/readout?a=1&b=2',
        'https://example.org/agenda',
        'https://en.wikipedia.org/wiki/Korean_Peninsula',
        'https://example.org/contacts',
        'https://example.org/press-release?id=8&lang=en',
      ]),
    );
  });

  it('shows no Markdown markers on any slide or in any notes, and keeps escaped ones literally', () => {
    for (const text of [...slideTexts, ...notesTexts]) {
      expect(text).not.toContain('**');
      expect(text).not.toContain('](');
    }
    expect(slideTexts.join('\n')).toContain('a literal *asterisk* kept');
    expect(slideTexts.join('\n')).toContain('5*3 per cent');
    expect(notesTexts.join('\n')).toContain('Open with the bottom line');
  });

  it('draws sub-points as level 1 and level 2 paragraphs', () => {
    const topic = view.slideXml(slideOf(/^Maritime security/) + 1);
    expect(topic).toMatch(/<a:pPr[^>]* lvl="1"[^>]*>[\s\S]*?<a:t>Fisheries enforcement<\/a:t>/);
    expect(topic).toMatch(/<a:pPr[^>]* lvl="2"[^>]*>[\s\S]*?<a:t>Hotline trial<\/a:t>/);
    expect(slideTexts.join('\n')).not.toMatch(/identified - ISF/);
  });

  it('places pictures with alt text: the map, the huge map, both charts and both portraits', () => {
    const descriptions = Array.from({ length: view.slideCount }, (_, i) =>
      [...view.slideXml(i + 1).matchAll(/<p:pic>[\s\S]*?<p:cNvPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]),
    )
      .flat()
      .filter(Boolean);
    for (const alt of [
      'Map of the incident sites',
      'Large map of the region',
      'Bar chart of staff contacts',
      'Bar chart of incidents per year',
      'Major General Dacian-Tiberiu',
      'Major General Yao Qin',
    ]) {
      expect(
        descriptions.some((d) => d.includes(alt)),
        alt,
      ).toBe(true);
    }
  });

  it("puts the brief's own sections where `after:` says and lists them in the agenda", () => {
    const at = (title: RegExp) => {
      const i = slideOf(title);
      expect(i, String(title)).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(at(/^Objectives/)).toBeGreaterThan(at(/^Summary/));
    expect(at(/^Objectives/)).toBeLessThan(at(/^Participants/));
    expect(at(/^Incidents per year/)).toBeGreaterThan(at(/^Background: 6th/));
    expect(at(/^Risks/)).toBeGreaterThan(at(/^Incidents per year/));
    expect(at(/^Risks/)).toBeLessThan(at(/^Takeaways/));
    expect(at(/^Lines to take/)).toBeGreaterThan(at(/^Takeaways/));
    expect(at(/^Lines to take/)).toBeLessThan(at(/^Sources/));
    const agenda = slideTexts[at(/^Agenda/)];
    for (const section of ['Objectives', 'Risks', 'Incidents per year', 'Lines to take']) expect(agenda).toContain(section);
  });

  it('shows the message on its slide and first in its notes', () => {
    const topic = slideOf(/^Maritime security/);
    expect(slideTexts[topic]).toContain('Both sides want incidents at sea handled by the staff channel.');
    expect(notesTexts[topic].split('\n')[0]).toContain('Both sides want incidents at sea handled by the staff channel.');
  });

  it('draws a timeline of every dated event in date order, the undated one left out', () => {
    const timeline = titles.findIndex((title) => title === 'Timeline');
    expect(timeline).toBeGreaterThanOrEqual(0);
    const labels = view.slideText(timeline + 1).filter((line) => !line.includes(' · ')); // the footer names the event too
    const order = ['6th Security Policy Dialogue', '7th Security Policy Dialogue', '9th Security Policy Dialogue'].map((t) =>
      labels.findIndex((line) => line.startsWith(t)),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(labels.join('\n')).not.toContain('Working-level contacts');
  });

  it('speaks of the event in the future: it is after the brief was prepared', () => {
    expect(notesTexts[0]).toMatch(/will take place/);
    expect(notesTexts.join('\n')).not.toMatch(/took place/);
  });

  it('gives every slide speaker notes', () => {
    notesTexts.forEach((notes, i) => expect(notes.trim(), `slide ${i + 1}`).not.toBe(''));
  });

  it.skipIf(missing('validate-pptx'))('validates against the OOXML schemas', () => {
    const validation = tool('validate-pptx', [file]);
    expect(validation.split('\n').pop(), validation).toMatch(/ 0 problems$/);
  });

  it.skipIf(missing('render-check'))('renders with 0 problems and every expected phrase visible', () => {
    const render = tool('render-check', [file, '--expect', join(FIXTURE, 'brief.expect')]);
    expect(render, render).toMatch(new RegExp(`^${view.slideCount} slides, 0 problems$`, 'm'));
  });
});
