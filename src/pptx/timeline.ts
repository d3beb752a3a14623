// Draws a planned timeline natively: an axis line, a marker and a tick per event, date and title text boxes (all editable shapes).
import type { PptxSlide, TextProps } from './pptxgen.js';
import type { PlacedEvent, Timeline } from '../slides/model.js';
import { paragraphRuns, type DrawContext } from './elements.js';

const AXIS_PT = 2;
const TICK_PT = 1;
const RING_PT = 1.5; // the marker's ring in the background colour, so that it stands clear of the axis

/** Names shapes carry in the selection pane, so that an editor can find them. */
const nameOf = (what: string, event?: PlacedEvent) => (event ? `Timeline ${what}: ${event.event.label}` : `Timeline ${what}`);

export function drawTimeline(slide: PptxSlide, timeline: Timeline, ctx: DrawContext): void {
  const plan = timeline.placed;
  if (!plan) return;
  const c = ctx.style.colours;
  const { axis } = plan;
  slide.addShape('line', {
    x: axis.x1,
    y: axis.y,
    w: axis.x2 - axis.x1,
    h: 0,
    line: { color: c.rule, width: AXIS_PT, endArrowType: 'triangle' },
    objectName: nameOf('axis'),
  });
  for (const event of plan.events) {
    const top = Math.min(event.tick.y1, event.tick.y2);
    const colour = event.event.current ? c.accent : c.header;
    slide.addShape('line', {
      x: event.x,
      y: top,
      w: 0,
      h: Math.abs(event.tick.y2 - event.tick.y1),
      line: { color: colour, width: TICK_PT },
      objectName: nameOf('tick', event),
    });
    const r = event.marker / 2;
    slide.addShape('ellipse', {
      x: event.x - r,
      y: axis.y - r,
      w: event.marker,
      h: event.marker,
      fill: { color: colour },
      line: { color: 'bg1', width: RING_PT },
      objectName: nameOf('marker', event),
    });
    drawLabels(slide, event, plan.fontSize, ctx);
  }
}

/** The date (bold, in the marker's colour) and the title (the current event's bold; a place in grey) in boxes without insets, as measured. */
function drawLabels(slide: PptxSlide, event: PlacedEvent, fontSize: number, ctx: DrawContext): void {
  const c = ctx.style.colours;
  const current = event.event.current;
  const box = { margin: [0, 0, 0, 0] as [number, number, number, number], fit: 'none' as const, wrap: true, align: 'center' as const };
  const dateRuns = paragraphRuns({ runs: [{ text: event.event.label, bold: true }], level: 0, bullet: false }, fontSize, ctx, current ? c.accent : c.header, {
    align: 'center',
  });
  const { date, title } = event;
  slide.addText(dateRuns, {
    ...box,
    x: date.x,
    y: date.y,
    w: date.w,
    h: date.h,
    valign: event.side === 'above' ? 'bottom' : 'top',
    objectName: nameOf('date', event),
  } as TextProps);
  const titleRuns = paragraphRuns(
    { runs: event.titleRuns.map((run) => (current && run.style !== 'muted' ? { ...run, bold: true } : run)), level: 0, bullet: false },
    fontSize,
    ctx,
    c.text,
    { align: 'center' },
  );
  for (const run of titleRuns) if (run.options?.align) run.options.align = 'center'; // right-to-left titles too: the label is centred on its marker
  slide.addText(titleRuns, {
    ...box,
    x: title.x,
    y: title.y,
    w: title.w,
    h: title.h,
    valign: event.side === 'above' ? 'bottom' : 'top',
    objectName: nameOf('title', event),
  } as TextProps);
}
