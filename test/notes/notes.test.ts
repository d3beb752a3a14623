// Speaker notes a briefer can speak from: read back from built decks, with blank lines (paragraph breaks) kept.
import { beforeAll, describe, expect, it } from 'vitest';
import { briefFromText, loadBrief, type LoadedBrief } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { formatDate } from '../../src/templates/helpers.js';
import { openDeck, type DeckView } from '../helpers/pptx.js';
import { unescapeXml } from '../../src/shared/xml.js';

const templates = loadTemplates(DEFAULT_TEMPLATES);

/** Notes of slide n line by line, blank lines ('') included: what the presenter view shows. */
function noteLines(view: DeckView, n: number): string[] {
  const target = view
    .rels(n)
    .find((r) => r.type === 'notesSlide')!
    .target.split('/')
    .pop();
  const xml = view.parts[`ppt/notesSlides/${target}`];
  const body = /<p:ph type="body"[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(xml)![1];
  return [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => unescapeXml([...p[1].matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((t) => t[1]).join('')));
}

/** The slide whose title (first paragraph) starts with `title`. */
function slideTitled(view: DeckView, title: string): number {
  for (let n = 1; n <= view.slideCount; n++) if (view.slideText(n)[0]?.startsWith(title)) return n;
  throw new Error(`no slide titled ${title}`);
}

async function build(loaded: LoadedBrief): Promise<DeckView> {
  return openDeck((await buildDeck(loaded, templates)).bytes);
}

describe('notes of the sample deck', () => {
  let loaded: LoadedBrief;
  let view: DeckView;
  beforeAll(async () => {
    loaded = await loadBrief('briefs/china-nato-8th-dialogue.yaml');
    view = await build(loaded);
  });

  it('title slide: introduces the event (what, when, where, host) and the heads of delegation with full titles', () => {
    const { brief } = loaded;
    const lines = noteLines(view, 1);
    expect(lines[0]).toBe(`${brief.title}: ${brief.subtitle}.`);
    expect(lines).toContain(`The event took place in ${brief.event!.location} on ${formatDate(brief.event!.date)}. Host: ${brief.event!.host}.`);
    const heads = brief.participants.delegations.flatMap((d) => d.members.filter((m) => m.lead).map((m) => `- ${d.delegation}: ${m.name}, ${m.role}`));
    expect(heads).toHaveLength(2);
    expect(lines.slice(lines.indexOf('Heads of delegation:') + 1, lines.indexOf('Heads of delegation:') + 3)).toEqual(heads);
    expect(lines.at(-1)).toBe(`Prepared by ${brief.prepared_by} on ${formatDate(brief.prepared_on)}. Classification: ${brief.classification}.`);
  });

  it('participants: the brief’s own notes, then every head with full title, then the other members', () => {
    const lines = noteLines(view, slideTitled(view, 'Participants'));
    const own = loaded.brief.participants.notes!.trim().split('\n');
    expect(lines.slice(0, own.length)).toEqual(own); // paragraphs and the blank line between them kept
    expect(lines).toContain('- NATO: Major General Dacian-Tiberiu Șerban, Director, Cooperative Security Division, NATO International Military Staff');
    expect(lines).toContain('- China: Major General Yao Qin, Deputy Director, Office for International Military Cooperation, Central Military Commission');
    const also = lines.indexOf('Also in the China delegation:');
    expect(also).toBeGreaterThan(0);
    expect(lines[also + 1]).toBe('- Staff of the Office for International Military Cooperation, Accompanying Major General Yao Qin');
  });

  it('each topic: its place, its points as sentences in one paragraph, then the brief’s notes as their own paragraph', () => {
    const topics = loaded.brief.topics;
    topics.forEach((topic, i) => {
      const lines = noteLines(view, slideTitled(view, topic.title));
      expect(lines[0]).toBe(`Topic ${i + 1} of ${topics.length}: ${topic.title}.`);
      expect(lines[1]).toBe('');
      const prose = lines[2];
      for (const point of topic.points ?? []) expect(prose).toContain((typeof point === 'string' ? point : point.text).replace(/\.$/, ''));
      expect(prose).toMatch(/\.$/);
      if (topic.notes) expect(lines.slice(3)).toEqual(['', topic.notes.trim()]);
      else expect(lines).toHaveLength(3);
    });
    expect(noteLines(view, slideTitled(view, 'Global and regional'))[2]).toContain('landscapes. Emphasis on Russia’s invasion of Ukraine.');
  });

  it('background: names the earlier event with date and place, then its points and notes', () => {
    const lines = noteLines(view, slideTitled(view, 'Background'));
    expect(lines[0]).toBe('Background: 7th China–NATO Security Policy Dialogue, February 2023, NATO Headquarters, Brussels.');
    expect(lines[2]).toContain('Lieutenant General Janusz Adamczak, Director General of the NATO International Military Staff, said');
    expect(lines.at(-1)).toBe('The seventh session was held the year before, in February 2023, at NATO Headquarters in Brussels.');
  });

  it('sources: full citations, numbered, publisher and date first', () => {
    const lines = noteLines(view, slideTitled(view, 'Sources'));
    expect(lines).toEqual([
      'Sources:',
      '1. Ministry of National Defense of the People’s Republic of China. Press release on the 8th China–NATO security policy dialogue.',
      '2. TDI (14 March 2024). Report on the 8th China–NATO security policy dialogue.',
    ]);
  });

  it('summary and takeaways: the brief’s notes when given, else the points as prose', () => {
    expect(noteLines(view, slideTitled(view, 'Summary'))).toEqual(loaded.brief.summary.notes!.trim().split('\n'));
    const takeaways = noteLines(view, slideTitled(view, 'Takeaways'));
    expect(takeaways[0]).toBe('Assessment and next steps.');
    expect(takeaways[2]).toBe(loaded.brief.takeaways!.points!.join(' '));
  });

  it('no slide has empty notes, and none has more than one blank line in a row', () => {
    for (let n = 1; n <= view.slideCount; n++) {
      const lines = noteLines(view, n);
      expect(lines.join('').length, `slide ${n}`).toBeGreaterThan(20);
      expect(lines.join('\n'), `slide ${n}`).not.toMatch(/\n\n\n/);
      expect(lines[0], `slide ${n} starts with text`).not.toBe('');
    }
  });
});

describe('notes from a brief’s own text', () => {
  it('keep paragraphs, bullet lists and numbered lists as written in the YAML', async () => {
    const view = await build(
      briefFromText(
        `title: Lists in notes
summary: [One point]
participants:
  - delegation: A
    members: [{ name: Alpha }]
topics:
  - title: Structured notes
    notes: |
      Open with the context.

      Three things to stress:
      - first thing
      - second thing
      - third thing

      Then the order of events:
      1. arrival
      2. talks
`,
        'lists.yaml',
      ),
    );
    const lines = noteLines(view, slideTitled(view, 'Structured notes'));
    expect(lines).toEqual([
      'Structured notes.',
      '',
      'Open with the context.',
      '',
      'Three things to stress:',
      '- first thing',
      '- second thing',
      '- third thing',
      '',
      'Then the order of events:',
      '1. arrival',
      '2. talks',
    ]);
  });

  it('a minimal brief (no event, no notes, no heads) still gets notes a briefer can use', async () => {
    const view = await build(
      briefFromText(
        `title: Minimal brief
summary: [The bottom line]
participants:
  - delegation: Alpha
    members: [{ name: Colonel A, role: Liaison }, { name: Major B }]
topics:
  - title: Only topic
`,
        'minimal.yaml',
      ),
    );
    expect(noteLines(view, 1)).toEqual(['Minimal brief.']);
    expect(noteLines(view, slideTitled(view, 'Participants'))).toEqual(['Alpha delegation:', '- Colonel A, Liaison', '- Major B']);
    expect(noteLines(view, slideTitled(view, 'Only topic'))).toEqual(['Only topic.', '', 'No detail was recorded for this topic.']);
    expect(noteLines(view, slideTitled(view, 'Summary'))).toEqual(['Bottom line up front.', '', 'The bottom line.']);
  });

  it('names the classification as the banner shows it, not as the brief spells it', async () => {
    const view = await build(
      briefFromText(
        `title: Marked brief
classification: secret//noforn
summary: [The bottom line]
participants:
  - delegation: Alpha
    members: [{ name: Colonel A }]
topics:
  - title: Only topic
`,
        'marked.yaml',
      ),
    );
    expect(noteLines(view, 1)).toEqual(['Marked brief.', '', 'Classification: SECRET//NOFORN.']);
  });
});
