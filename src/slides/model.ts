// The format-neutral slide model that templates produce and the renderer draws.

export type RunStyle = 'normal' | 'muted' | 'tag';

/** A piece of text with one style: bold, italic, a link, muted or a tag. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
  style?: RunStyle;
  breakBefore?: boolean; // starts a new line inside the same paragraph
  minSize?: number; // points a tag is never drawn (or measured) below: a table's tag, the theme's tableMin
}

/** A paragraph of runs: a bullet (at a level) or plain text, maybe numbered. */
export interface Paragraph {
  runs: Run[];
  level: number; // 0 = top-level bullet or plain paragraph
  bullet: boolean;
  continued?: boolean; // the rest of a bullet split across slides: indented like a bullet, drawn without one
  numbered?: Numbering; // in a numbered list (<bullets numbered="true">): the item, or a sub-item under one
  foldable?: boolean; // an item of a <bullets fold="true"> sub-list: run into its parent's line when the slide would otherwise continue
}

/** A paragraph's place in a numbered list: its own number (absent on a sub-item under a numbered item), the list's last number and level. */
export interface Numbering {
  n?: number;
  last: number;
  level: number;
}

export interface TextBlock {
  kind: 'text';
  paragraphs: Paragraph[];
}

export interface TableRow {
  cells: Paragraph[][]; // one list of paragraphs per cell
}

export interface TableBlock {
  kind: 'table';
  widths: number[]; // relative column widths
  autoWidths?: boolean; // widths="auto": the planner sizes the columns to their content at the width it places the table at
  header: TableRow;
  rows: TableRow[];
}

/** What a slide's body holds: text (paragraphs) or a table. */
export type Block = TextBlock | TableBlock;

export type Layout = 'title' | 'content' | 'section';

/** Where the planner put a block, in inches, and at which font size (pt). */
export interface Placement {
  x: number;
  y: number;
  w: number;
  h: number;
  fontSize: number;
  rowHeights?: number[]; // tables: measured height of each row (header first)
}

export interface PlacedBlock {
  block: Block;
  at: Placement;
}

/** A picture's media as drawn: PNG or JPEG (an SVG with its PNG rendering as the fallback). */
export interface SlideMedia {
  bytes: Uint8Array;
  type: 'png' | 'jpeg';
  svg?: Uint8Array;
}

/** A picture on a content slide (<image>, <portrait>): its size read from the file, its boxes placed by the planner, its media made after planning. */
export interface SlideImage {
  file: string; // as the brief names it, relative to the brief's folder
  alt: string;
  caption?: Run[]; // under the picture; a portrait's is the name
  size?: { width: number; height: number }; // pixels as shown, from the file (the aspect ratio)
  at?: { x: number; y: number; w: number; h: number }; // the picture, inches
  crop?: { l: number; t: number; r: number; b: number }; // share of the picture cut off each side to fill `at` (a portrait's frame)
  captionAt?: Placement; // the caption's box and font size
  media?: SlideMedia;
}

/** One slide as planned: its layout, title, body blocks, notes, and where the planner placed each (continuation slides are slides of their own). */
export interface Slide {
  layout: Layout;
  kind: string; // template kind: title, summary, topic, ...
  section?: string;
  title: string;
  subtitle?: string;
  lines: { text: string; muted: boolean }[]; // title slide detail lines
  blocks: Block[];
  notes: string;
  message?: Run[]; // the one-sentence "so what" of a topic or section (<message>), drawn as a callout on each of its slides
  messageKind?: 'lead'; // <message kind="lead">: the slide's bottom line (a summary's), larger and in a dark box; its notes are the template's own
  /** Set by the planner. */
  messageAt?: Placement; // where the message callout is drawn (the body starts below it)
  placed?: PlacedBlock[];
  titleFontSize?: number;
  lineScale?: number; // title slide: subtitle and detail lines drawn at this share of their sizes, so that they fit
  continuation?: { index: number; total: number }; // 1-based part of a split slide
  image?: SlideImage; // a picture beside the text (two columns), or alone when there is no text; on every part of a split slide
  portraits?: SlideImage[]; // participants' portraits, in a column beside the tables
  timeline?: Timeline; // a timeline slide: its events, and where the planner put them
}

/** One event on a timeline: its date (YYYY, YYYY-MM or YYYY-MM-DD), the date as shown, its title, and whether it is the deck's own event. */
export interface TimelineEvent {
  date: string;
  label: string;
  title: Run[];
  current: boolean;
}

export interface TimelineBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** An event as planned (inches): its marker on the axis, the tick to its labels, the date and title boxes. */
export interface PlacedEvent {
  event: TimelineEvent;
  x: number; // the marker's centre
  marker: number; // the marker's diameter
  side: 'above' | 'below'; // where the title is
  tick: { y1: number; y2: number };
  date: TimelineBox;
  title: TimelineBox;
  titleRuns: Run[]; // the title as drawn (shortened with an ellipsis only when even a slide of its own cannot hold it)
}

export interface Timeline {
  events: TimelineEvent[];
  placed?: {
    axis: { x1: number; x2: number; y: number };
    fontSize: number; // dates and titles (points)
    events: PlacedEvent[];
  };
}

/** The size (pt) a tag run is drawn at in text of `fontSize`: a little smaller, bold, never below `minSize` (measured so, drawn so). */
export function tagFontSize(fontSize: number, minSize = 10): number {
  return Math.max(fontSize - 2, minSize);
}

/** Plain text of runs, for measurement and search. */
export function runsText(runs: Run[]): string {
  return runs.map((r) => (r.breakBefore ? '\n' : '') + r.text).join('');
}
