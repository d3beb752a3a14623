// Worst-case input sizes: pagination, splitting, titles and notes cost about linear in the input (issue 8, item 2).
import { describe, expect, it } from 'vitest';
import { paginateUnits, type MeasuredBlock } from '../../src/slides/fill.js';
import { createMeasurer, type Measurer } from '../../src/slides/measure.js';
import type { Paragraph, Slide } from '../../src/slides/model.js';
import { planSlides } from '../../src/slides/paginate.js';
import { loadTheme } from '../../src/templates/theme.js';

const theme = loadTheme('templates/theme.yaml');
const WORDS = ['alliance', 'maritime', 'security', 'dialogue', 'staff', 'talks', 'exchange'];
const prose = (n: number) => Array.from({ length: n }, (_, i) => WORDS[(i * 3) % 7] + (i % 12 === 11 ? '.' : '')).join(' ');
const bullet = (text: string): Paragraph => ({ runs: [{ text }], level: 0, bullet: true });
const slideOf = (paragraphs: Paragraph[], title = 'Maritime security', notes = 'Notes.'): Slide => ({
  layout: 'content',
  kind: 'topic',
  section: 'Topics',
  title,
  lines: [],
  blocks: [{ kind: 'text', paragraphs }],
  notes,
});

/** A measurer that counts the characters it is asked to wrap: the work pagination does, without timing anything. */
function countingMeasurer(): { measurer: Measurer; measured: () => number } {
  const inner = createMeasurer();
  let chars = 0;
  const count = (runs: { text: string }[]) => {
    for (const run of runs) chars += run.text.length;
  };
  return {
    measured: () => chars,
    measurer: {
      ...inner,
      lines: (runs, ...rest) => (count(runs), inner.lines(runs, ...rest)),
      height: (runs, ...rest) => (count(runs), inner.height(runs, ...rest)),
    },
  };
}

describe('pagination of huge inputs', () => {
  it('places 100,000 units of 2,000 blocks on pages in a second or two (each page once looked up every block: hours)', () => {
    const blocks: MeasuredBlock<number>[] = Array.from({ length: 2_000 }, (_, b) => ({
      base: 0.1,
      between: 0.05,
      units: Array.from({ length: 50 }, (_, u) => ({ unit: b * 50 + u, height: 0.4 })),
    }));
    const started = performance.now();
    const pages = paginateUnits(blocks, 5, 0.2);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(pages.flat().flatMap((segment) => segment.units)).toEqual(Array.from({ length: 100_000 }, (_, i) => i));
  });

  it('splits one long point measuring about linearly many characters: twice the text, at most ~2.5 times the work', () => {
    const work = (words: number) => {
      const { measurer, measured } = countingMeasurer();
      const { slides } = planSlides([slideOf([bullet(prose(words))])], theme, measurer);
      const text = slides.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'text' ? b.paragraphs.flatMap((p) => p.runs.map((r) => r.text)) : []))).join(' ');
      expect(text.replace(/\s+/g, ' ')).toBe(prose(words)); // nothing lost
      return measured();
    };
    const [small, large] = [work(4_000), work(8_000)];
    expect(large / small).toBeLessThan(2.5);
  });

  it('splits a 150,000-character word (no break anywhere) onto slides, measuring each character a bounded number of times', () => {
    const { measurer, measured } = countingMeasurer();
    const word = 'x'.repeat(150_000);
    const { slides } = planSlides([slideOf([bullet(word)])], theme, measurer);
    expect(slides.length).toBeGreaterThan(10);
    expect(
      slides.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'text' ? b.paragraphs.map((p) => p.runs.map((r) => r.text).join('')) : []))).join(''),
    ).toBe(word);
    expect(measured() / word.length).toBeLessThan(200);
  });

  it('shortens a 200,000-character title with a bounded amount of measuring (it measured every word count in turn)', () => {
    const { measurer, measured } = countingMeasurer();
    const title = prose(30_000);
    const { slides, warnings } = planSlides([slideOf([bullet('One point.')], title)], theme, measurer);
    expect(slides[0].title.endsWith('…')).toBe(true);
    expect(slides[0].title.length).toBeLessThan(200);
    expect(slides[0].notes).toContain(`Full title: ${title}`);
    expect(warnings.map((w) => w.message).join()).toMatch(/title was too long/);
    expect(measured()).toBeLessThan(200_000);
  });

  it('keeps very long notes on the first slide of a section instead of repeating them on every continuation slide', () => {
    const notes = prose(20_000);
    const points = Array.from({ length: 300 }, (_, i) => bullet(`Point ${i}: ${prose(12)}`));
    const { slides } = planSlides([slideOf(points, 'Maritime security', notes)], theme, createMeasurer());
    expect(slides.length).toBeGreaterThan(10);
    expect(slides[0].notes).toBe(notes);
    expect(slides[1].notes).toBe(`(Continued, part 2 of ${slides.length}.) The notes for this section are on its first slide.`);
    const total = slides.reduce((n, s) => n + s.notes.length, 0);
    expect(total).toBeLessThan(2 * notes.length);
  });

  it('still repeats short notes on continuation slides', () => {
    const points = Array.from({ length: 40 }, (_, i) => bullet(`Point ${i}: ${prose(12)}`));
    const { slides } = planSlides([slideOf(points, 'Maritime security', 'Short notes.')], theme, createMeasurer());
    expect(slides[1].notes).toBe(`(Continued, part 2 of ${slides.length}.)\n\nShort notes.`);
  });
});

describe('the slide limit', () => {
  it('refuses a deck planned above 2,000 slides, naming the section that makes most of them, before measuring it all', () => {
    const { measurer, measured } = countingMeasurer();
    const points = Array.from({ length: 40_000 }, (_, i) => bullet(`Point ${i}`));
    const plan = () => planSlides([slideOf(points, 'One topic')], theme, measurer, 'brief.yaml');
    expect(plan).toThrowError(
      expect.objectContaining({
        problems: [
          expect.objectContaining({
            file: 'brief.yaml',
            message: expect.stringMatching(
              /^expected a deck of at most 2,000 slides, found a brief that needs at least 2,\d{3} \("One topic" alone takes 2,\d{3}\)$/,
            ),
          }),
        ],
      }),
    );
    expect(measured()).toBe(0);
  });

  it('refuses a deck of more than 2,000 slides found when planning', () => {
    const slides = Array.from({ length: 700 }, (_, i) =>
      slideOf(
        Array.from({ length: 30 }, () => bullet(prose(20))),
        `Topic ${i}`,
      ),
    );
    expect(() => planSlides(slides, theme, createMeasurer(), 'brief.yaml')).toThrowError(
      expect.objectContaining({
        problems: [
          expect.objectContaining({
            message: expect.stringMatching(/^expected a deck of at most 2,000 slides, found a brief that needs \d,\d{3} \("Topic \d+" alone takes \d\)$/),
          }),
        ],
      }),
    );
  });
});
