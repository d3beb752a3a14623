// The format-neutral slide model that templates produce and the renderer draws.

export type RunStyle = 'normal' | 'muted' | 'tag';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
  style?: RunStyle;
  breakBefore?: boolean; // starts a new line inside the same paragraph
}

export interface Paragraph {
  runs: Run[];
  level: number; // 0 = top-level bullet or plain paragraph
  bullet: boolean;
  continued?: boolean; // the rest of a bullet split across slides: indented like a bullet, drawn without one
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
  header: TableRow;
  rows: TableRow[];
}

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
  /** Set by the planner. */
  messageAt?: Placement; // where the message callout is drawn (the body starts below it)
  placed?: PlacedBlock[];
  titleFontSize?: number;
  lineScale?: number; // title slide: subtitle and detail lines drawn at this share of their sizes, so that they fit
  continuation?: { index: number; total: number }; // 1-based part of a split slide
}

/** Plain text of runs, for measurement and search. */
export function runsText(runs: Run[]): string {
  return runs.map((r) => (r.breakBefore ? '\n' : '') + r.text).join('');
}
