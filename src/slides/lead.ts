// Plans a summary whose bottom line is a callout: the callout's size is chosen with its points (fewest slides, then largest).
import type { Problem } from '../errors.js';
import type { Fitter } from './fit.js';
import type { Slide } from './model.js';

/**
 * A summary planned with its bottom line at each size it may take (largest first), its points never set larger than the
 * callout: the fewest slides first, then the largest callout. Only the chosen plan's warnings are kept.
 */
export function planLead(
  placings: Slide[],
  fitter: Fitter,
  planOne: (slide: Slide, found: Problem[], fitter: Fitter) => Slide[],
  warnings: Problem[],
): Slide[] {
  const plans = new Map<number, { slides: Slide[]; found: Problem[] }>();
  const planAt = (i: number) => {
    if (!plans.has(i)) {
      const found: Problem[] = [];
      const callout = placings[i].messageAt!.fontSize;
      const s = fitter.theme.sizes;
      const body = Math.min(s.body, callout);
      const sizes = { ...s, body, bodyMax: Math.max(Math.min(s.bodyMax, callout), body) };
      plans.set(i, { slides: planOne(placings[i], found, { ...fitter, theme: { ...fitter.theme, sizes } }), found });
    }
    return plans.get(i)!;
  };
  const last = placings.length - 1;
  const fewest = planAt(0).slides.length === 1 ? 1 : planAt(last).slides.length; // a smaller callout leaves the points more room
  const { slides, found } = planAt(placings.findIndex((_, i) => planAt(i).slides.length <= fewest));
  warnings.push(...found);
  return slides;
}
