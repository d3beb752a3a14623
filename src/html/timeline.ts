// A planned timeline as HTML, as src/pptx/timeline.ts draws it: the axis with its arrow, a tick and a marker per event, the date and title labels centred on it.
import type { Timeline } from '../slides/model.js';
import { boxStyle, drawIn, type TextContext } from './shapes.js';
import { num, paragraphHtml, type ParagraphDraw } from './text.js';

const PT_PER_IN = 72;
const AXIS_PT = 2;
const TICK_PT = 1;
const RING_PT = 1.5;

export function timelineHtml(timeline: Timeline | undefined, ctx: TextContext): string {
  const plan = timeline?.placed;
  if (!plan) return '';
  const c = ctx.deck.style.colours;
  const rule = ctx.colour(c.rule);
  const { axis } = plan;
  const axisY = axis.y - AXIS_PT / 2 / PT_PER_IN;
  const parts = [
    `<div class="art" style="left:${num(axis.x1)}in;top:${num(axisY)}in;width:${num(axis.x2 - axis.x1)}in;height:${AXIS_PT}pt;background:${rule}"></div>`,
    `<div class="art arrow" style="left:${num(axis.x2 - 0.02)}in;top:${num(axis.y)}in;border-left-color:${rule}"></div>`,
  ];
  for (const event of plan.events) {
    const current = event.event.current;
    const colour = ctx.colour(current ? c.accent : c.header);
    const top = Math.min(event.tick.y1, event.tick.y2);
    const tick = { x: event.x - TICK_PT / 2 / PT_PER_IN, y: top, w: TICK_PT / PT_PER_IN, h: Math.abs(event.tick.y2 - event.tick.y1) };
    const r = event.marker / 2;
    const ring = `${RING_PT}pt solid ${ctx.colour('bg1')}`;
    parts.push(
      `<div class="art" style="${boxStyle(tick)};background:${colour}"></div>`,
      `<div class="art" style="${boxStyle({ x: event.x - r, y: axis.y - r, w: event.marker, h: event.marker })};background:${colour};border:${ring};border-radius:50%;box-sizing:border-box"></div>`,
    );
    const label = (over: Partial<ParagraphDraw>): ParagraphDraw => drawIn(ctx, plan.fontSize, event.title.w * PT_PER_IN, { align: 'center', ...over });
    const anchor = event.side === 'above' ? 'flex-end' : 'flex-start';
    const date = paragraphHtml({ runs: [{ text: event.event.label, bold: true }] }, label({ colour, wrapWidth: event.date.w * PT_PER_IN }), ctx.body);
    const titleRuns = event.titleRuns.map((run) => (current && run.style !== 'muted' ? { ...run, bold: true } : run));
    const title = paragraphHtml({ runs: titleRuns }, label({ measureBold: current }), ctx.body);
    parts.push(
      `<div class="box date" style="${boxStyle(event.date)};justify-content:${anchor}">${date}</div>`,
      `<div class="box event" style="${boxStyle(event.title)};justify-content:${anchor}">${title}</div>`,
    );
  }
  return `<div class="timeline">${parts.join('')}</div>`;
}
