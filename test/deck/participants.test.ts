// The participants slide read back from built decks: two delegations side by side, columns sized to their content, the head of delegation on the name's line, more delegations stacked.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDeck, type DeckView } from '../helpers/pptx.js';
import { buildDeckFile } from './decks.js';

const EMU = 914400;
const BILATERAL = join(process.cwd(), 'test', 'fixtures', 'design', 'bilateral.yaml');

interface DrawnTable {
  x: number; // inches
  y: number;
  w: number;
  columns: number[]; // inches
  rows: number[]; // row heights, inches (header first)
  firstCells: string[]; // each row's first cell, runs joined, no-break spaces read as spaces
  sizes: number[]; // every run's size (pt)
}

/** The tables (graphic frames) a slide draws, in drawing order. */
function tables(xml: string): DrawnTable[] {
  return [...xml.matchAll(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g)].map(([frame]) => {
    const [, x, y, w] = /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)"/.exec(frame)!.map(Number);
    const rows = [...frame.matchAll(/<a:tr h="(\d+)">([\s\S]*?)<\/a:tr>/g)];
    return {
      x: x / EMU,
      y: y / EMU,
      w: w / EMU,
      columns: [...frame.matchAll(/<a:gridCol w="(\d+)"/g)].map((m) => Number(m[1]) / EMU),
      rows: rows.map((m) => Number(m[1]) / EMU),
      firstCells: rows.map((m) =>
        [.../<a:tc>([\s\S]*?)<\/a:tc>/.exec(m[2])![1].matchAll(/<a:t>([^<]*)<\/a:t>/g)]
          .map((t) => t[1])
          .join('')
          .replace(/\u00a0/g, ' '),
      ),
      sizes: [...frame.matchAll(/<a:rPr[^>]* sz="(\d+)"/g)].map((m) => Number(m[1]) / 100),
    };
  });
}

/** Slide numbers whose title starts with "Participants". */
function participantSlides(view: DeckView): number[] {
  return Array.from({ length: view.slideCount }, (_, i) => i + 1).filter((n) => view.slideText(n)[0]?.startsWith('Participants'));
}

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-participants-'));

/** Builds a brief whose participants are `delegations` (YAML text, indented under `participants:`) and opens the deck. */
function buildWith(name: string, delegations: string): DeckView {
  const brief = join(dir, `${name}.yaml`);
  writeFileSync(
    brief,
    `title: Staff talks\nlanguage: en-GB\nsummary: [Talks were held.]\ntopics:\n  - title: Cooperation\n    points: [Agreed.]\nparticipants:\n${delegations}`,
  );
  return openDeck(buildDeckFile(brief, dir));
}

/** A delegation in YAML: its name and members as [name, role, lead?]. */
function delegation(label: string, members: [string, string, boolean?][]): string {
  const lines = members.map(([name, role, lead]) => `      - name: ${name}\n        role: ${role}\n${lead ? '        lead: true\n' : ''}`);
  return `  - delegation: ${label}\n    members:\n${lines.join('')}`;
}

describe('two delegations of 6 and 7 (test/fixtures/design/bilateral.yaml)', () => {
  const view = openDeck(buildDeckFile(BILATERAL, dir));
  const slides = participantSlides(view);

  it('are on ONE participants slide, not continued', () => {
    expect(slides).toHaveLength(1);
    expect(view.slideText(slides[0])[0]).toBe('Participants');
  });

  it('are two tables side by side: the same top, the second right of the first, both on the slide', () => {
    const [left, right] = tables(view.slideXml(slides[0]));
    expect(tables(view.slideXml(slides[0]))).toHaveLength(2);
    expect(right.y).toBeCloseTo(left.y, 3);
    expect(right.x).toBeGreaterThanOrEqual(left.x + left.w);
    expect(right.x + right.w).toBeLessThanOrEqual(13.333);
    expect(right.w).toBeCloseTo(left.w, 3);
    expect(left.firstCells.slice(1)).toHaveLength(6);
    expect(right.firstCells.slice(1)).toHaveLength(7);
  });

  it('are drawn at a readable size: names and roles at 14 pt or more', () => {
    for (const table of tables(view.slideXml(slides[0]))) {
      const size = Math.max(...table.sizes); // names and roles; the head-of-delegation tag is drawn 2 pt smaller
      expect(size).toBeGreaterThanOrEqual(14);
      expect(Math.min(...table.sizes)).toBe(size - 2);
    }
  });

  it("mark each head of delegation alike, the tag directly under the wrapped name: the lead row at most one line taller than the table's other rows", () => {
    expect(tagOnOwnLine(view.slideXml(slides[0]))).toEqual([true, true]);
    for (const table of tables(view.slideXml(slides[0]))) {
      expect(table.firstCells[1]).toMatch(/[a-z]Head of delegation$/); // the line break reads as nothing
      const line = (1.3 * Math.max(...table.sizes)) / 72; // one line at the names' size, with spacing
      expect(table.rows[1]).toBeLessThanOrEqual(Math.max(...table.rows.slice(2)) + line);
    }
  });

  it('have columns sized to the content, not 5:7', () => {
    for (const table of tables(view.slideXml(slides[0]))) {
      const [name, role] = table.columns;
      expect(name + role).toBeCloseTo(table.w, 2);
      expect(Math.abs(name / role - 5 / 7)).toBeGreaterThan(0.02);
    }
  });
});

describe('columns sized to their content (three delegations: each table its own)', () => {
  it('give long names a wide first column and long roles a wide second one', () => {
    const view = buildWith(
      'columns',
      delegation('Long names', [
        ['Lieutenant General Maximilian-Alexander von Hohenberg-Lichtenstein', 'Chief', true],
        ['Brigadier General Konstantinos Papadopoulos-Athanasiou', 'Deputy'],
      ]) +
        delegation('Long roles', [
          ['Col Li', 'Deputy Director, Office for International Military Cooperation, Central Military Commission', true],
          ['Maj Wu', 'Assistant to the Director of the Office for International Military Cooperation'],
        ]) +
        delegation('Observers', [['Ms Ek', 'Observer', true]]),
    );
    const [longNames, longRoles] = tables(view.slideXml(participantSlides(view)[0]));
    expect(longNames.columns[0]).toBeGreaterThan(longNames.columns[1]);
    expect(longRoles.columns[0]).toBeLessThan(longRoles.columns[1]);
    expect(longNames.columns[0]).toBeGreaterThan(longRoles.columns[0] + 1);
  });
});

/** Three delegations of two, each headed by its first member: a trilateral's participants. */
const trilateral = () =>
  delegation('Norway', [
    ['Gen Berg', 'Chief of Defence', true],
    ['Col Vik', 'Staff Officer'],
  ]) +
  delegation('Poland', [
    ['Gen Nowak', 'Chief of Staff', true],
    ['Col Lis', 'Attaché'],
  ]) +
  delegation('Latvia', [
    ['Gen Ozols', 'Commander', true],
    ['Col Kalns', 'Adviser'],
  ]);

describe('three delegations', () => {
  const view = buildWith('three', trilateral());
  const drawn = tables(view.slideXml(participantSlides(view)[0]));

  it('stay stacked: one under the other at the same left edge', () => {
    expect(participantSlides(view)).toHaveLength(1);
    expect(drawn.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < drawn.length; i++) {
      expect(drawn[i].x).toBeCloseTo(drawn[0].x, 3);
      expect(drawn[i].y).toBeGreaterThanOrEqual(drawn[i - 1].y + drawn[i - 1].rows.reduce((a, b) => a + b, 0));
    }
  });

  it("mark the head of delegation on the name's line: the lead row is no taller than a one-line row", () => {
    for (const table of drawn) {
      expect(table.firstCells[1]).toMatch(/^Gen \w+ Head of delegation$/);
      expect(table.rows[1]).toBeCloseTo(table.rows[2], 4);
    }
  });
});

describe('two delegations too large for one slide at 14 pt (stress-participants.yaml: 34 and 14 members)', () => {
  it('stay stacked and are continued, never side by side', () => {
    const view = openDeck(buildDeckFile(join(process.cwd(), 'test', 'fixtures', 'stress-participants.yaml'), dir));
    const slides = participantSlides(view);
    expect(slides.length).toBeGreaterThan(1);
    for (const n of slides) {
      const drawn = tables(view.slideXml(n));
      expect(new Set(drawn.map((t) => t.x.toFixed(3))).size).toBe(1);
    }
  });
});

describe('two delegations side by side', () => {
  it('share their column widths, so the columns line up across the slide', () => {
    const view = buildWith(
      'pair',
      delegation('Long names', [['Lieutenant General Maximilian-Alexander von Hohenberg', 'Chief', true]]) +
        delegation('Long roles', [['Col Li', 'Deputy Director, Office for International Military Cooperation', true]]),
    );
    const [left, right] = tables(view.slideXml(participantSlides(view)[0]));
    expect(right.x).toBeGreaterThan(left.x + left.w);
    expect(right.columns[0]).toBeCloseTo(left.columns[0], 3);
    expect(right.columns[1]).toBeCloseTo(left.columns[1], 3);
  });
});

describe('two delegations in a right-to-left deck (stress-arabic.yaml)', () => {
  it('read from the right: the first delegation is the right-hand table', () => {
    const view = openDeck(buildDeckFile(join(process.cwd(), 'test', 'fixtures', 'stress-arabic.yaml'), dir));
    const n = Array.from({ length: view.slideCount }, (_, i) => i + 1).find((i) => tables(view.slideXml(i)).length === 2)!;
    const [first, second] = tables(view.slideXml(n));
    const frames = [...view.slideXml(n).matchAll(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g)].map((m) => m[0]);
    expect(frames[0]).toContain('حلف شمال الأطلسي'); // NATO, the first delegation, drawn first (read first)
    expect(frames[1]).toContain('الصين');
    expect(first.y).toBeCloseTo(second.y, 3);
    expect(first.x).toBeGreaterThanOrEqual(second.x + second.w);
  });
});

describe('two delegations with portraits (pictures/pictures.yaml: Finland and Estonia)', () => {
  it('stay stacked beside the portrait column', () => {
    const view = openDeck(buildDeckFile(join(process.cwd(), 'test', 'fixtures', 'pictures', 'pictures.yaml'), dir));
    const n = participantSlides(view)[0];
    const drawn = tables(view.slideXml(n));
    expect(drawn).toHaveLength(2);
    expect(drawn[1].x).toBeCloseTo(drawn[0].x, 3);
    expect(drawn[1].y).toBeGreaterThan(drawn[0].y);
    expect(view.slideXml(n)).toContain('descr="Rear Admiral Tuula Mäkinen"');
  });
});

/** Each head-of-delegation cell of a slide's tables: whether its tag starts a line of its own (a line break right before it). */
function tagOnOwnLine(xml: string): boolean[] {
  return [...xml.matchAll(/<a:tc>((?:(?!<\/a:tc>)[\s\S])*?Head[ \u00a0]of[ \u00a0]delegation[\s\S]*?)<\/a:tc>/g)].map(([, cell]) =>
    /<a:br\/>\s*<a:r>(?:(?!<\/a:r>)[\s\S])*<a:t>Head[ \u00a0]of[ \u00a0]delegation<\/a:t>/.test(cell),
  );
}

describe('the head-of-delegation tag: one rule per slide', () => {
  it('is on a line of its own in BOTH tables of the sample (a name there wraps), directly under the name', () => {
    const view = openDeck(buildDeckFile(join(process.cwd(), 'briefs', 'china-nato-8th-dialogue.yaml'), dir));
    const n = participantSlides(view)[0];
    const own = tagOnOwnLine(view.slideXml(n));
    expect(tables(view.slideXml(n))).toHaveLength(2);
    expect(own).toEqual([true, true]);
  });

  it('is on a line of its own in every table when one name alone needs it', () => {
    const view = buildWith(
      'one-long-head',
      delegation('Alpha', [['Lieutenant General Maximilian-Alexander von Hohenberg-Lichtenstein of Upper Bavaria', 'Chief', true]]) +
        delegation('Beta', [['Col Li', 'Director', true]]),
    );
    expect(tagOnOwnLine(view.slideXml(participantSlides(view)[0]))).toEqual([true, true]);
  });

  it('stays on the name line in every table when every name and tag fit on one line', () => {
    const view = buildWith('short-heads', delegation('Alpha', [['Gen Berg', 'Chief', true]]) + delegation('Beta', [['Col Li', 'Director', true]]));
    expect(tagOnOwnLine(view.slideXml(participantSlides(view)[0]))).toEqual([false, false]);
  });
});

describe('three delegations in tables set at 13 pt (a templates folder whose theme sets table: 13)', () => {
  it("draw the head-of-delegation tag no smaller than the theme's table floor (tableMin 12 pt), not 2 pt under the names", () => {
    const templates = join(dir, 'table-13');
    mkdirSync(templates, { recursive: true });
    const theme = readFileSync(join(process.cwd(), 'templates', 'theme.yaml'), 'utf8');
    writeFileSync(join(templates, 'theme.yaml'), theme.replace(/^(\s+)table: 18$/m, '$1table: 13').replace(/^(\s+)tableMax: 22/m, '$1tableMax: 13'));
    const brief = join(dir, 'trilateral.yaml');
    writeFileSync(
      brief,
      'title: Staff talks\nlanguage: en-GB\nsummary: [Talks were held.]\ntopics:\n  - title: Cooperation\n    points: [Agreed.]\nparticipants:\n' +
        trilateral(),
    );
    const view = openDeck(buildDeckFile(brief, dir, {}, ['--templates', templates]));
    const drawn = participantSlides(view).flatMap((n) => tables(view.slideXml(n)));
    expect(drawn).toHaveLength(3);
    for (const table of drawn) {
      expect(Math.max(...table.sizes)).toBe(13); // names and roles at the theme's table size
      expect(Math.min(...table.sizes)).toBe(12); // the tag: 2 pt smaller would be 11, under the floor
    }
  });
});
