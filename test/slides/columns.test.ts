// Column widths sized to the content: no word cut, the natural share when everything fits on one line.
import { describe, expect, it } from 'vitest';
import { contentWidths } from '../../src/slides/columns.js';
import { settleInlineTags } from '../../src/slides/inline-tags.js';
import { createFitter, PT_PER_IN } from '../../src/slides/fit.js';
import { createMeasurer, SAFETY } from '../../src/slides/measure.js';
import type { TableBlock } from '../../src/slides/model.js';
import { loadTheme } from '../../src/templates/theme.js';

const theme = loadTheme('templates/theme.yaml');
const measurer = createMeasurer();
const fitter = createFitter(theme, measurer);
const cell = (text: string) => [{ runs: [{ text }], level: 0, bullet: false }];
const tableOf = (rows: [string, string][]): TableBlock => ({
  kind: 'table',
  widths: [1, 1],
  autoWidths: true,
  header: { cells: [cell('Norway'), cell('Role')] },
  rows: rows.map(([name, role]) => ({ cells: [cell(name), cell(role)] })),
});
const lineTexts = (text: string, width: number, size: number) => measurer.wrap([{ text }], (width - 2 * theme.grid.cellInset) * PT_PER_IN, size);

describe('content-sized columns', () => {
  it('keep every word of a column whole and fill the width', () => {
    const table = tableOf([['Brigadier General Agnieszka Zawadzka', 'Director, Strategic Planning Directorate (P5), General Staff']]);
    const [name, role] = contentWidths(table, 6, 14, fitter);
    expect(name + role).toBeCloseTo(6, 6);
    for (const word of ['Brigadier', 'Agnieszka', 'Zawadzka']) expect(lineTexts(word, name, 14)).toHaveLength(1);
  });

  it('give a table whose text fits on one line each column its natural share', () => {
    const [name, role] = contentWidths(tableOf([['Gen Berg', 'Chief of Defence, Norwegian Armed Forces']]), 12, 18, fitter);
    expect(role / name).toBeGreaterThan(2.5);
    expect(lineTexts('Chief of Defence, Norwegian Armed Forces', role, 18)).toHaveLength(1);
  });
});

describe('content-sized columns of a long table', () => {
  it('measure a sample of its rows at a bounded number of splits: 20,000 rows cost no more rows than 200', () => {
    const count = (rows: number) => {
      let calls = 0;
      const counting = { ...fitter, rowHeight: (...args: Parameters<typeof fitter.rowHeight>) => (calls++, fitter.rowHeight(...args)) };
      const table = tableOf(
        Array.from({ length: rows }, (_, i): [string, string] => [`Colonel Person ${i}`, `Staff Officer for Plans and Policy, Headquarters ${i}`]),
      );
      contentWidths(table, 6, 14, counting);
      return calls;
    };
    expect(count(20_000)).toBeLessThanOrEqual(count(200));
    expect(count(20_000)).toBeLessThan(20_000);
  });
});

describe('a tag measured as it is drawn', () => {
  it('takes the smaller bold size the renderer gives it: a name and its tag that fit on one line so are measured on one line', () => {
    const runs = [
      { text: 'Gen Berg ', bold: true },
      { text: 'Head\u00a0of\u00a0delegation', style: 'tag' as const },
    ];
    const drawn = measurer.width('Gen Berg ', 14, true) + measurer.width('Head\u00a0of\u00a0delegation', 12, true);
    expect(measurer.lines(runs, drawn + 1, 14)).toHaveLength(1);
    expect(measurer.lines(runs, drawn - 2, 14).length).toBeGreaterThan(1);
  });
});

describe("a table's tag measured at no less than its floor", () => {
  it('is measured at minSize, not 2 pt under the text, when that would be below it (13 pt text, 12 pt floor)', () => {
    const runs = [
      { text: 'Gen Berg ', bold: true },
      { text: 'Head\u00a0of\u00a0delegation', style: 'tag' as const, minSize: 12 },
    ];
    const drawn = measurer.width('Gen Berg ', 13, true) + measurer.width('Head\u00a0of\u00a0delegation', 12, true);
    expect(measurer.lines(runs, drawn + 0.5, 13)).toHaveLength(1);
    expect(measurer.lines(runs, drawn - 1, 13).length).toBeGreaterThan(1); // at 11 pt it would still fit
  });
});

describe('an inline tag in a table cell', () => {
  const lead = (name: string): TableBlock => ({
    ...tableOf([]),
    rows: [
      {
        cells: [
          [{ runs: [{ text: name, bold: true }, { text: ' ' }, { text: 'Head\u00a0of\u00a0delegation', style: 'tag' }], level: 0, bullet: false }],
          cell('Chief'),
        ],
      },
    ],
  });
  /** The first cell's paragraphs, a line break read as "\n". */
  const paragraphs = (table: TableBlock) => table.rows[0].cells[0].map((p) => p.runs.map((r) => (r.breakBefore ? '\n' : '') + r.text).join(''));
  const settleOne = (table: TableBlock, width: number) => settleInlineTags([table], width, 14, fitter)[0];

  it("stays on the name's line when it fits there", () => {
    expect(paragraphs(settleOne(lead('Gen Berg'), 8))).toEqual(['Gen Berg Head\u00a0of\u00a0delegation']);
  });

  it('goes on a line of its own, directly under a name that wraps (even when it would fit after the name)', () => {
    const name = 'Lieutenant General Tomasz Wiśniewski';
    const lines = [
      measurer.width('Lieutenant General Tomasz', 14, true),
      measurer.width('Wiśniewski ', 14, true) + measurer.width('Head of delegation', 12, true),
    ];
    const width = Math.max(...lines) / PT_PER_IN + 2 * theme.grid.cellInset + 0.1;
    expect(measurer.width(name, 14, true) / PT_PER_IN + 2 * theme.grid.cellInset).toBeGreaterThan(width); // the name wraps
    expect(paragraphs(settleOne({ ...lead(name), widths: [width, 3] }, width + 3))).toEqual([`${name}\nHead\u00a0of\u00a0delegation`]);
  });

  it('goes on a line of its own, in the same paragraph (no gap), when it would only wrap there', () => {
    const name = 'Major General Yao Qin';
    const width = measurer.width(name, 14, true) / PT_PER_IN + 2 * theme.grid.cellInset + 0.05;
    expect(paragraphs(settleOne({ ...lead(name), widths: [width, 3] }, width + 3))).toEqual([`${name}\nHead\u00a0of\u00a0delegation`]);
  });

  it("follows one rule over a slide's tables: one tag on its own line puts every tag on its own line", () => {
    const name = 'Major General Yao Qin';
    const width = measurer.width(name, 14, true) / PT_PER_IN + 2 * theme.grid.cellInset + 0.05;
    const settled = settleInlineTags([lead('Gen Berg'), { ...lead(name), widths: [width, 3] }], width + 3, 14, fitter);
    expect(settled.map(paragraphs)).toEqual([['Gen Berg\nHead\u00a0of\u00a0delegation'], [`${name}\nHead\u00a0of\u00a0delegation`]]);
  });
});

describe('content-sized columns and hyphenated names', () => {
  const bold = (text: string) => [{ runs: [{ text, bold: true }], level: 0, bullet: false }];
  const name = 'Major General Dacian-Tiberiu Șerban';
  const table: TableBlock = {
    ...tableOf([]),
    rows: [{ cells: [bold(name), cell('Director, Cooperative Security Division')] }, { cells: [bold('Colonel Anna Smith'), cell('Staff Officer, Plans')] }],
  };
  const height = (first: number, width: number, size: number) =>
    table.rows.reduce(
      (h, row) => h + fitter.rowHeight({ ...table, widths: [first, width - first] }, row, width, size),
      fitter.rowHeight({ ...table, widths: [first, width - first] }, table.header, width, size, true),
    );

  it('keep a name whole at its hyphen when a split that leaves the table no taller allows it (16 pt, 5.5 in)', () => {
    const [width, size] = [5.5, 16];
    const [first] = contentWidths(table, width, size, fitter);
    const inner = (first - 2 * theme.grid.cellInset) * PT_PER_IN;
    for (const w of [inner, inner * SAFETY]) {
      const lines = measurer.wrap([{ text: name, bold: true }], w, size);
      expect(
        lines.slice(0, -1).some((line) => line.endsWith('-')),
        lines.join(' / '),
      ).toBe(false);
    }
    let shortest = Infinity;
    for (let f = 1.5; f <= width - 1.5; f += 0.01) shortest = Math.min(shortest, height(f, width, size));
    expect(height(first, width, size)).toBeLessThanOrEqual(shortest + 1e-6);
  });
});
