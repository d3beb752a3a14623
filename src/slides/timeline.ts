// Plans a timeline slide: markers on an axis, date and title labels measured in the body font, one side or alternating, continued or shrunk.
import { PT_PER_IN, type Fitter } from './fit.js';
import { fitOneLine } from './measure.js';
import type { PlacedEvent, Run, Slide, Timeline, TimelineEvent } from './model.js';

/** Inches and points of the drawing; the labels' font size goes from LARGEST down to the theme's table floor. */
export const TIMELINE = {
  largest: 18, // pt
  gap: 0.18, // between two labels side by side
  maxLabel: 3.0, // widest label: a short series does not spread its titles across the slide
  marker: 0.16, // marker diameter; the current event's is larger
  currentMarker: 0.26,
  tick: 0.22, // from the axis to a label
  labelGap: 0.05, // between a date and its title
};

type Mode = 'one-side' | 'alternate';

interface Layout {
  mode: Mode;
  size: number;
  pages: TimelineEvent[][];
}

const dateHeight = (fitter: Fitter, size: number) => fitter.measurer.lineHeight(size) / PT_PER_IN; // one line, single spacing
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\u3000-\u303F]/u;

/** Lines a title wraps to in `width` inches, or undefined when a word would have to be broken. */
function titleLines(fitter: Fitter, event: TimelineEvent, width: number, size: number): number | undefined {
  const text = event.title.map((r) => r.text).join('');
  const words = text.split(/\s+/).filter((w) => w && !CJK.test(w));
  if (words.some((w) => fitter.measurer.width(w, size, event.current) > width * PT_PER_IN)) return undefined;
  return fitter.measurer.lines(event.title, width * PT_PER_IN, size, event.current).length;
}

function titleHeight(fitter: Fitter, event: TimelineEvent, width: number, size: number): number | undefined {
  if (titleLines(fitter, event, width, size) === undefined) return undefined;
  return fitter.measurer.height(event.title, width * PT_PER_IN, size, event.current) / PT_PER_IN;
}

/** A label's width on a slide of `n` events `width` inches wide: neighbours share the row, or (alternating) every other one does. */
export function labelWidth(mode: Mode, n: number, width: number): number {
  const g = TIMELINE.gap;
  const w = mode === 'one-side' ? (width - (n - 1) * g) / n : (2 * width - (n - 1) * g) / (n + 1);
  return Math.min(TIMELINE.maxLabel, n === 1 ? width : w);
}

/** Height (inches) of the events above and below the axis, or undefined when a label does not fit its width. */
function heights(events: TimelineEvent[], mode: Mode, size: number, width: number, fitter: Fitter): { above: number; below: number } | undefined {
  const w = labelWidth(mode, events.length, width);
  const date = dateHeight(fitter, size);
  let above = 0;
  let below = 0;
  for (const [i, event] of events.entries()) {
    if (fitter.measurer.width(event.label, size, true) > w * PT_PER_IN) return undefined; // dates stay on one line
    const title = titleHeight(fitter, event, w, size);
    if (title === undefined) return undefined;
    const reach = TIMELINE.currentMarker / 2 + TIMELINE.tick;
    if (mode === 'one-side') {
      above = Math.max(above, date + TIMELINE.labelGap + TIMELINE.currentMarker / 2);
      below = Math.max(below, reach + title);
    } else if (i % 2 === 0) above = Math.max(above, reach + date + TIMELINE.labelGap + title);
    else below = Math.max(below, reach + date + TIMELINE.labelGap + title);
  }
  return { above, below };
}

function fits(events: TimelineEvent[], mode: Mode, size: number, box: { w: number; h: number }, fitter: Fitter): boolean {
  if (mode === 'alternate' && events.length < 2) return false;
  const h = heights(events, mode, size, box.w, fitter);
  return h !== undefined && h.above + h.below <= box.h;
}

/** Events cut into `count` runs of consecutive events, as even as can be. */
function chunks(events: TimelineEvent[], count: number): TimelineEvent[][] {
  return Array.from({ length: count }, (_, i) => events.slice(Math.round((i * events.length) / count), Math.round(((i + 1) * events.length) / count)));
}

/** Fewest slides first, then the largest size, then one side before alternating: measured, never guessed. */
function chooseLayout(events: TimelineEvent[], box: { w: number; h: number }, fitter: Fitter): Layout {
  const floor = Math.min(fitter.theme.sizes.tableMin, TIMELINE.largest);
  for (let count = 1; count <= events.length; count++) {
    const pages = chunks(events, count);
    for (let size = TIMELINE.largest; size >= floor; size--) {
      for (const mode of ['one-side', 'alternate'] as const) if (pages.every((page) => fits(page, mode, size, box, fitter))) return { mode, size, pages };
    }
  }
  return { mode: 'one-side', size: floor, pages: chunks(events, events.length) }; // one event a slide: its title is shortened below
}

/** The area a timeline is drawn in: the content area of the slide's frame, below any subtitle. */
function areaOf(slide: Slide, fitter: Fitter): { x: number; y: number; w: number; h: number } {
  const g = fitter.theme.grid;
  const top = g.contentTop + (slide.subtitle ? g.subtitleHeight : 0);
  return { x: fitter.contentLeft, y: top, w: fitter.contentWidth, h: g.contentBottom - top };
}

/** A timeline slide planned: one slide, or continuation slides each with its share of the events. */
export function planTimeline(slide: Slide, fitter: Fitter, notesOf: (notes: string, continuation: Slide['continuation']) => string): Slide[] {
  const events = slide.timeline?.events ?? [];
  if (!events.length) return [{ ...slide, timeline: undefined, placed: [] }];
  const area = areaOf(slide, fitter);
  const layout = chooseLayout(events, area, fitter);
  return layout.pages.map((page, i) => {
    const continuation = layout.pages.length > 1 ? { index: i + 1, total: layout.pages.length } : undefined;
    const timeline: Timeline = { events: page, placed: placeEvents(page, layout, area, fitter) };
    return { ...slide, blocks: [], placed: [], timeline, continuation, notes: notesOf(slide.notes, continuation) };
  });
}

/** Every event's marker, tick, date and title boxes; the whole drawing centred in the area's height. */
function placeEvents(events: TimelineEvent[], { mode, size }: Layout, area: { x: number; y: number; w: number; h: number }, fitter: Fitter) {
  const w = labelWidth(mode, events.length, area.w);
  const runs = events.map((e) => fittedTitle(e, w, size, fitter, area.h));
  const shown = events.map((e, i) => ({ ...e, title: runs[i] }));
  const h = heights(shown, mode, size, area.w, fitter) ?? { above: area.h / 2, below: area.h / 2 };
  const axisY = area.y + Math.max(0, (area.h - h.above - h.below) / 2) + h.above;
  const step = events.length > 1 ? (area.w - w) / (events.length - 1) : 0;
  const date = dateHeight(fitter, size);
  const placed: PlacedEvent[] = shown.map((event, i) => {
    const x = events.length > 1 ? area.x + w / 2 + i * step : area.x + area.w / 2;
    const marker = event.current ? TIMELINE.currentMarker : TIMELINE.marker;
    const title = fitter.measurer.height(event.title, w * PT_PER_IN, size, event.current) / PT_PER_IN;
    const left = x - w / 2;
    const reach = TIMELINE.currentMarker / 2 + TIMELINE.tick;
    if (mode === 'one-side') {
      const dateTop = axisY - TIMELINE.currentMarker / 2 - TIMELINE.labelGap - date;
      const titleTop = axisY + reach;
      return { event: events[i], titleRuns: event.title, x, marker, side: 'below', tick: { y1: axisY, y2: titleTop }, date: { x: left, y: dateTop, w, h: date }, title: { x: left, y: titleTop, w, h: title } };
    }
    const above = i % 2 === 0;
    const dateTop = above ? axisY - reach - date : axisY + reach;
    const titleTop = above ? dateTop - TIMELINE.labelGap - title : dateTop + date + TIMELINE.labelGap;
    const side = above ? 'above' : 'below';
    return { event: events[i], titleRuns: event.title, x, marker, side, tick: { y1: axisY, y2: above ? axisY - reach : axisY + reach }, date: { x: left, y: dateTop, w, h: date }, title: { x: left, y: titleTop, w, h: title } };
  });
  return { axis: { x1: area.x, x2: area.x + area.w, y: axisY }, fontSize: size, events: placed };
}

/** The title as drawn: whole, or (an event alone on its slide that still does not fit) cut with an ellipsis to the lines there are. */
function fittedTitle(event: TimelineEvent, width: number, size: number, fitter: Fitter, height: number): Run[] {
  const lineHeight = fitter.measurer.lineHeight(size) / PT_PER_IN;
  const room = height - dateHeight(fitter, size) - TIMELINE.labelGap - TIMELINE.currentMarker - TIMELINE.tick;
  const most = Math.max(1, Math.floor(room / lineHeight));
  const lines = fitter.measurer.lines(event.title, width * PT_PER_IN, size, event.current);
  if (lines.length <= most) return event.title;
  const kept = lines.slice(0, most).map((l) => l.text.trim());
  kept[kept.length - 1] = fitOneLine(fitter.measurer, `${kept[kept.length - 1]}…`, width * PT_PER_IN, size, event.current);
  return [{ text: kept.join(' '), bold: event.current || undefined }];
}
