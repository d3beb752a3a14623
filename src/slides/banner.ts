// The classification banner's font size: the theme's, smaller when a long marking would not fit on one line of the bar.
import { SAFETY, sharedMeasurer, type Measurer } from './measure.js';

const INSET = 0.1; // inches of the bar kept clear either side of the marking

/** The size (pt) a marking is drawn at across a bar `width` inches wide: `size`, or less down to 6 pt for a long one. */
export function bannerFontSize(text: string, width: number, size: number, measurer: Measurer = sharedMeasurer()): number {
  const available = (width - 2 * INSET) * 72;
  const needed = measurer.width(text, size, true) * SAFETY;
  return needed <= available ? size : Math.max(6, Math.floor((size * available * 10) / needed) / 10);
}
