// The measurer keeps a few answers per text: asking for many widths (column sizing) drops old ones, never changes an answer.
import { describe, expect, it } from 'vitest';
import { createMeasurer } from '../../src/slides/measure.js';
import type { Run } from '../../src/slides/model.js';

describe('measurer height cache', () => {
  it('answers the same for a text asked at 40 widths, again and in another order, as a fresh measurer does', () => {
    const runs: Run[] = [{ text: 'Maritime security and the Dacian-Tiberiu channel: ' }, { text: 'confidence-building measures', bold: true }];
    const widths = Array.from({ length: 40 }, (_, i) => 30 + i * 7.5);
    const measurer = createMeasurer();
    const first = widths.map((w) => measurer.height(runs, w, 14));
    const again = [...widths]
      .reverse()
      .map((w) => measurer.height(runs, w, 14))
      .reverse();
    const fresh = widths.map((w) => createMeasurer().height(runs, w, 14));
    expect(again).toEqual(first);
    expect(first).toEqual(fresh);
    expect(new Set(first).size).toBeGreaterThan(3); // the widths do change the height
  });
});
