// Sections of the brief's own (placed by after:, in the agenda, tables over several slides, notes from the data) and messages on topics and sections.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutOf, openDeck, type DeckView } from '../helpers/pptx.js';
import { REPO } from '../watch/child.js';
import { briefdeck, buildDeckFile } from './decks.js';

const FIXTURE = join(REPO, 'test', 'fixtures', 'stress-messages-sections.yaml');
const out = mkdtempSync(join(tmpdir(), 'briefdeck-own-sections-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface FixtureSection {
  title: string;
  after?: string;
  message?: string;
  points?: string[];
  table?: { columns: string[]; rows: string[][] };
  notes?: string;
}
const brief = parse(readFileSync(FIXTURE, 'utf8')) as { topics: { title: string; message?: string }[]; sections: FixtureSection[] };
const numbers = (deck: DeckView) => Array.from({ length: deck.slideCount }, (_, i) => i + 1);
/** Each slide's title as drawn (the title placeholder's text). */
const titles = (deck: DeckView) => numbers(deck).map((n) => titleOf(deck.slideXml(n)));
const titleOf = (xml: string) => {
  const shape = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="(?:title|ctrTitle)"[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? '';
  return [...shape.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('');
};
/** The slides of a section or topic: its title alone or with a continuation mark "(2/3)". */
const slidesOf = (deck: DeckView, title: string) => numbers(deck).filter((n) => new RegExp(`^${title}( \\(\\d+/\\d+\\))?$`).test(titles(deck)[n - 1]));
/** The first row of each table on a slide, as cell texts. */
const tableHeads = (xml: string) =>
  [...xml.matchAll(/<a:tbl>[\s\S]*?<a:tr\b[^>]*>([\s\S]*?)<\/a:tr>/g)].map((m) =>
    [...m[1].matchAll(/<a:tc\b[\s\S]*?<\/a:tc>/g)].map((c) => [...c[0].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')),
  );
const EMU = 914400;
/** A shape's box in inches, by its cNvPr name or placeholder type. */
function box(xml: string, which: RegExp): { y: number; bottom: number } | undefined {
  const shape = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]).find((s) => which.test(s));
  const off = shape && /<a:off x="-?\d+" y="(-?\d+)"\/><a:ext cx="\d+" cy="(\d+)"\/>/.exec(shape);
  return off ? { y: Number(off[1]) / EMU, bottom: (Number(off[1]) + Number(off[2])) / EMU } : undefined;
}

describe('sections of the brief’s own and messages (stress-messages-sections.yaml)', () => {
  let deck: DeckView;
  beforeAll(() => {
    deck = openDeck(buildDeckFile(FIXTURE, out));
  });

  it('puts each section right after the part its after: names, and the others just before the takeaways', () => {
    const shown = titles(deck);
    const partOf = (n: number) => {
      const title = shown[n - 1];
      if (n === 1) return 'title';
      if (title === 'Agenda') return 'agenda';
      if (title.startsWith('Background:') || title === 'Timeline') return 'background'; // the timeline belongs to the background
      if (brief.topics.some((t) => title.startsWith(t.title)) || title === 'Topics to be discussed') return 'topics'; // a pre-brief: the event is after prepared_on
      return title.toLowerCase();
    };
    for (const section of brief.sections) {
      const first = slidesOf(deck, section.title)[0];
      expect(first, section.title).toBeGreaterThan(1);
      const before = partOf(first - 1);
      if (!section.after) expect(shown[slidesOf(deck, section.title).at(-1)!], section.title).toBe('Takeaways');
      else if (section.after === 'title')
        expect(before, section.title).toBe('agenda'); // the agenda belongs to the title
      else expect(before, `${section.title} follows ${shown[first - 2]}`).toBe(section.after);
    }
    // and the parts keep their own order
    const order = ['Agenda', 'Summary', 'Participants', 'Topics to be discussed', 'Takeaways'].map((t) => shown.indexOf(t));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('lists every section in the agenda at its place in the deck', () => {
    const agenda = deck.slideText(2).slice(1, -2); // title first; footer and slide number last
    const agendaTitles = agenda.map((line) => line.split(' — ')[0]);
    const sectionTitles = brief.sections.map((s) => s.title);
    const inDeck = titles(deck).filter((t) => sectionTitles.includes(t.replace(/ \(\d+\/\d+\)$/, '')));
    expect(agendaTitles.filter((t) => sectionTitles.includes(t))).toEqual([...new Set(inDeck.map((t) => t.replace(/ \(\d+\/\d+\)$/, '')))]);
    expect(agendaTitles.indexOf('Objectives')).toBe(agendaTitles.indexOf('Summary') + 1);
    expect(agendaTitles.indexOf('Risk register')).toBe(agendaTitles.indexOf('Takeaways') - 1);
  });

  it('paginates a long table with its header row repeated on every slide, every row once', () => {
    const register = brief.sections.find((s) => s.table && s.table.rows.length > 10)!;
    const slides = slidesOf(deck, register.title);
    expect(slides.length).toBeGreaterThan(1);
    for (const n of slides) expect(tableHeads(deck.slideXml(n)), `slide ${n}`).toEqual([register.table!.columns]);
    const cells = slides.flatMap((n) => deck.slideText(n));
    for (const row of register.table!.rows)
      expect(
        cells.filter((c) => c === row[0]),
        row[0],
      ).toHaveLength(1);
  });

  it('shows the message on every slide of its topic or section, continuations included, and first in the notes', () => {
    const withMessage = [...brief.topics, ...brief.sections].filter((s) => s.message);
    expect(withMessage.length).toBeGreaterThan(2);
    for (const { title, message } of withMessage) {
      const slides = slidesOf(deck, title);
      expect(slides.length, title).toBeGreaterThan(0);
      for (const n of slides) {
        expect(deck.slideText(n), `slide ${n}`).toContain(message);
        const notes = deck.notes(n);
        const first = notes.findIndex((p) => !p.startsWith('(Continued'));
        expect(notes[first], `slide ${n} notes`).toBe(message);
      }
    }
    expect(slidesOf(deck, brief.topics[0].title).length).toBeGreaterThan(1); // the long topic continues
  });

  it('draws the message callout above the body, read right after the title', () => {
    const withCallout = numbers(deck).filter((k) => deck.slideXml(k).includes('name="Message"'));
    const messaged = [...brief.topics, ...brief.sections].filter((s) => s.message).flatMap((s) => slidesOf(deck, s.title));
    messaged.push(...slidesOf(deck, 'Summary')); // the summary's bottom line is a (lead) callout too
    expect(withCallout).toEqual(messaged.sort((a, b) => a - b));
    for (const n of withCallout) {
      const xml = deck.slideXml(n);
      const callout = box(xml, /name="Message"/)!;
      expect(xml, `slide ${n}: the accent bar is marked decorative`).toMatch(
        /name="Message bar"><a:extLst><a:ext uri="\{C183D7F6-B498-43B3-948B-1728B52AA6E4\}"><adec:decorative [^>]*val="1"\/>/,
      );
      const title = box(xml, /<p:ph type="title"/) ?? box(layoutOf(deck, n).xml, /<p:ph type="title"/)!; // where the layout puts it
      const below = [
        box(xml, /<p:ph (?:type="body" )?idx="1"/),
        ...[...xml.matchAll(/<p:graphicFrame>[\s\S]*?<a:off x="\d+" y="(\d+)"/g)].map((m) => ({ y: Number(m[1]) / EMU })),
      ];
      expect(callout.y, `slide ${n}`).toBeGreaterThanOrEqual(title.bottom - 1e-3);
      for (const body of below.filter(Boolean)) expect(body!.y, `slide ${n}`).toBeGreaterThanOrEqual(callout.bottom - 1e-3);
      const order = [...xml.matchAll(/<p:cNvPr id="\d+" name="([^"]*)"/g)].map((m) => m[1]).filter(Boolean);
      expect(order.slice(0, 2), `slide ${n}`).toEqual(expect.arrayContaining([expect.stringMatching(/^Title/)]));
      expect(
        order.findIndex((name) => name.startsWith('Message')),
        `slide ${n}: ${order.join(', ')}`,
      ).toBeLessThan(order.findIndex((name) => /Placeholder/.test(name) && !/^Title/.test(name)));
    }
  });

  it('writes notes from the data when none are given: points as sentences, table rows as "column: value" lines', () => {
    const objectives = brief.sections.find((s) => s.title === 'Objectives')!;
    const notes = deck.notes(slidesOf(deck, 'Objectives')[0]).join('\n');
    expect(notes).toContain(objectives.points!.join(' '));
    const guests = brief.sections.find((s) => s.title === 'Who else attends')!;
    const guestNotes = deck.notes(slidesOf(deck, guests.title)[0]);
    for (const row of guests.table!.rows) expect(guestNotes).toContain(row.map((cell, i) => `${guests.table!.columns[i]}: ${cell}`).join('; '));
  });

  it('uses the notes given instead', () => {
    const lines = brief.sections.find((s) => s.notes)!;
    const notes = deck.notes(slidesOf(deck, lines.title)[0]).join('\n');
    expect(notes).toContain(lines.notes);
    expect(notes).not.toContain(lines.points![0]);
  });
});

const MINIMAL = `title: Staff talks
summary: [The staffs met.]
participants:
  - delegation: Alliance
    members: [{ name: Colonel Ana Popescu, lead: true }]
topics: [{ title: Next meeting }]
`;

describe('where a section goes when its part is missing', () => {
  const build = (name: string, yaml: string, templates?: string) => {
    const file = join(out, `${name}.yaml`);
    writeFileSync(file, yaml);
    if (!templates) return openDeck(buildDeckFile(file, out));
    const run = briefdeck(['build', file, '-o', out, '--templates', templates]);
    expect(run.status, run.stderr).toBe(0);
    return openDeck(join(out, `${name}.pptx`));
  };

  it('without after: and without takeaways, a section comes just before the sources (where the takeaways would be)', () => {
    const deck = build(
      'no-takeaways',
      `${MINIMAL}sections: [{ title: Asks, points: [Ask for a date.] }]\nsources: [{ title: Press release }]\nbackground: [{ title: Earlier round }]\n`,
    );
    const shown = titles(deck);
    expect(shown.slice(-3)).toEqual(['Background: Earlier round', 'Asks', 'Sources']);
  });

  it('after: background without background goes where the background would be; after: takeaways without takeaways at the end', () => {
    const deck = build(
      'missing-parts',
      `${MINIMAL}sections:\n  - { title: Last words, after: takeaways, points: [Thank everyone.] }\n  - { title: History, after: background, points: [First round in 2019.] }\n`,
    );
    expect(titles(deck).slice(-3)).toEqual(['Next meeting', 'History', 'Last words']);
  });

  it('a theme whose deck list leaves parts out still shows every section, where the part would be', () => {
    const dir = join(out, 'templates-short-deck');
    mkdirSync(dir, { recursive: true });
    const theme = readFileSync(join(REPO, 'templates', 'theme.yaml'), 'utf8');
    const short = theme.replace(/\ndeck:[\s\S]*?(?=\n[a-z]|$)/, '\ndeck: [title, summary, topics]\n');
    expect(short).not.toBe(theme);
    writeFileSync(join(dir, 'theme.yaml'), short);
    const deck = build(
      'short-deck',
      `${MINIMAL}sections:\n  - { title: Who, after: participants, points: [Staffs only.] }\n  - { title: Asks, points: [Ask for a date.] }\n  - { title: Opening, after: title, points: [Thank the hosts.] }\n`,
      dir,
    );
    expect(titles(deck)).toEqual(['Staff talks', 'Opening', 'Summary', 'Who', 'Next meeting', 'Asks']);
  });
});

describe('a message too long for its callout', () => {
  it('is cut with an ellipsis on the slide and kept whole, first, in the notes', () => {
    const message = Array.from({ length: 40 }, (_, i) => `clause ${i + 1} of a message that never ends`).join(', ') + '.';
    const file = join(out, 'long-message.yaml');
    writeFileSync(
      file,
      MINIMAL.replace('topics: [{ title: Next meeting }]', `topics:\n  - title: Next meeting\n    message: ${message}\n    points: [Date to be agreed.]`),
    );
    const deck = openDeck(buildDeckFile(file, out));
    const n = slidesOf(deck, 'Next meeting')[0];
    const shown = deck.slideText(n).find((p) => p.startsWith('clause 1 '))!;
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThan(message.length);
    expect(deck.slideText(n)).toContain('Date to be agreed.');
    expect(deck.notes(n)[0]).toBe(message);
  });
});

describe('participants tables over several slides (stress-participants.yaml)', () => {
  it('repeat their header row (delegation, role) on every slide they continue on', () => {
    const source = parse(readFileSync(join(REPO, 'test', 'fixtures', 'stress-participants.yaml'), 'utf8')) as {
      participants: { delegations: { delegation: string; members: { name: string }[] }[] };
    };
    const deck = openDeck(buildDeckFile(join(REPO, 'test', 'fixtures', 'stress-participants.yaml'), out));
    const slides = slidesOf(deck, 'Participants');
    expect(slides.length).toBeGreaterThan(1);
    const heads = slides.flatMap((n) => tableHeads(deck.slideXml(n)));
    const delegations = source.participants.delegations.map((d) => d.delegation);
    for (const head of heads) expect([delegations.includes(head[0]), head[1]], head.join(', ')).toEqual([true, 'Role']);
    for (const n of slides) expect(tableHeads(deck.slideXml(n)).length, `slide ${n}`).toBeGreaterThan(0);
    const names = slides.flatMap((n) => deck.slideText(n));
    for (const member of source.participants.delegations.flatMap((d) => d.members))
      expect(names.filter((t) => t === member.name || t.startsWith(member.name)).length, member.name).toBeGreaterThan(0);
  });
});

describe('your own section.hbs (--templates)', () => {
  it('is checked against a section’s fields, with @root reaching the whole brief', () => {
    const dir = join(out, 'templates-section');
    mkdirSync(dir, { recursive: true });
    const own = readFileSync(join(REPO, 'templates', 'section.hbs'), 'utf8').replace(
      '<title>{{title}}</title>',
      '<title>{{@root.participants.delegations.length}}: {{titel}}</title>',
    );
    writeFileSync(join(dir, 'section.hbs'), own);
    const line = own.split('\n').findIndex((l) => l.includes('{{titel}}')) + 1;
    const file = join(out, 'own-section.yaml');
    writeFileSync(file, `${MINIMAL}sections: [{ title: Asks, points: [Ask for a date.] }]\n`);
    const run = briefdeck(['build', file, '-o', join(out, 'never'), '--templates', dir]);
    expect(run.status).toBe(1);
    const reported = run.stderr.split('\n').filter((l) => l.includes('{{'));
    expect(reported).toHaveLength(1); // {{@root.participants…}} reaches the whole data
    expect(reported[0]).toMatch(
      new RegExp(
        `^${join(dir, 'section.hbs').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:\\d+: \\{\\{titel\\}\\}: no field "titel" in a section \\(an item of sections\\) \\(did you mean "title"\\?\\)`,
      ),
    );
  });
});

describe('a right-to-left message', () => {
  it('has its accent bar at the right, where the text starts', () => {
    const file = join(out, 'rtl-message.yaml');
    writeFileSync(
      file,
      `${MINIMAL.replace('topics: [{ title: Next meeting }]', 'topics:\n  - title: Next meeting\n    message: يريد الجانبان معالجة الحوادث في البحر عبر قناة الأركان.\n    points: [Date to be agreed.]')}language: ar\n`,
    );
    const deck = openDeck(buildDeckFile(file, out));
    const xml = deck.slideXml(slidesOf(deck, 'Next meeting')[0]);
    const left = (name: string) => {
      const shape = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]).find((s) => s.includes(`name="${name}"`))!;
      const m = /<a:off x="(\d+)" y="\d+"\/><a:ext cx="(\d+)"/.exec(shape)!;
      return { x: Number(m[1]), right: Number(m[1]) + Number(m[2]) };
    };
    expect(left('Message bar').right).toBe(left('Message').right);
    expect(left('Message bar').x).toBeGreaterThan(left('Message').x);
  });
});
