// The deck model: everything the renderer needs, planned from the brief on a template. The renderer reads only this.
import type { LayoutInfo, LayoutKind } from '../master/model.js';
import type { Frame } from './frame.js';
import type { Slide } from './model.js';

/** A classification banner as drawn: the canonical marking and its level's colours (RRGGBB). */
export interface DeckBanner {
  text: string;
  fill: string;
  color: string;
}

/**
 * Colours and sizes the renderer needs for what is not a placeholder (tables) and for runs that differ from the master.
 * A colour is RRGGBB or a theme colour slot (tx1, tx2, bg1, bg2, accent1 … accent6).
 */
export interface DeckStyle {
  fonts: { body: string; eastAsian: string; complexScript: string };
  colours: { text: string; muted: string; accent: string; light: string; rule: string; header: string; onHeader: string };
  coverMuted?: string; // the title slide's muted detail line (the bundled template only: a reference template's own colour is kept)
  sizes: { subtitle: number; cover: number; footer: number; banner: number }; // cover: the title slide's detail lines (as planned)
  cellInset: number; // inches
  blockGap: number; // inches between stacked blocks
  inset: number; // inches: side inset of text drawn outside placeholders
  indent: number; // inches per bullet level there
  paragraphGap: number; // points before each paragraph there
}

export interface DeckProperties {
  title: string;
  subject: string;
  author: string;
  company: string;
  date: Date; // document dates (fixed, so the same brief gives the same bytes)
}

export interface DeckModel {
  size: { w: number; h: number }; // inches
  lang: string; // BCP 47
  properties: DeckProperties;
  footer: { text: string; size?: number; numberSize?: number }; // the footer on every content slide, fitted to one line; sizes where the template's are too small
  banner?: DeckBanner;
  template: Record<string, Uint8Array>; // the template package the slides are put on (decorated with banner and logo)
  layouts: Record<LayoutKind, LayoutInfo>;
  frame: Frame;
  style: DeckStyle;
  slides: Slide[]; // planned: measured, paginated, titles fitted
}
