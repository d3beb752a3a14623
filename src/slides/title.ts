// Fits a slide title: wrap to two lines, then shrink to the floor, then cut with an ellipsis.
import type { Fitter } from './fit.js';
import { PT_PER_IN } from './fit.js';
import type { Slide } from './model.js';

export interface FittedTitle {
  title: string;
  fullTitle: string;
  fontSize: number;
  truncated: boolean;
}

export function fitTitle(slide: Slide, fitter: Fitter): FittedTitle {
  const { sizes, grid } = fitter.theme;
  const suffix = slide.continuation && slide.continuation.total > 1 ? ` (${slide.continuation.index}/${slide.continuation.total})` : '';
  const fullTitle = slide.title + suffix;
  const isTitleSlide = slide.layout === 'title';
  const maxLines = isTitleSlide ? 3 : 2;
  const width = (isTitleSlide ? grid.width - 2 * grid.margin - 1.2 : grid.width - 2 * grid.margin) - 2 * grid.inset;
  const height = (isTitleSlide ? 2.6 : grid.titleHeight) - grid.inset;
  const largest = isTitleSlide ? sizes.titleSlide : sizes.title;
  const smallest = isTitleSlide ? sizes.title : sizes.titleMin;
  const fits = (text: string, size: number) => {
    const lines = fitter.measurer.wrap([{ text, bold: true }], width * PT_PER_IN, size).length;
    return lines <= maxLines && (lines * fitter.measurer.lineHeight(size)) / PT_PER_IN <= height;
  };
  for (let size = largest; size >= smallest; size -= 2) {
    if (fits(fullTitle, size)) return { title: fullTitle, fullTitle, fontSize: size, truncated: false };
  }
  const words = slide.title.split(/(?<=\s)/);
  while (words.length > 1) {
    words.pop();
    const candidate = `${words.join('').trimEnd().replace(/[,;:–—-]$/, '')}…${suffix}`;
    if (fits(candidate, smallest)) return { title: candidate, fullTitle, fontSize: smallest, truncated: true };
  }
  let chars = [...slide.title];
  while (chars.length > 1 && !fits(`${chars.join('')}…${suffix}`, smallest)) chars = chars.slice(0, -1);
  return { title: `${chars.join('')}…${suffix}`, fullTitle, fontSize: smallest, truncated: true };
}
