// Numbered lists: the hanging indent their numbers need ("12." at 28 pt is wider than a bullet's indent), for the planner and the renderer alike.
import type { Paragraph } from './model.js';

const DIGIT_EM = 0.56; // a lining digit, a little wider than most fonts' (Calibri/Carlito 0.51)
const PERIOD_EM = 0.3;
const GAP_EM = 0.45; // between the number and the text

/** Inches from the number's left to the text in a numbered list whose largest number is `last`, at `fontSize` points; never less than a bullet's `bulletHang`. */
export function numberHang(last: number, fontSize: number, bulletHang: number): number {
  const ems = String(Math.max(1, Math.floor(last))).length * DIGIT_EM + PERIOD_EM + GAP_EM;
  return Math.max(bulletHang, (ems * fontSize) / 72);
}

/** How much further right (inches) a paragraph of a numbered list starts than a bulleted one: the numbers' hang beyond the bullet's. */
export function numberShift(p: Pick<Paragraph, 'numbered'>, fontSize: number, bulletHang: number): number {
  return p.numbered ? numberHang(p.numbered.last, fontSize, bulletHang) - bulletHang : 0;
}

/** Each numbered list's first number in this part of a block (by level): a continuation slide counts on from it. */
export function listStarts(paragraphs: Paragraph[]): Map<number, number> {
  const starts = new Map<number, number>();
  for (const p of paragraphs) if (p.numbered?.n !== undefined && !starts.has(p.numbered.level)) starts.set(p.numbered.level, p.numbered.n);
  return starts;
}
