// Table markup: widths="auto" (columns sized by the planner) beside relative widths, and a tag kept on its text's line with inline="true".
import { describe, expect, it } from 'vitest';
import { attributeIssue } from '../../src/templates/contract.js';
import { parseMarkup } from '../../src/slides/markup.js';
import type { TableBlock } from '../../src/slides/model.js';

/** The table of a one-table slide written with `attributes` on <table> and `cell` as its one row's first cell. */
function table(attributes: string, cell = 'Gen Berg'): TableBlock {
  const [slide] = parseMarkup(
    `<deck><slide layout="content"><title>T</title><table ${attributes}><head><cell>A</cell><cell>B</cell></head><row><cell>${cell}</cell><cell>Chief</cell></row></table></slide></deck>`,
  );
  return slide.blocks[0] as TableBlock;
}

describe('table widths', () => {
  it('widths="5,7" keeps its meaning: relative widths, not sized by the planner', () => {
    expect(table('widths="5,7"')).toEqual(expect.objectContaining({ widths: [5, 7] }));
    expect(table('widths="5,7"').autoWidths).toBeUndefined();
  });

  it('widths="auto" asks the planner to size the columns to their content', () => {
    expect(table('widths="auto"').autoWidths).toBe(true);
    expect(table('widths="auto"').widths).toHaveLength(2);
  });
});

describe('<tag inline="true">', () => {
  it('stays on the line of the text before it, its words kept together by no-break spaces', () => {
    const runs = table('widths="auto"', '<b>Gen Berg</b> <tag inline="true">Head of delegation</tag>').rows[0].cells[0];
    expect(runs).toHaveLength(1);
    expect(runs[0].runs).toEqual([{ text: 'Gen Berg', bold: true }, { text: ' ' }, { text: 'Head\u00a0of\u00a0delegation', style: 'tag' }]);
  });

  it('without inline="true" still starts a line of its own (a new paragraph in a cell)', () => {
    const cell = table('', '<b>Gen Berg</b><tag>Head of delegation</tag>').rows[0].cells[0];
    expect(cell.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Gen Berg', 'Head of delegation']);
  });

  it('is refused with any other value', () => {
    expect(attributeIssue('tag', 'inline', 'yes')).toMatch(/inline="yes" on <tag>: expected true, false/);
    expect(attributeIssue('tag', 'inline', 'true')).toBeUndefined();
  });
});
