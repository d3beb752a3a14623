// Pagination: fewest slides, balanced, split between bullets, header rows repeated, fonts never below the floors, titles fitted.
import { describe, expect, it } from 'vitest';
import { paginateUnits, type MeasuredBlock } from '../../src/slides/fill.js';
import { createFitter } from '../../src/slides/fit.js';
import { createMeasurer } from '../../src/slides/measure.js';
import type { Paragraph, Slide, TableRow } from '../../src/slides/model.js';
import { contentTop, planSlides, planWithoutMeasuring } from '../../src/slides/paginate.js';
import { bullet, slideOf, words } from '../helpers/planning.js';
import { loadTheme } from '../../src/templates/theme.js';

const theme = loadTheme('templates/theme.yaml');
const measurer = createMeasurer();
const units = (heights: number[], block = { base: 0, between: 0 }): MeasuredBlock<number> => ({
  ...block,
  units: heights.map((height, unit) => ({ unit, height })),
});
const paragraphsOf = (slide: Slide) => slide.blocks.flatMap((b) => (b.kind === 'text' ? b.paragraphs : []));

describe('page breaks', () => {
  it('balances: eleven equal units that need two pages go 6 + 5, not 9 + 2', () => {
    const pages = paginateUnits([units(Array(11).fill(1))], 9, 0);
    expect(pages.map((p) => p[0].units.length)).toEqual([6, 5]);
  });

  it('uses the fewest pages, and keeps a block whole when it fits on one page', () => {
    const pages = paginateUnits([units([1, 1, 1, 1]), units([1, 1, 1, 1, 1])], 6, 0.5);
    expect(pages.map((p) => p.map((s) => `${s.block}:${s.units.length}`))).toEqual([['0:4'], ['1:5']]);
  });

  it('never leaves a table header with a single row when it can avoid it', () => {
    const pages = paginateUnits([units([1, 1, 1, 1, 1, 1, 1], { base: 1, between: 0 })], 6.5, 0);
    for (const page of pages) expect(page[0].units.length).toBeGreaterThanOrEqual(2);
  });
});

describe('planSlides', () => {
  const available = (slide: Slide) => theme.grid.contentBottom - contentTop(slide, theme);

  it('keeps a short slide whole, set larger up to the ceiling (two short points reach it)', () => {
    const { slides } = planSlides([slideOf([{ kind: 'text', paragraphs: [bullet('One point.'), bullet('Another point.')] }])], theme, measurer);
    expect(slides).toHaveLength(1);
    expect(slides[0].placed?.[0].at.fontSize).toBe(theme.sizes.bodyMax);
    expect(slides[0].title).toBe('Maritime security');
  });

  it('splits fifteen long bullets between bullets onto balanced continuation slides with the same notes', () => {
    const list = Array.from({ length: 15 }, (_, i) => bullet(`${i + 1}. ${words(25, i)}.`));
    const { slides } = planSlides([slideOf([{ kind: 'text', paragraphs: list }], { subtitle: 'Topic 1 of 3' })], theme, measurer);
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.flatMap(paragraphsOf)).toEqual(list); // the same bullets, none cut
    const counts = slides.map((s) => paragraphsOf(s).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
    slides.forEach((s, i) => {
      expect(s.title).toBe(`Maritime security (${i + 1}/${slides.length})`);
      expect(s.subtitle).toBe('Topic 1 of 3');
      expect(s.notes).toContain('Notes.');
      expect(s.placed!.reduce((h, p) => Math.max(h, p.at.y + p.at.h), 0)).toBeLessThanOrEqual(theme.grid.contentBottom + 1e-9);
      for (const p of s.placed!) expect(p.at.fontSize).toBeGreaterThanOrEqual(theme.sizes.bodyMin);
    });
    expect(slides[1].notes).toMatch(/^\(Continued, part 2 of/);
  });

  it('shrinks towards the floor before paginating when that saves a slide', () => {
    const fitter = createFitter(theme, measurer);
    const height = (list: Paragraph[], size: number) => fitter.textHeight(list, fitter.contentWidth, size);
    const room = available(slideOf([]));
    // the longest list of bullets that still fits at the floor: at the full size it does not
    let list: Paragraph[] = [];
    for (let n = 1; height([...list, bullet(words(12, n))], theme.sizes.bodyMin) <= room; n++) list = [...list, bullet(words(12, n))];
    expect(height(list, theme.sizes.body)).toBeGreaterThan(room);
    const slide = slideOf([{ kind: 'text', paragraphs: list }]);
    const { slides } = planSlides([slide], theme, measurer);
    expect(slides).toHaveLength(1);
    expect(slides[0].placed![0].at.fontSize).toBeLessThan(theme.sizes.body);
    expect(slides[0].placed![0].at.fontSize).toBeGreaterThanOrEqual(theme.sizes.bodyMin);
  });

  it('splits a single bullet longer than a whole slide at sentence ends', () => {
    const long = Array.from({ length: 30 }, (_, i) => `Sentence ${i + 1} says ${words(18, i)}.`).join(' ');
    const { slides } = planSlides([slideOf([{ kind: 'text', paragraphs: [bullet(long)] }])], theme, measurer);
    const parts = slides.flatMap(paragraphsOf);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => p.runs.map((r) => r.text).join('')).join(' ')).toBe(long);
    for (const p of parts) expect(p.runs.map((r) => r.text).join('')).toMatch(/\.$/);
    expect(parts.slice(1).every((p) => p.continued && !p.bullet)).toBe(true);
  });

  it('repeats the header row of a 34-member table on every continuation slide', () => {
    const row = (i: number): TableRow => ({
      cells: [[{ runs: [{ text: `Colonel Member ${i}` }], level: 0, bullet: false }], [{ runs: [{ text: 'Staff Officer' }], level: 0, bullet: false }]],
    });
    const header = row(0);
    const rows = Array.from({ length: 34 }, (_, i) => row(i + 1));
    const { slides } = planSlides(
      [slideOf([{ kind: 'table', widths: [5, 7], header, rows }], { title: 'Participants', kind: 'participants' })],
      theme,
      measurer,
    );
    expect(slides.length).toBeGreaterThan(1);
    const tables = slides.flatMap((s) => s.blocks.filter((b) => b.kind === 'table'));
    expect(tables.every((t) => t.kind === 'table' && t.header === header)).toBe(true);
    expect(tables.flatMap((t) => (t.kind === 'table' ? t.rows : []))).toEqual(rows);
    for (const s of slides)
      for (const p of s.placed!) {
        expect(p.at.fontSize).toBeGreaterThanOrEqual(theme.sizes.tableMin);
        expect(p.at.rowHeights!.reduce((a, b) => a + b, 0)).toBeCloseTo(p.at.h, 6);
      }
  });

  it('plans without measuring for benchmarks: one slide per content slide, nothing split', () => {
    const list = Array.from({ length: 40 }, (_, i) => bullet(words(20, i)));
    const { slides } = planWithoutMeasuring([slideOf([{ kind: 'text', paragraphs: list }])], theme);
    expect(slides).toHaveLength(1);
    expect(paragraphsOf(slides[0])).toHaveLength(40);
  });
});

describe('a table row taller than a slide', () => {
  it('is cut with an ellipsis at a word, with a warning and the full text in the notes', () => {
    const cell = (text: string) => [{ runs: [{ text }], level: 0, bullet: false }];
    const role = Array.from({ length: 400 }, (_, i) => `duty${i}`).join(' ');
    const rows: TableRow[] = [{ cells: [cell('Colonel A'), cell('Staff Officer')] }, { cells: [cell('Colonel B'), cell(role)] }];
    const plan = planSlides(
      [slideOf([{ kind: 'table', widths: [5, 7], header: { cells: [cell('Delegation'), cell('Role')] }, rows }], { title: 'Participants' })],
      theme,
      measurer,
      'brief.yaml',
    );
    const tables = plan.slides.flatMap((s) => s.blocks.filter((b) => b.kind === 'table'));
    const shortened = tables.flatMap((t) => (t.kind === 'table' ? t.rows : [])).find((r) => r.cells[0][0].runs[0].text === 'Colonel B')!;
    const text = shortened.cells[1][0].runs.map((r) => r.text).join('');
    expect(text.endsWith('…')).toBe(true);
    expect(role.startsWith(text.slice(0, -1))).toBe(true);
    expect(plan.warnings.map((w) => w.message).join()).toMatch(/table row/);
    expect(plan.slides.map((s) => s.notes).join()).toContain(role);
    for (const s of plan.slides) for (const p of s.placed!) expect(p.at.y + p.at.h).toBeLessThanOrEqual(theme.grid.contentBottom + 1e-9);
  });
});
