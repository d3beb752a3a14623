// Fits a slide title: wrap to two lines, then shrink to the floor, then cut with an ellipsis (the caller keeps the full title in the notes).
import type { Fitter } from './fit.js';
import { coverBase } from './frame.js';
import { PT_PER_IN } from './fit.js';
import type { Slide } from './model.js';

export interface FittedTitle {
  title: string;
  fullTitle: string;
  fontSize: number;
  truncated: boolean;
}

/** The title box of a layout: inner width and height (inches), line limit and font sizes. */
export function titleBox(slide: Slide, fitter: Fitter) {
  const { sizes, grid } = fitter.theme;
  const isTitleSlide = slide.layout !== 'content'; // title and section slides have the large title box
  const frame =
    fitter.frame &&
    (slide.layout === 'content' ? fitter.frame.content.title : slide.layout === 'title' ? fitter.frame.cover.title : fitter.frame.section.title);
  if (frame) {
    const { box, insets } = frame;
    const largest = frame.levels[0].size;
    const smallest = Math.min(sizes.titleMin, largest); // a template's title box may hold two lines only at a smaller size
    const oneLine = fitter.headingMeasurer.lineHeight(smallest) / PT_PER_IN;
    return {
      width: box.w - insets.left - insets.right,
      // how many lines fit is checked at each size; a box drawn shorter than one line (LibreOffice's Sunset: 0.41 in for
      // 33 pt) still holds one, as the template's own title does: its text overflows the box, it is not cut
      height: Math.max(box.h - insets.top - insets.bottom, oneLine),
      maxLines: isTitleSlide ? 3 : 2,
      largest,
      smallest,
    };
  }
  return {
    width: (isTitleSlide ? grid.width - 2 * grid.margin - 1.2 : grid.width - 2 * grid.margin) - 2 * grid.inset,
    height: (isTitleSlide ? 2.6 : grid.titleHeight) - grid.inset,
    maxLines: isTitleSlide ? 3 : 2,
    largest: isTitleSlide ? sizes.titleSlide : sizes.title,
    smallest: isTitleSlide ? sizes.title : sizes.titleMin,
  };
}

export function fitTitle(slide: Slide, fitter: Fitter): FittedTitle {
  const box = titleBox(slide, fitter);
  const suffix = slide.continuation && slide.continuation.total > 1 ? ` (${slide.continuation.index}/${slide.continuation.total})` : '';
  const fullTitle = slide.title + suffix;
  const fits = (text: string, size: number) => {
    const lines = fitter.headingMeasurer.lines([{ text, bold: true }], box.width * PT_PER_IN, size);
    return lines.length <= box.maxLines && lines.reduce((h, l) => h + l.height, 0) / PT_PER_IN <= box.height;
  };
  const measurable = fullTitle.length <= MAX_TITLE_CHARS;
  for (const size of titleSizes(box.largest, box.smallest)) {
    if (measurable && fits(fullTitle, size)) return { title: fullTitle, fullTitle, fontSize: size, truncated: false };
  }
  const cut = (text: string) => `${text.trimEnd().replace(/[\s,;:–—-]+$/u, '')}…${suffix}`;
  const head = headOf(slide.title);
  const whole = head === slide.title ? 1 : 0; // the whole title was tried above; a head cut from a longer one was not
  const words = head.split(/(?<=\s)/u);
  const byWords = longest(words.length - whole, (n) => fits(cut(words.slice(0, n).join('')), box.smallest));
  if (byWords > 0) return { title: cut(words.slice(0, byWords).join('')), fullTitle, fontSize: box.smallest, truncated: true };
  const chars = [...head];
  const byChars = Math.max(
    1,
    longest(chars.length, (n) => fits(cut(chars.slice(0, n).join('')), box.smallest)),
  );
  return { title: cut(chars.slice(0, byChars).join('')), fullTitle, fontSize: box.smallest, truncated: true };
}

/** Sizes a title is tried at, largest first, in 2 pt steps and always down to `smallest` itself (33 pt to 24 pt skipped 24). */
function titleSizes(largest: number, smallest: number): number[] {
  const sizes: number[] = [];
  for (let size = largest; size > smallest; size -= 2) sizes.push(size);
  return [...sizes, smallest];
}

/**
 * Every slide gets a title no other slide has (PowerPoint's accessibility checker flags repeats, and a screen reader's
 * slide list cannot tell them apart): a repeated title gets " (2)", " (3)", … Continuation slides, split later, add "(n/N)".
 */
export function uniqueTitles(slides: Slide[]): Slide[] {
  const taken = new Set(slides.map((slide) => slide.title.trim().toLowerCase()));
  const seen = new Set<string>();
  return slides.map((slide) => {
    const key = slide.title.trim().toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      return slide;
    }
    let n = 2;
    while (taken.has(`${key} (${n})`)) n++;
    const title = `${slide.title.trim()} (${n})`;
    taken.add(title.toLowerCase());
    return { ...slide, title };
  });
}

/** No title this long fits two lines at any size a theme would use: longer ones go straight to the ellipsis (measuring 1 MB per slide was slow). */
const MAX_TITLE_CHARS = 2000;

/** The part of a title that could be shown: its first MAX_TITLE_CHARS characters, never half a surrogate pair. */
function headOf(title: string): string {
  if (title.length <= MAX_TITLE_CHARS) return title;
  const end = /[\ud800-\udbff]/.test(title[MAX_TITLE_CHARS - 1]) ? MAX_TITLE_CHARS - 1 : MAX_TITLE_CHARS;
  return title.slice(0, end);
}

/** The largest n in [1, max] with ok(n), where ok holds up to some n and fails beyond it; 0 when none. Binary search: O(log max) measurements. */
function longest(max: number, ok: (n: number) => boolean): number {
  let low = 1;
  let high = max;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (ok(mid)) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Points: title-slide detail lines are not shrunk below this to fit a template's large subtitle style. */
const READABLE = 14;
/** Points: nor is any line ever set smaller than this (a template with a small subtitle style). */
const LEGIBLE = 10;
/** The title slide's subtitle and detail lines: the box below the title (inches) and the line sizes at scale 1. */
const LINES_BOX = { height: 2.3, top: 0.1, sideInsets: 0.15, gapAfterFirst: 14, gap: 6, minScale: 0.7 };

export interface FittedLines {
  scale: number;
  subtitle?: string;
  lines: Slide['lines'];
  truncated: boolean;
}

/** Line budgets to try in turn: two lines for every text, then one line for the last, the last two, … and finally all. */
function lineBudgets(count: number): number[][] {
  const budgets = [Array<number>(count).fill(2)];
  for (let ones = 1; ones <= count; ones++) budgets.push(Array.from({ length: count }, (_, i) => (i >= count - ones ? 1 : 2)));
  return budgets;
}

/** The longest beginning of `text` (whole words, then characters) that, with "…", takes at most `lines` lines. */
function cutToLines(text: string, lines: number, linesOf: (text: string) => number): string {
  const cut = (head: string) => `${head.trimEnd().replace(/[\s,;:·–—-]+$/u, '')}…`;
  const words = text.split(/(?<=\s)/u);
  const byWords = longest(words.length - 1, (n) => linesOf(cut(words.slice(0, n).join(''))) <= lines);
  if (byWords > 0) return cut(words.slice(0, byWords).join(''));
  const chars = [...text];
  return cut(
    chars
      .slice(
        0,
        Math.max(
          1,
          longest(chars.length - 1, (n) => linesOf(cut(chars.slice(0, n).join(''))) <= lines),
        ),
      )
      .join(''),
  );
}

/** Shrinks the title slide's subtitle and detail lines (down to 70 %) until they fit their box, then cuts the longest with an ellipsis. */
export function fitTitleSlideLines(slide: Slide, fitter: Fitter): FittedLines {
  const { grid, sizes } = fitter.theme;
  const frame = fitter.frame && (slide.layout === 'section' ? fitter.frame.section.body : fitter.frame.cover.subtitle);
  const width = (frame ? frame.box.w - frame.insets.left - frame.insets.right : grid.width - 2 * grid.margin - 1.2 - LINES_BOX.sideInsets) * PT_PER_IN;
  const room = (frame ? frame.box.h - frame.insets.top - frame.insets.bottom : LINES_BOX.height - LINES_BOX.top) * PT_PER_IN;
  const base = fitter.frame ? coverBase(fitter.frame) : sizes.subtitle; // on a template, the sizes its subtitle style sets
  let texts = [
    ...(slide.subtitle ? [{ text: slide.subtitle, size: base + 4 }] : []),
    ...slide.lines.map((l) => ({ text: l.text, size: l.muted ? base - 4 : base })),
  ];
  const height = (scale: number) =>
    texts.reduce(
      (h, t, i) =>
        t.text === '' // a line dropped from the slide (it stays in the notes)
          ? h
          : h +
            (i === 0 ? 0 : i === 1 ? LINES_BOX.gapAfterFirst : LINES_BOX.gap) +
            fitter.measurer.lines([{ text: t.text }], width, t.size * scale).reduce((s, l) => s + l.height, 0),
      0,
    );
  let scale = 1;
  // down to 70 %, or further for a template whose subtitle style is large (40 pt), as long as every line stays at 14 pt or more
  const smallest = Math.min(...texts.map((t) => t.size));
  const floor = Math.max(Math.min(LINES_BOX.minScale, Math.max(0.35, READABLE / smallest)), LEGIBLE / smallest);
  while (scale > floor && height(scale) > room) scale = Math.max(floor, scale - 0.05);
  let truncated = false;
  // cut to line budgets: every text to two lines, then the details from the last up to one line each, the subtitle last
  const linesOf = (text: string, size: number) => fitter.measurer.lines([{ text }], width, size * scale).length;
  for (const budget of lineBudgets(texts.length)) {
    if (height(scale) <= room) break;
    texts = texts.map((t, i) => (linesOf(t.text, t.size) <= budget[i] ? t : { ...t, text: cutToLines(t.text, budget[i], (text) => linesOf(text, t.size)) }));
    truncated = true;
  }
  // one line each and still too tall (a template's subtitle box of one or two lines): the last details leave the slide
  for (let last = texts.length - 1; last > 0 && height(scale) > room; last--) texts = texts.map((t, i) => (i === last ? { ...t, text: '' } : t));
  while (height(scale) > room) {
    const longest = texts.reduce((best, t, i) => (t.text.length > texts[best].text.length ? i : best), 0);
    const chars = [...texts[longest].text.replace(/…$/, '')];
    if (chars.length < 8) break;
    texts = texts.map((t, i) =>
      i === longest
        ? {
            ...t,
            text: `${chars
              .slice(0, Math.floor(chars.length * 0.85))
              .join('')
              .trimEnd()}…`,
          }
        : t,
    );
    truncated = true;
  }
  const offset = slide.subtitle ? 1 : 0;
  return {
    scale,
    subtitle: slide.subtitle ? texts[0].text : undefined,
    lines: slide.lines.map((l, i) => ({ ...l, text: texts[i + offset].text })).filter((l) => l.text !== ''),
    truncated,
  };
}
