// Plans a timeline slide: markers on an axis, date and title labels measured in the body font, one side or alternating, continued or shrunk.
import { PT_PER_IN, type Fitter } from './fit.js';
import { fitOneLine } from './measure.js';
import { warning, type Problem } from '../errors.js';
import { runsText, type PlacedEvent, type Run, type Slide, type Timeline, type TimelineEvent } from './model.js';

/** Inches and points of the drawing; the labels' font size goes from LARGEST down to the theme's table floor. */
export const TIMELINE = {
  largest: 18, // pt
  gap: 0.18, // between two labels side by side
  maxLabel: 3.0, // widest label: a short series does not spread its titles across the slide
  marker: 0.16, // marker diameter; the current event's is larger
  currentMarker: 0.26,
  tick: 0.22, // from the axis to a label
  labelGap: 0.05, // between a date and its title
  titleLines: 5, // a longer title is cut with an ellipsis (the notes list it in full)
};

type Mode = 'one-side' | 'alternate';

/** What measuring needs: the fitter, the area's size, and whether a word may be broken across lines (only when nothing else fits). */
interface Room {
  fitter: Fitter;
  box: { w: number; h: number };
  strict: boolean;
}

interface Layout {
  mode: Mode;
  size: number;
  pages: TimelineEvent[][];
}

const dateHeight = (fitter: Fitter, size: number) => fitter.measurer.lineHeight(size) / PT_PER_IN; // one line, single spacing
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\u3000-\u303F]/u;

/** Whether a word of the title is wider than `width` inches (it would be broken); CJK text breaks between characters anyway. */
function breaksWord(fitter: Fitter, event: TimelineEvent, width: number, size: number): boolean {
  const words = event.title
    .map((r) => r.text)
    .join(' ')
    .split(/\s+/)
    .filter((w) => w && !CJK.test(w));
  return words.some((w) => fitter.measurer.width(w, size, event.current) > width * PT_PER_IN);
}

/** The title's height in inches at `width`, at most TIMELINE.titleLines lines; undefined when it would break a word and `strict`. */
function titleHeight(room: Room, event: TimelineEvent, width: number, size: number): number | undefined {
  if (room.strict && breaksWord(room.fitter, event, width, size)) return undefined;
  const lines = room.fitter.measurer.lines(event.title, width * PT_PER_IN, size, event.current).slice(0, TIMELINE.titleLines);
  return lines.reduce((h, l) => h + l.height, 0) / PT_PER_IN;
}

/** A label's width on a slide of `n` events `width` inches wide: neighbours share the row, or (alternating) every other one does. */
export function labelWidth(mode: Mode, n: number, width: number): number {
  const g = TIMELINE.gap;
  const w = mode === 'one-side' ? (width - (n - 1) * g) / n : (2 * width - (n - 1) * g) / (n + 1);
  return Math.min(TIMELINE.maxLabel, n === 1 ? width : w);
}

/** Height (inches) of the events above and below the axis, or undefined when a label does not fit its width. */
function heights(events: TimelineEvent[], mode: Mode, size: number, room: Room): { above: number; below: number } | undefined {
  const fitter = room.fitter;
  const w = labelWidth(mode, events.length, room.box.w);
  const date = dateHeight(fitter, size);
  let above = 0;
  let below = 0;
  for (const [i, event] of events.entries()) {
    if (fitter.measurer.width(event.label, size, true) > w * PT_PER_IN) return undefined; // dates stay on one line
    const title = titleHeight(room, event, w, size);
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

function fits(events: TimelineEvent[], mode: Mode, size: number, room: Room): boolean {
  const h = heights(events, mode, size, room);
  return h !== undefined && h.above + h.below <= room.box.h;
}

/** Events cut into `count` runs of consecutive events, as even as can be. */
function chunks(events: TimelineEvent[], count: number): TimelineEvent[][] {
  return Array.from({ length: count }, (_, i) => events.slice(Math.round((i * events.length) / count), Math.round(((i + 1) * events.length) / count)));
}

/**
 * Consecutive events filled onto as few slides as they fit at one size and mode, each slide taking as many as fit (found by
 * doubling, then halving: more events only ever need more room); undefined when an event does not fit even alone, unless `force`.
 */
function fillPages(events: TimelineEvent[], mode: Mode, size: number, room: Room, force = false): TimelineEvent[][] | undefined {
  const pages: TimelineEvent[][] = [];
  for (let start = 0; start < events.length;) {
    const ok = (k: number) => fits(events.slice(start, start + k), mode, size, room);
    if (!ok(1)) {
      if (!force) return undefined;
      pages.push([events[start++]]);
      continue;
    }
    const rest = events.length - start;
    let [good, bad] = [1, rest + 1];
    for (let k = 2; k <= rest; k *= 2) {
      if (!ok(k)) {
        bad = k;
        break;
      }
      good = k;
    }
    if (bad === rest + 1 && good < rest) [good, bad] = ok(rest) ? [rest, rest + 1] : [good, rest];
    while (bad - good > 1) {
      const mid = Math.floor((good + bad) / 2);
      if (ok(mid)) good = mid;
      else bad = mid;
    }
    pages.push(events.slice(start, start + good));
    start += good;
  }
  return pages;
}

/** Fewest slides first, then the largest size, then one side before alternating; the events then spread evenly over those slides where they fit. */
function chooseLayout(events: TimelineEvent[], box: { w: number; h: number }, fitter: Fitter): Layout {
  const floor = Math.min(fitter.theme.sizes.tableMin, TIMELINE.largest);
  let best: Layout | undefined;
  let room: Room = { fitter, box, strict: true };
  for (const strict of [true, false]) {
    // words broken across lines only when no layout keeps them whole
    room = { fitter, box, strict };
    for (let size = TIMELINE.largest; size >= floor && best?.pages.length !== 1; size--) {
      for (const mode of ['one-side', 'alternate'] as const) {
        const pages = fillPages(events, mode, size, room);
        if (pages && (!best || pages.length < best.pages.length)) best = { mode, size, pages };
      }
    }
    if (best) break;
  }
  best ??= { mode: 'one-side', size: floor, pages: fillPages(events, 'one-side', floor, room, true)! };
  const { mode, size } = best;
  const even = chunks(events, best.pages.length);
  return even.every((page) => fits(page, mode, size, room)) ? { ...best, pages: even } : best;
}

/** The area a timeline is drawn in: the content area of the slide's frame, below any subtitle. */
function areaOf(slide: Slide, fitter: Fitter): { x: number; y: number; w: number; h: number } {
  const g = fitter.theme.grid;
  const top = g.contentTop + (slide.subtitle ? g.subtitleHeight : 0);
  return { x: fitter.contentLeft, y: top, w: fitter.contentWidth, h: g.contentBottom - top };
}

export interface TimelineOptions {
  notesOf: (notes: string, continuation: Slide['continuation']) => string; // a continuation slide's notes
  warnings: Problem[];
  file?: string;
}

/** A timeline slide planned: one slide, or continuation slides each with its share of the events. */
export function planTimeline(slide: Slide, fitter: Fitter, { notesOf, warnings, file }: TimelineOptions): Slide[] {
  const events = slide.timeline?.events ?? [];
  if (!events.length) return [{ ...slide, timeline: undefined, placed: [] }];
  const area = areaOf(slide, fitter);
  const layout = chooseLayout(events, area, fitter);
  return layout.pages.map((page, i) => {
    const continuation = layout.pages.length > 1 ? { index: i + 1, total: layout.pages.length } : undefined;
    const timeline: Timeline = { events: page, placed: placeEvents(page, layout, area, fitter) };
    for (const cut of timeline.placed!.events.filter((e) => e.titleRuns !== e.event.title)) {
      const full = runsText(cut.event.title);
      const message = `a timeline title was too long for its label and was shortened with an ellipsis (the notes list it in full): "${full.slice(0, 60)}…"`;
      warnings.push(warning('layout', message, { file, subject: cut.event.title[0]?.text ?? full }));
    }
    return { ...slide, blocks: [], placed: [], timeline, continuation, notes: notesOf(slide.notes, continuation) };
  });
}

/** Every event's marker, tick, date and title boxes; the whole drawing centred in the area's height. */
function placeEvents(events: TimelineEvent[], { mode, size }: Layout, area: { x: number; y: number; w: number; h: number }, fitter: Fitter) {
  const w = labelWidth(mode, events.length, area.w);
  const shown = events.map((e) => ({ ...e, title: fittedTitle(e, w, size, fitter, area.h) }));
  const h = heights(shown, mode, size, { fitter, box: area, strict: false }) ?? { above: area.h / 2, below: area.h / 2 };
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
      return {
        event: events[i],
        titleRuns: event.title,
        x,
        marker,
        side: 'below',
        tick: { y1: axisY, y2: titleTop },
        date: { x: left, y: dateTop, w, h: date },
        title: { x: left, y: titleTop, w, h: title },
      };
    }
    const above = i % 2 === 0;
    const dateTop = above ? axisY - reach - date : axisY + reach;
    const titleTop = above ? dateTop - TIMELINE.labelGap - title : dateTop + date + TIMELINE.labelGap;
    const side = above ? 'above' : 'below';
    return {
      event: events[i],
      titleRuns: event.title,
      x,
      marker,
      side,
      tick: { y1: axisY, y2: above ? axisY - reach : axisY + reach },
      date: { x: left, y: dateTop, w, h: date },
      title: { x: left, y: titleTop, w, h: title },
    };
  });
  return { axis: { x1: area.x, x2: area.x + area.w, y: axisY }, fontSize: size, events: placed };
}

/** The title as drawn: whole, or cut with an ellipsis to TIMELINE.titleLines lines (fewer when the area is too low for them). */
function fittedTitle(event: TimelineEvent, width: number, size: number, fitter: Fitter, height: number): Run[] {
  const lineHeight = fitter.measurer.lineHeight(size) / PT_PER_IN;
  const room = height - dateHeight(fitter, size) - TIMELINE.labelGap - TIMELINE.currentMarker - TIMELINE.tick;
  const most = Math.max(1, Math.min(TIMELINE.titleLines, Math.floor(room / lineHeight)));
  const lines = fitter.measurer.lines(event.title, width * PT_PER_IN, size, event.current);
  if (lines.length <= most) return event.title;
  const kept = lines.slice(0, most).map((l) => l.text.trim());
  kept[kept.length - 1] = fitOneLine(fitter.measurer, `${kept[kept.length - 1]}…`, width * PT_PER_IN, size, event.current);
  return [{ text: kept.join(' '), bold: event.current || undefined }];
}
