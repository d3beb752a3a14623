// Italic runs are measured with the italic face: Carlito Italic's single-storey a and g are wider than upright.
import { describe, expect, it } from 'vitest';
import { createMeasurer } from '../../src/slides/measure.js';
import { measurerFor } from '../../src/slides/font-measure.js';

describe('italic measurement', () => {
  const measurer = createMeasurer();
  const width = (italic: boolean, bold = false) => measurer.lines([{ text: 'gaga agag gaga', italic, bold }], 2000, 20)[0].width;

  it('measures italic (and bold italic) text wider than upright where the italic glyphs are wider', () => {
    expect(width(true)).toBeGreaterThan(width(false) * 1.05);
    expect(width(true, true)).toBeGreaterThan(width(false, true));
  });

  it('wraps an italic point to the lines its italic widths need', () => {
    const text = Array(40).fill('gaga').join(' ');
    const upright = measurer.lines([{ text }], 300, 20).length;
    const slanted = measurer.lines([{ text, italic: true }], 300, 20).length;
    expect(slanted).toBeGreaterThan(upright);
  });

  it('never measures an italic glyph narrower than its upright one', () => {
    const sample = 'The quick brown fox jumps over the lazy dog; WAVE 0123456789';
    expect(measurer.lines([{ text: sample, italic: true }], 2000, 20)[0].width).toBeGreaterThanOrEqual(measurer.lines([{ text: sample }], 2000, 20)[0].width);
  });

  it('uses the theme font measurer for italic too (Calibri is measured with Carlito)', () => {
    const { measurer: calibri } = measurerFor({ latin: 'Calibri' });
    expect(calibri.lines([{ text: 'gaga', italic: true }], 2000, 20)[0].width).toBeGreaterThan(calibri.lines([{ text: 'gaga' }], 2000, 20)[0].width);
  });
});
