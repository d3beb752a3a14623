// Short content uses the slide (larger type up to the theme's ceilings, still starting at the content top); long content paginates as before.
import { describe, expect, it } from 'vitest';
import { paginateUnits } from '../../src/slides/fill.js';
import { createFitter } from '../../src/slides/fit.js';
import { FILL_TARGET } from '../../src/slides/grow.js';
import { createMeasurer } from '../../src/slides/measure.js';
import type { Paragraph, Slide, TableBlock } from '../../src/slides/model.js';
import { contentTop, measureBlocks, planSlides } from '../../src/slides/paginate.js';
import { bullet, slideOf, words } from '../helpers/planning.js';
import { loadTheme, type Theme } from '../../src/templates/theme.js';

const theme = loadTheme('templates/theme.yaml');
const measurer = createMeasurer();
const sub = (text: string): Paragraph => ({ runs: [{ text }], level: 1, bullet: true });
const cell = (text: string) => [{ runs: [{ text }], level: 0, bullet: false }];
const table = (rows: number): TableBlock => ({
  kind: 'table',
  widths: [5, 7],
  header: { cells: [cell('NATO'), cell('Role')] },
  rows: Array.from({ length: rows }, (_, i) => ({ cells: [cell(`Member ${i + 1}`), cell(`Staff officer ${i + 1}`)] })),
});
const area = theme.grid.contentBottom - theme.grid.contentTop;
const bottomOf = (slide: Slide) => Math.max(...slide.placed!.map((p) => p.at.y + p.at.h), slide.messageAt ? slide.messageAt.y + slide.messageAt.h : 0);
/** The same theme without room to grow: the sizes every slide had before content grew. */
const noGrowth: Theme = { ...theme, sizes: { ...theme.sizes, bodyMax: theme.sizes.body, tableMax: theme.sizes.table } };

describe('short content uses the slide', () => {
  it('sets two short points larger than the body size, at most at the ceiling', () => {
    const { slides } = planSlides(
      [slideOf([{ kind: 'text', paragraphs: [bullet('Maritime security was discussed.'), bullet('Other issues too.')] }])],
      theme,
      measurer,
    );
    expect(slides).toHaveLength(1);
    const size = slides[0].placed![0].at.fontSize;
    expect(size).toBeGreaterThan(theme.sizes.body);
    expect(size).toBeLessThanOrEqual(theme.sizes.bodyMax);
  });

  it('starts short content at the content top, however little of the area it fills: slides of a kind do not jump', () => {
    const short = slideOf([{ kind: 'text', paragraphs: [bullet('Maritime security was discussed.'), bullet('Other issues too.')] }]);
    const longer = slideOf([{ kind: 'text', paragraphs: Array.from({ length: 4 }, (_, i) => bullet(`${words(16, i)}.`)) }]);
    const slides = planSlides([short, longer], theme, measurer).slides;
    expect(bottomOf(slides[0]) - theme.grid.contentTop).toBeLessThan(area / 2); // it fills little of the area
    for (const slide of slides) expect(slide.placed![0].at.y).toBeCloseTo(contentTop(slide, theme), 9);
  });

  it('grows while the content fills at most FILL_TARGET of the area, and no further', () => {
    const paragraphs = Array.from({ length: 4 }, (_, i) => bullet(`${words(16, i)}.`));
    const slide = slideOf([{ kind: 'text', paragraphs }]);
    const [planned] = planSlides([slide], theme, measurer).slides;
    const size = planned.placed![0].at.fontSize;
    expect(size).toBeGreaterThan(theme.sizes.body);
    expect(size).toBeLessThan(theme.sizes.bodyMax); // this content reaches the target before the ceiling
    const available = theme.grid.contentBottom - contentTop(slide, theme);
    expect(planned.placed![0].at.h).toBeLessThanOrEqual(FILL_TARGET * available + 1e-9);
    const fitter = createFitter(theme, measurer);
    const next = paginateUnits(measureBlocks(slide.blocks, { text: size + 2, table: theme.sizes.table }, available, fitter), available, theme.grid.blockGap);
    expect(next.length > 1 || next[0][0].height > FILL_TARGET * available).toBe(true);
    expect(planned.placed![0].at.y).toBeCloseTo(contentTop(slide, theme), 9);
  });

  it('keeps sub-points in their proportion to the points they grow with', () => {
    const { slides } = planSlides([slideOf([{ kind: 'text', paragraphs: [bullet('One point.'), sub('A detail of it.')] }])], theme, measurer);
    expect(slides[0].placed![0].at.fontSize).toBeGreaterThan(theme.sizes.body);
    expect(slides[0].blocks[0]).toEqual({ kind: 'text', paragraphs: [bullet('One point.'), sub('A detail of it.')] });
  });

  it('grows a short stacked table up to the table ceiling', () => {
    const { slides } = planSlides([slideOf([table(2), table(1)])], theme, measurer);
    expect(slides).toHaveLength(1);
    for (const placed of slides[0].placed!) {
      expect(placed.at.fontSize).toBeGreaterThan(theme.sizes.table);
      expect(placed.at.fontSize).toBeLessThanOrEqual(theme.sizes.tableMax);
    }
  });

  it('leaves a picture slide at the top (the picture takes the column height) but sets its text larger', () => {
    const image = { file: 'pano.png', alt: 'Panorama', size: { width: 1600, height: 500 } };
    const { slides } = planSlides([slideOf([{ kind: 'text', paragraphs: [bullet('Short.')] }], { image })], theme, measurer);
    expect(slides[0].placed![0].at.y).toBeCloseTo(contentTop(slides[0], theme), 9);
    expect(slides[0].placed![0].at.fontSize).toBeGreaterThan(theme.sizes.body);
  });

  it('keeps a message callout at the content top with the body right below it', () => {
    const message = [{ text: 'Keep the channel open.' }];
    const { slides } = planSlides([slideOf([{ kind: 'text', paragraphs: [bullet('Short.')] }], { message })], theme, measurer);
    const [slide] = slides;
    expect(slide.messageAt!.y).toBeCloseTo(theme.grid.contentTop, 9);
    expect(slide.placed![0].at.y).toBeCloseTo(slide.messageAt!.y + slide.messageAt!.h + theme.grid.blockGap, 9);
  });
});

describe('text below a callout stays smaller than the callout', () => {
  it("keeps a topic's two short points under its message at the body size: the message is only 2 pt larger", () => {
    const message = [{ text: 'Keep the channel open.' }];
    const points = { kind: 'text' as const, paragraphs: [bullet('Maritime security was discussed.'), bullet('Other issues too.')] };
    const [withMessage] = planSlides([slideOf([points], { message })], theme, measurer).slides;
    const [without] = planSlides([slideOf([points])], theme, measurer).slides;
    expect(without.placed![0].at.fontSize).toBeGreaterThan(withMessage.messageAt!.fontSize); // alone, it would outgrow the message
    expect(withMessage.placed![0].at.fontSize).toBeLessThanOrEqual(Math.max(withMessage.messageAt!.fontSize - 2, theme.sizes.body));
    expect(withMessage.placed![0].at.fontSize).toBeGreaterThanOrEqual(theme.sizes.body);
  });

  it('grows supporting points under a bottom line up to the callout less 2 pt', () => {
    const message = [{ text: 'Both sides agreed to keep talking.' }];
    const points = { kind: 'text' as const, paragraphs: [bullet('Staff talks continue.'), bullet('A hotline is planned.')] };
    const [slide] = planSlides([slideOf([points], { message, messageKind: 'lead', kind: 'summary' })], theme, measurer).slides;
    expect(slide.messageAt!.fontSize).toBeGreaterThan(theme.sizes.body + 2);
    expect(slide.placed![0].at.fontSize).toBe(slide.messageAt!.fontSize - 2);
  });
});

describe('a reference list does not grow', () => {
  it('keeps two short sources at the body size, where a topic of the same points grows', () => {
    const points = { kind: 'text' as const, paragraphs: [bullet('1. Press release, mod.gov.cn/news'), bullet('2. NATO, nato.int/cps')] };
    const [sources] = planSlides([slideOf([points], { kind: 'sources', title: 'Sources' })], theme, measurer).slides;
    const [topic] = planSlides([slideOf([points])], theme, measurer).slides;
    expect(topic.placed![0].at.fontSize).toBeGreaterThan(theme.sizes.body);
    expect(sources.placed![0].at.fontSize).toBe(theme.sizes.body);
  });
});

describe('sibling slides share one size', () => {
  const short = { kind: 'text' as const, paragraphs: [bullet('Maritime security was discussed.'), bullet('Other issues too.')] };
  const longer = { kind: 'text' as const, paragraphs: Array.from({ length: 4 }, (_, i) => bullet(`${words(16, i)}.`)) };
  const textSize = (slide: Slide) => slide.placed![0].at.fontSize;

  it('draws every one-slide topic at the smallest size any of them grew to, and leaves other kinds alone', () => {
    const alone = planSlides([slideOf([short]), slideOf([longer], { title: 'Exercises' })], theme, measurer).slides;
    const [shortAlone] = planSlides([slideOf([short])], theme, measurer).slides;
    expect(textSize(shortAlone)).toBeGreaterThan(textSize(alone[1])); // planned alone, the short topic grows further
    const background = slideOf([short], { kind: 'background', title: 'Background' });
    const slides = planSlides([slideOf([short]), slideOf([longer], { title: 'Exercises' }), background], theme, measurer).slides;
    expect(textSize(slides[0])).toBe(textSize(slides[1]));
    expect(textSize(slides[1])).toBeGreaterThan(theme.sizes.body);
    expect(textSize(slides[2])).toBe(textSize(shortAlone)); // the only background slide keeps its own size
    expect(slides[0].placed![0].at.y).toBeCloseTo(contentTop(slides[0], theme), 9);
  });

  it('never pulls siblings below the body size; a topic that runs over several slides, or one under a message, does not count', () => {
    const many = { kind: 'text' as const, paragraphs: Array.from({ length: 15 }, (_, i) => bullet(`${i + 1}. ${words(25, i)}.`)) };
    const slides = planSlides([slideOf([short]), slideOf([many], { title: 'Long' }), slideOf([short], { title: 'Again' })], theme, measurer).slides;
    expect(slides.length).toBeGreaterThan(3);
    expect(textSize(slides[0])).toBeGreaterThan(theme.sizes.body);
    expect(textSize(slides[0])).toBe(textSize(slides.at(-1)!));
    const message = [{ text: 'Keep the channel open.' }];
    const capped = planSlides([slideOf([short]), slideOf([short], { title: 'Capped', message }), slideOf([short], { title: 'Third' })], theme, measurer).slides;
    expect(textSize(capped[1])).toBe(theme.sizes.body); // under its message the body stays below the callout
    expect(textSize(capped[0])).toBeGreaterThan(theme.sizes.body); // which does not hold its siblings down
    expect(textSize(capped[0])).toBe(textSize(capped[2]));
  });
});

describe('long content paginates as before', () => {
  const long = [
    slideOf([{ kind: 'text', paragraphs: Array.from({ length: 15 }, (_, i) => bullet(`${i + 1}. ${words(25, i)}.`)) }], { subtitle: 'Topic 1 of 3' }),
  ];
  const members = [slideOf([table(34)])];

  it.each([
    ['fifteen long bullets', long],
    ['a 34-member table', members],
  ])('%s: the same slides, sizes and places as without the ceilings, at the same places', (_, slides) => {
    const grown = planSlides(slides, theme, measurer).slides;
    const before = planSlides(slides, noGrowth, measurer).slides;
    expect(grown.length).toBeGreaterThan(1);
    expect(grown.map((s) => s.placed)).toEqual(before.map((s) => s.placed));
  });
});
