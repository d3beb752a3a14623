// Draws a slide's message callout where the planner placed it: a light band with an accent bar, the message in bold; and the subtitle above it.
import type { DeckModel } from '../slides/deck.js';
import { messageBox } from '../slides/message.js';
import { runsText, type Slide } from '../slides/model.js';
import { isRtlText } from '../slides/script.js';
import { paragraphRuns, plainRuns, type DrawContext } from './elements.js';
import type { PptxSlide } from './pptxgen.js';

/** The name of every shape drawn here (the only text a content slide has outside its placeholders, with tables). */
export const MESSAGE_SHAPE = 'Message';
const PT_PER_IN = 72;

/** The callout (band, bar and text) and, when the slide has a subtitle, the subtitle line above it: the body placeholder starts below both. */
export function drawMessage(target: PptxSlide, slide: Slide, deck: DeckModel, ctx: DrawContext): void {
  const at = slide.messageAt;
  if (!slide.message?.length || !at) return;
  const colours = deck.style.colours;
  const top = deck.frame.content.body.box.y;
  if (slide.subtitle && at.y - top > 0.1) {
    const subtitle = plainRuns(slide.subtitle, ctx, { fontSize: deck.style.sizes.subtitle, color: colours.muted });
    const side = deck.style.inset * PT_PER_IN;
    target.addText(subtitle, {
      x: at.x,
      y: top,
      w: at.w,
      h: at.y - top,
      valign: 'top',
      margin: [side, side, 0, side / 2],
      fit: 'none',
      wrap: true,
      objectName: `${MESSAGE_SHAPE} subtitle`,
    });
  }
  const band = { x: at.x, y: at.y, w: at.w, h: at.h };
  const box = messageBox(slide);
  const lead = slide.messageKind === 'lead'; // a bottom line: the header colours (as a table's header row), not the light band
  const onDark = { ...colours, accent: colours.onHeader, muted: colours.onHeader }; // links (still underlined) and quieter runs readable on the dark box
  const runs = paragraphRuns(
    { runs: slide.message.map((run) => ({ ...run, bold: true })), level: 0, bullet: false },
    at.fontSize,
    lead ? { ...ctx, style: { ...ctx.style, colours: onDark } } : ctx,
    lead ? colours.onHeader : colours.header,
    { paraSpaceBefore: 0 },
  );
  const rtl = isRtlText(runsText(slide.message)); // a right-to-left message starts at the right: its bar is there
  const [start, end] = [box.bar + box.padLeft, box.padRight].map((inches) => inches * PT_PER_IN);
  const margin: [number, number, number, number] = [rtl ? end : start, rtl ? start : end, box.padY * PT_PER_IN, box.padY * PT_PER_IN];
  const fill = { color: lead ? colours.header : colours.light };
  target.addText(runs, { ...band, valign: 'middle', margin, fit: 'none', wrap: true, fill, objectName: MESSAGE_SHAPE });
  const barX = rtl ? at.x + at.w - box.bar : at.x;
  target.addShape('rect', {
    x: barX,
    y: at.y,
    w: box.bar,
    h: at.h,
    fill: { color: colours.accent },
    line: { type: 'none' },
    objectName: `${MESSAGE_SHAPE} bar`,
  });
}

const MESSAGE_SHAPES = new RegExp(`<p:sp>(?:(?!</p:sp>)[\\s\\S])*?<p:cNvPr id="\\d+" name="${MESSAGE_SHAPE}[^"]*"[\\s\\S]*?</p:sp>`, 'g');
const TITLE_END = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph\b[^>]*\btype="(?:title|ctrTitle)"[\s\S]*?<\/p:sp>/;

/** PowerPoint's "Mark as decorative": the accent bar is no content, so its checker asks for no alt text and readers skip it. */
const DECORATIVE =
  '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>';
const BAR = new RegExp(`(<p:cNvPr id="\\d+" name="${MESSAGE_SHAPE} bar")(?:/>|></p:cNvPr>)`, 'g');

/**
 * Screen readers read shapes in spTree order: the subtitle and message go right after the title, before the body they
 * sum up; the accent bar is marked decorative.
 */
export function messageAfterTitle(xml: string): string {
  return calloutAfterTitle(xml).replace(BAR, `$1>${DECORATIVE}</p:cNvPr>`);
}

function calloutAfterTitle(xml: string): string {
  const callout = xml.match(MESSAGE_SHAPES);
  if (!callout) return xml;
  const without = xml.replace(MESSAGE_SHAPES, '');
  const title = TITLE_END.exec(without);
  if (!title) return xml;
  const at = title.index + title[0].length;
  return `${without.slice(0, at)}${callout.join('')}${without.slice(at)}`;
}
