// Paragraphs as HTML: each line the planner's measurer makes is one <span class="line">, its runs styled (bold, italic, links, colours), all text escaped.
import { SAFETY, type Line, type Measurer } from '../slides/measure.js';
import { tagFontSize, type Paragraph, type Run } from '../slides/model.js';
import { isRtlText } from '../slides/script.js';

/** Text for HTML element content or a double- or single-quoted attribute value. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A link target the page may follow: http(s) and mailto only (a `javascript:` or `data:` URL in a brief stays text). */
export function safeHref(url: string): string | undefined {
  return /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : undefined;
}

/** A number in CSS, short (at most 4 decimals). */
export const num = (value: number) => String(Math.round(value * 10000) / 10000);

/** How a paragraph is drawn: its size, colours, indents (inches), space before (points), alignment and bullet. */
export interface ParagraphDraw {
  size: number; // points: what the lines are wrapped and drawn at
  wrapWidth: number; // points: the width the lines are wrapped to
  bold?: boolean; // the whole paragraph bold (titles, table headers, a message)
  measureBold?: boolean; // measured bold (the planner measures titles and table headers so)
  italic?: boolean;
  colour: string; // CSS colour of the text
  muted: string; // CSS colour of muted runs
  accent: string; // CSS colour of links and tags
  marginLeft: number; // inches from the box's inner edge to the text
  bullet?: { text: string; at: number; colour?: string }; // the bullet or number and where it starts (inches from the inner edge)
  spaceBefore: number; // points
  spaceAfter?: number; // points
  lineSpacing: number; // multiple of single spacing
  align: 'left' | 'center' | 'right' | 'justify';
  font: string; // CSS font-family value
}

/**
 * The lines a paragraph is drawn on: the planner's measurer at the box's inner width (points), its safety margin given
 * back. The margin keeps the planner's heights on the safe side; PowerPoint and LibreOffice fill each line to the real
 * width, and so do these lines (on the sample, 110 of 114 lines are LibreOffice's, against 101 of 116 with the margin).
 */
export function drawnLines(measurer: Measurer, runs: Run[], width: number, fontSize: number, bold?: boolean): Line[] {
  return measurer.lines(runs, width * SAFETY, fontSize, bold);
}

/** The paragraph's lines: where each starts and ends in its text (explicit breaks as "\n"). */
export function lineRanges(runs: Run[], lines: { text: string }[]): { start: number; end: number }[] {
  const text = runs.map((r) => (r.breakBefore ? '\n' : '') + r.text).join('');
  let offset = 0;
  return lines.map((line) => {
    const found = line.text === '' ? offset : text.indexOf(line.text, offset);
    const start = found < 0 ? offset : found;
    const end = start + line.text.length;
    offset = end;
    while (offset < text.length && /\s/u.test(text[offset]) && text[offset] !== '\n') offset++;
    if (text[offset] === '\n') offset++;
    return { start, end };
  });
}

/** The runs' pieces between two offsets of their joined text (an explicit break counts one character before its run). */
function runsBetween(runs: Run[], start: number, end: number): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const run of runs) {
    if (run.breakBefore) at++;
    const from = Math.max(start, at);
    const to = Math.min(end, at + run.text.length);
    if (to > from) out.push({ ...run, text: run.text.slice(from - at, to - at) });
    at += run.text.length;
  }
  return out;
}

function runHtml(run: Run, draw: ParagraphDraw): string {
  const styles: string[] = [];
  const tag = run.style === 'tag';
  if (run.bold || tag) styles.push('font-weight:700');
  if (run.italic) styles.push('font-style:italic');
  if (tag) styles.push(`font-size:${num(tagFontSize(draw.size, run.minSize))}pt`);
  const href = run.href ? safeHref(run.href) : undefined;
  if (href || tag) styles.push(`color:${draw.accent}`);
  else if (run.style === 'muted') styles.push(`color:${draw.muted}`);
  const text = escapeHtml(tag ? run.text.replace(/\u00a0/g, ' ') : run.text);
  const style = styles.length ? ` style="${styles.join(';')}"` : '';
  if (href) return `<a href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank"${style}>${text}</a>`;
  return styles.length ? `<span${style}>${text}</span>` : text;
}

/** One paragraph: its lines wrapped by `measurer` at the draw's width and size, each a <span class="line">. */
export function paragraphHtml(paragraph: Pick<Paragraph, 'runs'>, draw: ParagraphDraw, measurer: Measurer): string {
  const runs = paragraph.runs;
  const lines = drawnLines(measurer, runs, draw.wrapWidth, draw.size, draw.measureBold ?? draw.bold);
  const ranges = lineRanges(runs, lines);
  const lineHeight = measurer.lineHeight(draw.size) * draw.lineSpacing;
  const rtl = isRtlText(runs.map((r) => r.text).join(''));
  const align = rtl && draw.align === 'left' ? 'right' : draw.align;
  const spans = ranges.map(({ start, end }, i) => {
    const height = Math.max(lines[i].height * draw.lineSpacing, lineHeight);
    const content = runsBetween(runs, start, end)
      .map((run) => runHtml(run, draw))
      .join('');
    return `<span class="line" style="height:${num(height)}pt;line-height:${num(height)}pt">${content}</span>`;
  });
  const side = rtl ? 'right' : 'left';
  const bullet = draw.bullet
    ? `<span class="bullet" aria-hidden="true" style="${side}:${num(draw.bullet.at)}in;top:${num(draw.spaceBefore)}pt;line-height:${num(lineHeight)}pt${draw.bullet.colour ? `;color:${draw.bullet.colour}` : ''}">${escapeHtml(draw.bullet.text)}</span>`
    : '';
  const styles = [
    `font-family:${draw.font}`,
    `font-size:${num(draw.size)}pt`,
    `color:${draw.colour}`,
    `padding-${side}:${num(draw.marginLeft)}in`,
    `padding-top:${num(draw.spaceBefore)}pt`,
    draw.spaceAfter ? `padding-bottom:${num(draw.spaceAfter)}pt` : '',
    `text-align:${align}`,
    draw.bold ? 'font-weight:700' : '',
    draw.italic ? 'font-style:italic' : '',
  ].filter(Boolean);
  return `<div class="p"${rtl ? ' dir="rtl"' : ''} style="${styles.join(';')}">${bullet}${spans.join('')}</div>`;
}
