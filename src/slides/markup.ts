// Parses the templates' slide markup (<deck><slide>…</slide></deck>) into the Slide model.
import { BriefdeckError, problem, type Problem } from '../errors.js';
import { markupTree } from './markup-xml.js';
import { attributeIssue, elementIssue, LAYOUT_PARTS, LAYOUTS as CONTRACT_LAYOUTS, SOURCE_ATTRIBUTE, textIssue } from '../templates/contract.js';
import { inlineRuns as markdownRuns, notesLine, plainText } from '../shared/inline.js';
import {
  runsText,
  type Block,
  type Layout,
  type Numbering,
  type Paragraph,
  type Run,
  type Slide,
  type SlideImage,
  type TableBlock,
  type TableRow,
  type Timeline,
} from './model.js';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

// The model's layouts are exactly the contract's, and each has its parts declared (both checked by the compiler).
const LAYOUTS: readonly Layout[] = CONTRACT_LAYOUTS;
export const LAYOUT_DRAWS: Record<Layout, readonly string[]> = LAYOUT_PARTS;

export function parseMarkup(markup: string, source = 'templates'): Slide[] {
  const deck = (markupTree(markup, source) as XmlNode[]).find((n) => 'deck' in n);
  const problems = contractProblems(deck, source);
  if (problems.length) throw new BriefdeckError(problems);
  return children(deck, 'deck')
    .filter((n) => 'slide' in n)
    .map(toSlide);
}

/** Markup the plain reader leaves to fast-xml-parser: validated (malformed markup refused at its line), then parsed. */

/**
 * The rendered markup against the contract (what only the brief decides, such as a layout chosen by an expression),
 * each problem at the template line that wrote the slide.
 */
function contractProblems(deck: XmlNode | undefined, source: string): Problem[] {
  const found = new Map<string, Problem>();
  let at: Partial<Problem> = { file: source };
  const add = (message: string | undefined) => {
    const key = `${at.file}:${at.line}:${message}`;
    if (message && !found.has(key) && found.size < 50) found.set(key, problem('template', message, at));
  };
  const visit = (node: XmlNode, parent: string, layout?: string) => {
    const tag = tagOf(node);
    if (tag === '#text') return add(textIssue(parent, String(node['#text'])));
    const attributes = attrs(node);
    if (tag === 'slide' && parent === 'deck') at = sourceOf(attributes[SOURCE_ATTRIBUTE], source);
    add(elementIssue(tag, parent, layout));
    for (const [name, value] of Object.entries(attributes)) if (name !== SOURCE_ATTRIBUTE) add(attributeIssue(tag, name, value));
    for (const child of children(node, tag)) visit(child, tag, tag === 'slide' ? (attributes.layout ?? 'content') : undefined);
  };
  for (const child of children(deck, 'deck')) visit(child, 'deck');
  return [...found.values()];
}

/** The template file and line a slide came from (the loader marks each slide), else the templates folder. */
function sourceOf(marker: string | undefined, fallback: string): Partial<Problem> {
  const m = /^(.*):(\d+)$/.exec(marker ?? '');
  return m ? { file: decodeURIComponent(m[1]), line: Number(m[2]) } : { file: fallback };
}

function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

function children(node: XmlNode | undefined, tag: string): XmlNode[] {
  return (node?.[tag] as XmlNode[] | undefined) ?? [];
}

function attrs(node: XmlNode): Record<string, string> {
  return node[':@'] ?? {};
}

/** Text content with whitespace collapsed as HTML does. */
function textOf(nodes: XmlNode[]): string {
  return nodes.map((n) => (tagOf(n) === '#text' ? String(n['#text']) : textOf(children(n, tagOf(n))))).join('');
}

/** Whitespace collapsed as HTML does: ASCII whitespace only, so a no-break space (French "Hôte\u00a0:") stays. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

function toSlide(node: XmlNode): Slide {
  const a = attrs(node);
  const layout = (LAYOUTS.includes(a.layout as Layout) ? a.layout : 'content') as Layout;
  const slide: Slide = { layout, kind: a.kind ?? layout, section: a.section, title: '', lines: [], blocks: [], notes: '' };
  for (const child of children(node, 'slide')) {
    const tag = tagOf(child);
    const inner = children(child, tag);
    if (tag === 'title') slide.title = plainLine(inner);
    else if (tag === 'subtitle') slide.subtitle = plainLine(inner) || undefined;
    else if (tag === 'line') slide.lines.push({ text: plainLine(inner), muted: attrs(child).kind === 'muted' });
    else if (tag === 'notes') slide.notes = cleanNotes(textOf(inner));
    else if (tag === 'message') {
      slide.message = inlineRuns(inner);
      if (attrs(child).kind === 'lead') slide.messageKind = 'lead';
    } else if (tag === 'bullets') slide.blocks.push({ kind: 'text', paragraphs: bulletParagraphs(inner, 0, numberedAt(child, 0)) });
    else if (tag === 'p') slide.blocks.push({ kind: 'text', paragraphs: [{ runs: inlineRuns(inner), level: 0, bullet: false }] });
    else if (tag === 'table') slide.blocks.push(toTable(child));
    else if (tag === 'image')
      slide.image = toImage(
        child,
        inner.filter((n) => tagOf(n) === 'caption').flatMap((c) => children(c, 'caption')),
      );
    else if (tag === 'portrait') (slide.portraits ??= []).push(toImage(child, inner));
    else if (tag === 'timeline') slide.timeline = toTimeline(inner);
  }
  slide.lines = slide.lines.filter((l) => l.text);
  if (!slide.message?.length) {
    delete slide.message;
    delete slide.messageKind;
  } else if (!slide.messageKind) slide.notes = [runsText(slide.message).trim(), slide.notes].filter(Boolean).join('\n\n'); // the slide's "so what" opens its notes
  slide.blocks = slide.blocks.filter((b) => (b.kind === 'text' ? b.paragraphs.length > 0 : b.rows.length > 0));
  return slide;
}

/** A picture's file and alt text (attributes; markers removed, as in titles) and its caption's runs, when it has one. */
function toImage(node: XmlNode, caption: XmlNode[]): SlideImage {
  const { file = '', alt = '' } = attrs(node);
  const runs = inlineRuns(caption);
  return { file, alt: plainText(collapse(alt).trim()), ...(runs.length ? { caption: runs } : {}) };
}

/** Titles, subtitles and detail lines are plain text: whitespace collapsed, inline markers removed. */
function plainLine(nodes: XmlNode[]): string {
  return plainText(collapse(textOf(nodes)).trim()).trim();
}

/**
 * Notes: template indentation removed, paragraphs (blank lines) and list lines kept, inline markers removed (a link as
 * "text (url)"); a line's leading no-break spaces (nested list items from the helpers) become its indentation.
 */
export function cleanNotes(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+$/, '').replace(/^[ \t]+/, ''))
    .map((line) => {
      const indent = /^\u00a0*/.exec(line)![0].length;
      return ' '.repeat(indent) + notesLine(line.slice(indent));
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A `<bullets numbered="true">` at `level`: its items are numbered at that level (counted in bulletParagraphs). */
function numberedAt(node: XmlNode, level: number): Numbering | undefined {
  return attrs(node).numbered === 'true' ? { level, last: 0 } : undefined;
}

/** A sub-list's paragraphs, marked foldable into their parent's line when the list says fold="true". */
function foldable(node: XmlNode, paragraphs: Paragraph[]): Paragraph[] {
  return attrs(node).fold === 'true' ? paragraphs.map((p) => ({ ...p, foldable: true })) : paragraphs;
}

/**
 * A list's paragraphs, its sub-lists' after each item. In a numbered list each item with text gets its number (an empty
 * one is not counted) and the items and their sub-items know the list's last number (the hang its numbers need).
 */
function bulletParagraphs(items: XmlNode[], level: number, list?: Numbering): Paragraph[] {
  let count = 0;
  const paragraphs = items
    .filter((n) => tagOf(n) === 'li')
    .flatMap((li) => {
      const inner = children(li, 'li');
      const nested = inner.filter((n) => tagOf(n) === 'bullets');
      const own = inner.filter((n) => tagOf(n) !== 'bullets');
      const runs = inlineRuns(own);
      const paragraph: Paragraph = { runs, level, bullet: true };
      if (list && runs.length) paragraph.numbered = { ...list, n: ++count };
      const below = nested.flatMap((b) => foldable(b, bulletParagraphs(children(b, 'bullets'), level + 1, numberedAt(b, level + 1))));
      if (list) for (const sub of below) sub.numbered ??= { ...list };
      return [paragraph, ...below];
    })
    .filter((p) => p.runs.length > 0);
  if (list) for (const p of paragraphs) if (p.numbered?.level === level) p.numbered.last = count; // this list's items and the sub-items under them
  return paragraphs;
}

/** Inline markup: <b>, <i>, <a href>, <muted>, <tag>, <br/>. */
export function inlineRuns(nodes: XmlNode[], base: Omit<Run, 'text'> = {}, top = true): Run[] {
  const runs: Run[] = [];
  let breakNext = false;
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === '#text') {
      const marked = textRuns(collapse(String(node['#text'])), base);
      if (breakNext && marked.length) marked[0].breakBefore = true;
      runs.push(...marked);
      breakNext = false;
      continue;
    }
    if (tag === 'br') {
      breakNext = true;
      continue;
    }
    const style: Omit<Run, 'text'> = { ...base };
    if (tag === 'b') style.bold = true;
    if (tag === 'i') style.italic = true;
    if (tag === 'a') style.href = attrs(node).href;
    if (tag === 'muted') style.style = 'muted';
    const inlineTag = tag === 'tag' && attrs(node).inline === 'true';
    if (tag === 'tag') {
      style.style = 'tag';
      breakNext = !inlineTag;
    }
    const inner = inlineRuns(children(node, tag), style, false);
    if (inlineTag) for (const run of inner) run.text = run.text.replace(/ /g, '\u00a0'); // kept whole on one line
    if (breakNext && inner.length) {
      inner[0].breakBefore = true;
      breakNext = false;
    }
    runs.push(...inner);
  }
  return top ? trimRuns(runs) : runs;
}

/** A text node's inline Markdown as runs in the style around it (no link inside a link the template wrote). */
function textRuns(text: string, base: Omit<Run, 'text'>): Run[] {
  return markdownRuns(text, Boolean(base.href)).map((run) => ({
    ...base,
    text: run.text,
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italic: true } : {}),
    ...(run.href && !base.href ? { href: run.href } : {}),
  }));
}

function trimRuns(runs: Run[]): Run[] {
  const kept = runs.filter((r) => r.text !== '' && !(r.text === ' ' && r.breakBefore));
  if (kept.length) {
    kept[0] = { ...kept[0], text: kept[0].text.replace(/^\s+/, '') };
    const last = kept.length - 1;
    kept[last] = { ...kept[last], text: kept[last].text.replace(/\s+$/, '') };
  }
  for (const run of kept) if (run.breakBefore) run.text = run.text.replace(/^\s+/, '');
  return kept.filter((r) => r.text !== '');
}

/** In a table cell a line break starts a new paragraph. */
function cellParagraphs(runs: Run[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const run of runs) {
    if (run.breakBefore || !paragraphs.length) paragraphs.push({ runs: [], level: 0, bullet: false });
    paragraphs[paragraphs.length - 1].runs.push({ ...run, breakBefore: undefined });
  }
  return paragraphs.length ? paragraphs : [{ runs: [], level: 0, bullet: false }];
}

function toTable(node: XmlNode): TableBlock {
  const a = attrs(node);
  const inner = children(node, 'table');
  const rowOf = (row: XmlNode): TableRow => ({
    cells: children(row, tagOf(row))
      .filter((c) => tagOf(c) === 'cell')
      .map((c) => cellParagraphs(inlineRuns(children(c, 'cell')))),
  });
  const head = inner.find((n) => tagOf(n) === 'head');
  const rows = inner.filter((n) => tagOf(n) === 'row').map(rowOf);
  const columns = Math.max(head ? rowOf(head).cells.length : 0, ...rows.map((r) => r.cells.length), 1);
  const auto = a.widths?.trim() === 'auto';
  const widths = (a.widths ?? '')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  return {
    kind: 'table',
    widths: widths.length === columns ? widths : Array(columns).fill(1),
    ...(auto ? { autoWidths: true } : {}),
    header: head ? rowOf(head) : { cells: [] },
    rows,
  };
}

/** <timeline><event date="2023-02" label="February 2023" current="true">title</event>…</timeline>, events kept in the order written. */
function toTimeline(nodes: XmlNode[]): Timeline {
  const events = nodes
    .filter((n) => tagOf(n) === 'event')
    .map((n) => {
      const a = attrs(n);
      return {
        date: (a.date ?? '').trim(),
        label: collapse(a.label ?? a.date ?? '').trim(),
        title: inlineRuns(children(n, 'event')),
        current: a.current === 'true',
      };
    })
    .filter((e) => e.title.length > 0 || e.label !== '');
  return { events };
}

export type { Block };
