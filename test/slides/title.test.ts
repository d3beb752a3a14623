// Titles: one line at full size, two lines shrinking to the floor, then an ellipsis with the full title kept in the notes.
import { describe, expect, it } from 'vitest';
import { createFitter, PT_PER_IN } from '../../src/slides/fit.js';
import { createMeasurer } from '../../src/slides/measure.js';
import type { Slide } from '../../src/slides/model.js';
import { planSlides } from '../../src/slides/paginate.js';
import { fitTitle, fitTitleSlideLines, titleBox } from '../../src/slides/title.js';
import { loadTheme } from '../../src/templates/theme.js';
import { prepareTemplate } from '../../src/master/prepare.js';
import { frameOf } from '../../src/slides/frame.js';

const theme = loadTheme('templates/theme.yaml');
const measurer = createMeasurer();
const fitter = createFitter(theme, measurer);
const slide = (title: string, layout: Slide['layout'] = 'content'): Slide => ({ layout, kind: 'topic', title, lines: [], blocks: [], notes: 'Notes.' });
const linesOf = (text: string, size: number, s: Slide) => measurer.lines([{ text, bold: true }], titleBox(s, fitter).width * PT_PER_IN, size).length;

describe('fitTitle', () => {
  it('keeps a short title at the full size', () => {
    expect(fitTitle(slide('Maritime security'), fitter)).toMatchObject({ title: 'Maritime security', fontSize: theme.sizes.title, truncated: false });
  });

  it('wraps a long title to two lines at a size between the floor and the full size', () => {
    const text = 'Strengthening of crisis communication mechanisms, including the modernisation of direct communication links';
    const fitted = fitTitle(slide(text), fitter);
    expect(fitted.truncated).toBe(false);
    expect(fitted.fontSize).toBeGreaterThanOrEqual(theme.sizes.titleMin);
    expect(linesOf(text, fitted.fontSize, slide(text))).toBe(2);
  });

  it('cuts a title too long for two lines at the floor with an ellipsis, warns and keeps the full title in the notes', () => {
    const text =
      'Review of the implementation of the confidence- and security-building measures agreed at the previous round of consultations, with particular attention to the notification of large-scale military exercises';
    const fitted = fitTitle(slide(text), fitter);
    expect(fitted).toMatchObject({ fontSize: theme.sizes.titleMin, truncated: true, fullTitle: text });
    expect(fitted.title.endsWith('…')).toBe(true);
    expect(text.startsWith(fitted.title.slice(0, -1).trimEnd())).toBe(true);
    expect(linesOf(fitted.title, fitted.fontSize, slide(text))).toBeLessThanOrEqual(2);
    const plan = planSlides([slide(text)], theme, measurer, 'brief.yaml');
    expect(plan.warnings).toHaveLength(1);
    expect(plan.slides[0].notes).toContain(`Full title: ${text}`);
  });

  it('keeps the continuation mark after an ellipsis, and cuts CJK titles by character', () => {
    const cjk =
      '中华人民共和国国防部与北大西洋公约组织国际军事参谋部合作安全处关于防务交流国际和地区形势以及共同关心的其他问题的第八次安全政策对话会议纪要和背景资料汇编';
    const fitted = fitTitle({ ...slide(cjk), continuation: { index: 2, total: 3 } }, fitter);
    expect(fitted.truncated).toBe(true);
    expect(fitted.title.endsWith('… (2/3)')).toBe(true);
    expect(linesOf(fitted.title, fitted.fontSize, slide(cjk))).toBeLessThanOrEqual(2);
  });

  it('gives the title slide three lines from its own size down to the content title size', () => {
    const text =
      'Joint Readout of the Extraordinary Consultations on Regional Security, Arms Control, Crisis Communication and the Future of Military-to-Military Dialogue Between the Delegations';
    const fitted = fitTitle(slide(text, 'title'), fitter);
    expect(fitted.fontSize).toBeLessThan(theme.sizes.titleSlide);
    expect(fitted.fontSize).toBeGreaterThanOrEqual(theme.sizes.title);
    expect(linesOf(fitted.title, fitted.fontSize, slide(text, 'title'))).toBeLessThanOrEqual(3);
  });
});

describe('fitTitleSlideLines', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => ['regional', 'security', 'cooperation', 'dialogue', 'maritime'][i % 5]).join(' ');
  const titleSlide = (subtitle: string, lines: string[]): Slide => ({
    ...slide('Readout', 'title'),
    subtitle,
    lines: lines.map((text, i) => ({ text, muted: i === lines.length - 1 })),
  });

  it('keeps short lines at full size', () => {
    expect(fitTitleSlideLines(titleSlide('Readout and background', ['14 March 2024 · Beijing']), fitter)).toMatchObject({ scale: 1, truncated: false });
  });

  it('shrinks long lines first, then cuts the longest with an ellipsis, never below 70 %', () => {
    const medium = fitTitleSlideLines(titleSlide(words(30), [words(20), words(12)]), fitter);
    expect(medium.scale).toBeLessThan(1);
    expect(medium.truncated).toBe(false);
    const huge = fitTitleSlideLines(titleSlide(words(80), [words(40), words(30), words(20)]), fitter);
    expect(huge.scale).toBeCloseTo(0.7, 6);
    expect(huge.truncated).toBe(true);
    expect([huge.subtitle, ...huge.lines.map((l) => l.text)].some((t) => t?.endsWith('…'))).toBe(true);
    const plan = planSlides([titleSlide(words(80), [words(40), words(30), words(20)])], theme, measurer, 'brief.yaml');
    expect(plan.warnings.map((w) => w.message).join()).toMatch(/title slide/);
    expect(plan.slides[0].notes).toContain(words(80));
  });
});

describe('a template title box drawn shorter than one line', () => {
  it('holds one line at the smallest size: a short title is not cut (LibreOffice Sunset: 0.41 in for 33 pt)', async () => {
    const prepared = await prepareTemplate(theme);
    const frame = frameOf(prepared.matched.layouts, prepared.info.slideSize, 0);
    const title = frame.content.title;
    const short = {
      ...frame,
      content: { ...frame.content, title: { ...title, box: { ...title.box, h: 0.4 }, insets: { ...title.insets, top: 0, bottom: 0 } } },
    };
    const onShort = createFitter(theme, measurer, measurer, short);
    expect(fitTitle(slide('Summary'), onShort)).toMatchObject({ title: 'Summary', truncated: false });
    const long = fitTitle(slide('Strengthening of crisis communication mechanisms, including the modernisation of direct links'), onShort);
    expect(long.truncated).toBe(true); // one line only: a long title is still cut
    expect(measurer.lines([{ text: long.title, bold: true }], titleBox(slide(long.title), onShort).width * PT_PER_IN, long.fontSize)).toHaveLength(1);
  });
});

describe('a template title size the 2 pt steps do not reach the floor from (33 pt, floor 24 pt)', () => {
  it('tries the floor itself: a title that fits only at 24 pt is set at 24 pt, not cut', async () => {
    const prepared = await prepareTemplate(theme);
    const frame = frameOf(prepared.matched.layouts, prepared.info.slideSize, 0);
    const title = frame.content.title;
    const text = 'Maritime security';
    const oneLine = measurer.lineHeight(theme.sizes.titleMin) / PT_PER_IN + 0.001; // one line at 24 pt, not at 25
    const levels = [{ ...title.levels[0], size: 33 }, ...title.levels.slice(1)];
    const box = { ...title.box, h: oneLine + title.insets.top + title.insets.bottom };
    const odd = { ...frame, content: { ...frame.content, title: { ...title, box, levels } } };
    expect(fitTitle(slide(text), createFitter(theme, measurer, measurer, odd))).toMatchObject({
      title: text,
      fontSize: theme.sizes.titleMin,
      truncated: false,
    });
  });
});
