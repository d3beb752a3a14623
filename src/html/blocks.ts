// What a slide draws outside its placeholders, as HTML where the .pptx draws it: tables, text after a table, the message callout, pictures and captions.
import { CELL_PARAGRAPH_GAP } from '../slides/fit.js';
import { messageBox } from '../slides/message.js';
import { runsText, type Paragraph, type PlacedBlock, type Run, type Slide, type SlideImage } from '../slides/model.js';
import { isRtlScript, isRtlText, scriptOfLanguage } from '../slides/script.js';
import type { MediaUrl } from './art.js';
import { boxStyle, drawIn, plannerWidth, type TextContext } from './shapes.js';
import { escapeHtml, num, paragraphHtml } from './text.js';

const PT_PER_IN = 72;

/** A text block drawn in a text box of its own (after a table): bullets at the grid's indent, as src/pptx/elements.ts drawText. */
export function textBoxHtml(placed: PlacedBlock, ctx: TextContext): string {
  if (placed.block.kind !== 'text') return '';
  const { at } = placed;
  const style = ctx.deck.style;
  const side = style.inset;
  const paragraphs = placed.block.paragraphs.map((p, i) => {
    const marginLeft = (p.bullet || p.continued ? p.level + 1 : p.level) * style.indent;
    const numbered = p.numbered?.n !== undefined && p.numbered.level === p.level;
    const bullet = p.bullet ? { text: numbered ? `${p.numbered!.n}.` : '•', at: marginLeft - style.indent } : undefined;
    return paragraphHtml(
      p,
      drawIn(ctx, at.fontSize, plannerWidth(p, at.w, at.fontSize, ctx.deck), { marginLeft, bullet, spaceBefore: i ? style.paragraphGap : 0 }),
      ctx.body,
    );
  });
  return `<div class="box text" style="${boxStyle(at)};padding:${num(side / 2)}in ${num(side)}in">${paragraphs.join('')}</div>`;
}

/** A table where the planner placed it: its columns (the first at the right in a right-to-left deck), each row at its planned height. */
export function tableHtml(placed: PlacedBlock, ctx: TextContext): string {
  if (placed.block.kind !== 'table') return '';
  const table = placed.block;
  const { at } = placed;
  const style = ctx.deck.style;
  const c = style.colours;
  const inset = style.cellInset;
  const total = table.widths.reduce((a, b) => a + b, 0);
  const widths = table.widths.map((w) => (at.w * w) / total);
  const rtl = isRtlScript(scriptOfLanguage(ctx.deck.lang));
  const rows = [...(table.header.cells.length ? [{ row: table.header, header: true }] : []), ...table.rows.map((row) => ({ row, header: false }))];
  const border = `0.75pt solid ${ctx.colour(c.rule)}`;
  const body = rows.map(({ row, header }, r) => {
    const zebra = !header && (r - (table.header.cells.length ? 1 : 0)) % 2 === 1;
    const fill = header ? ctx.colour(c.header) : zebra ? ctx.colour(c.light) : '#FFFFFF';
    const height = at.rowHeights?.[r];
    const cells = row.cells.map((cell, i) => {
      const width = (widths[i] - 2 * inset) * PT_PER_IN;
      const text = cell.map((p, k) =>
        paragraphHtml(
          header ? { ...p, runs: p.runs.map((run) => ({ ...run, bold: true })) } : p,
          drawIn(ctx, at.fontSize, width, { colour: ctx.colour(header ? c.onHeader : c.text), spaceBefore: k ? CELL_PARAGRAPH_GAP : 0, measureBold: header }),
          ctx.body,
        ),
      );
      return `<td style="width:${num(widths[i])}in;padding:${num(inset)}in;background:${fill};border:${border}">${text.join('')}</td>`;
    });
    return `<tr${height ? ` style="height:${num(height)}in"` : ''}>${(rtl ? cells.reverse() : cells).join('')}</tr>`;
  });
  const cols = (rtl ? [...widths].reverse() : widths).map((w) => `<col style="width:${num(w)}in">`).join('');
  return `<table class="table" style="left:${num(at.x)}in;top:${num(at.y)}in;width:${num(at.w)}in"><colgroup>${cols}</colgroup>${body.join('')}</table>`;
}

/** The message callout (band, accent bar, bold text) and the subtitle line above it, as src/pptx/message.ts draws them. */
export function messageHtml(slide: Slide, ctx: TextContext): string {
  const at = slide.messageAt;
  if (!slide.message?.length || !at) return '';
  const deck = ctx.deck;
  const c = deck.style.colours;
  const top = deck.frame.content.body.box.y;
  const parts: string[] = [];
  if (slide.subtitle && at.y - top > 0.1) {
    const side = deck.style.inset;
    const draw = drawIn(ctx, deck.style.sizes.subtitle, (at.w - 2 * side) * PT_PER_IN, { colour: ctx.colour(c.muted) });
    const box = { x: at.x, y: top, w: at.w, h: at.y - top };
    parts.push(
      `<div class="box subtitle" style="${boxStyle(box)};padding:${num(side / 2)}in ${num(side)}in 0">${paragraphHtml({ runs: [{ text: slide.subtitle }] }, draw, ctx.body)}</div>`,
    );
  }
  const box = messageBox(slide);
  const lead = slide.messageKind === 'lead';
  const rtl = isRtlText(runsText(slide.message));
  const colour = ctx.colour(lead ? c.onHeader : c.header);
  const draw = drawIn(ctx, at.fontSize, (at.w - box.bar - box.padLeft - box.padRight) * PT_PER_IN, {
    colour,
    bold: true,
    muted: lead ? colour : ctx.colour(c.muted),
    accent: lead ? colour : ctx.colour(c.accent),
  });
  const [start, end] = [box.bar + box.padLeft, box.padRight];
  const padding = `padding:${num(box.padY)}in ${num(rtl ? start : end)}in ${num(box.padY)}in ${num(rtl ? end : start)}in`;
  const fill = ctx.colour(lead ? c.header : c.light);
  const runs: Run[] = slide.message.map((run) => ({ ...run, bold: true }));
  parts.push(
    `<div class="box message${lead ? ' lead' : ''}" style="${boxStyle(at)};${padding};justify-content:center;background:${fill}">${paragraphHtml({ runs }, draw, ctx.body)}</div>`,
    `<div class="art" style="${boxStyle({ x: rtl ? at.x + at.w - box.bar : at.x, y: at.y, w: box.bar, h: at.h })};background:${ctx.colour(c.accent)}"></div>`,
  );
  return parts.join('');
}

/** The slide's picture and portraits (cropped to their frames) with their captions, centred under them in the muted colour. */
export function picturesHtml(slide: Slide, ctx: TextContext, mediaUrl: MediaUrl): string {
  const images = [...(slide.image ? [slide.image] : []), ...(slide.portraits ?? [])];
  return images.map((image) => pictureHtml(image, ctx, mediaUrl)).join('');
}

function pictureHtml(image: SlideImage, ctx: TextContext, mediaUrl: MediaUrl): string {
  if (!image.media || !image.at) return '';
  const crop = image.crop ?? { l: 0, t: 0, r: 0, b: 0 };
  const w = image.at.w / (1 - crop.l - crop.r);
  const h = image.at.h / (1 - crop.t - crop.b);
  const src = escapeHtml(mediaUrl(image.media));
  const img = `<img alt="${escapeHtml(image.alt)}" src="${src}" style="left:${num(-crop.l * w)}in;top:${num(-crop.t * h)}in;width:${num(w)}in;height:${num(h)}in">`;
  const parts = [`<div class="picture" style="${boxStyle(image.at)}">${img}</div>`];
  const at = image.captionAt;
  if (at && image.caption?.length) {
    const side = ctx.deck.style.inset;
    const width = Math.max(at.w - 2 * side, 0.2) * PT_PER_IN;
    const caption: Pick<Paragraph, 'runs'> = { runs: image.caption };
    const draw = drawIn(ctx, at.fontSize, width, { colour: ctx.colour(ctx.deck.style.colours.muted), align: 'center' });
    parts.push(`<div class="box caption" style="${boxStyle(at)};padding:${num(side / 2)}in ${num(side)}in">${paragraphHtml(caption, draw, ctx.body)}</div>`);
  }
  return parts.join('');
}
