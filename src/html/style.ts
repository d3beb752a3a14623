// The slides' stylesheet: fixed-size slides in inches, absolutely placed boxes, lines that never wrap in the browser; font stacks of the deck's families.
import type { DeckModel } from '../slides/deck.js';
import { num } from './text.js';

/** Fonts every stack falls back to for right-to-left scripts (bundled, declared by fontFaces when the deck needs them). */
export const SCRIPT_FALLBACKS = ['Noto Sans Arabic', 'Noto Sans Hebrew'];

/** A family name safe inside a quoted CSS string. */
export const cssFamily = (family: string) => family.replace(/[^\p{L}\p{N} _.-]/gu, '');

/**
 * The CSS font-family of a deck font (in an HTML attribute): the family (its web font from fontFaces), the script
 * fallbacks, any sans-serif, then the theme's East Asian and complex-script fonts (`others`): only for what the
 * sans-serif lacks, so a family the browser cannot find never falls to a CJK font's full-width punctuation.
 */
export function fontStack(family: string, others: string[] = []): string {
  const quoted = (names: string[]) =>
    names
      .map(cssFamily)
      .filter(Boolean)
      .map((f) => `&quot;${f}&quot;`);
  return [...quoted([family, ...SCRIPT_FALLBACKS]), 'sans-serif', ...quoted(others.filter((f) => f !== family))].join(',');
}

export function deckCss(model: DeckModel): string {
  const { w, h } = model.size;
  return [
    `.slide{position:relative;display:block;direction:ltr;width:${num(w)}in;height:${num(h)}in;overflow:hidden;margin:0;padding:0;color:#000;line-height:1.2;`,
    'font-kerning:normal;-webkit-font-smoothing:antialiased;text-rendering:geometricPrecision;contain:layout paint;-webkit-print-color-adjust:exact;print-color-adjust:exact}',
    '.slide *{box-sizing:border-box}',
    '.slide .art,.slide .box,.slide .picture,.slide .table,.slide .timeline{position:absolute}',
    '.slide .timeline{left:0;top:0;width:100%;height:100%}',
    '.slide .box{display:flex;flex-direction:column;overflow:visible}',
    '.slide .p{position:relative;flex:none;margin:0;font-weight:400}',
    '.slide .line{display:block;white-space:pre;overflow:visible}',
    '.slide .bullet{position:absolute;white-space:pre}',
    '.slide a{color:inherit;text-decoration:underline}',
    '.slide .banner{display:flex;align-items:center;justify-content:center;white-space:pre;overflow:hidden}',
    '.slide .picture{overflow:hidden}.slide .picture img{position:absolute;max-width:none}',
    '.slide img.art{object-fit:contain}',
    '.slide .table{border-collapse:collapse;table-layout:fixed;border-spacing:0}',
    '.slide .table td{vertical-align:top;overflow:visible}',
    '.slide .arrow{width:0;height:0;border-top:4.5pt solid transparent;border-bottom:4.5pt solid transparent;border-left:9pt solid;margin-top:-4.5pt}',
  ].join('');
}
