// Fits a slide title: wrap to two lines, then shrink to the floor, then cut with an ellipsis (the caller keeps the full title in the notes).
import type { Fitter } from './fit.js';
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
  const isTitleSlide = slide.layout === 'title';
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
    const lines = fitter.measurer.lines([{ text, bold: true }], box.width * PT_PER_IN, size);
    return lines.length <= box.maxLines && lines.reduce((h, l) => h + l.height, 0) / PT_PER_IN <= box.height;
  };
  for (let size = box.largest; size >= box.smallest; size -= 2) {
    if (fits(fullTitle, size)) return { title: fullTitle, fullTitle, fontSize: size, truncated: false };
  }
  const cut = (text: string) => `${text.trimEnd().replace(/[\s,;:–—-]+$/u, '')}…${suffix}`;
  const words = slide.title.split(/(?<=\s)/u);
  while (words.length > 1) {
    words.pop();
    if (fits(cut(words.join('')), box.smallest)) return { title: cut(words.join('')), fullTitle, fontSize: box.smallest, truncated: true };
  }
  let chars = [...slide.title];
  while (chars.length > 1 && !fits(cut(chars.join('')), box.smallest)) chars = chars.slice(0, -1);
  return { title: cut(chars.join('')), fullTitle, fontSize: box.smallest, truncated: true };
}
