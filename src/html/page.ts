// standalonePage(): one self-contained HTML file that presents the deck offline: fonts and pictures inlined, a strict CSP, the presenting script allowed by its hash.
import { createHash } from 'node:crypto';
import { CLIENT_SCRIPT } from './client.js';
import type { HtmlDeck } from './deck.js';
import { escapeHtml } from './text.js';

/** The page around the slides: letterboxed one at a time, or the overview (every slide and its notes, scrolled). */
const PAGE_CSS = [
  'html,body{margin:0;padding:0;background:#1b1b1b;color:#e8e8e8;font:16px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif}',
  '#deck{margin:0}',
  '.frame{display:flex;flex-direction:column;align-items:center;margin:24px auto}',
  '.holder{position:relative;flex:none;overflow:hidden;background:#fff;box-shadow:0 2px 12px rgba(0,0,0,.5)}',
  '.holder .slide{position:absolute;left:0;top:0;transform-origin:0 0}',
  'html:not(.ready) .holder{position:static;width:auto;height:auto}html:not(.ready) .holder .slide{position:relative}',
  '.notes{max-width:60em;width:calc(100% - 32px);margin:12px auto 0;padding:8px 12px;background:#262626;border-radius:4px;font-size:15px}',
  '.notes p{margin:.4em 0}.notes h2{margin:0;font-size:13px;font-weight:600;color:#aaa}',
  'html.ready:not(.overview) body{overflow:hidden;background:#000}',
  'html.ready:not(.overview) .frame{display:none;margin:0}',
  'html.ready:not(.overview) .frame.current{display:flex;justify-content:center;width:100vw;height:100vh}',
  'html.ready:not(.overview) .holder{box-shadow:none}',
  'html.ready:not(.overview) .notes{display:none}',
  'html.ready.notes-shown:not(.overview) .frame.current .notes{display:block;position:fixed;left:0;right:0;bottom:0;margin:0 auto;max-height:40vh;overflow:auto;opacity:.95}',
  'html.overview .frame{cursor:pointer}html.overview .frame.current .holder{outline:3px solid #4a90d9}',
  '#status{position:fixed;right:8px;bottom:4px;font-size:12px;color:#888;pointer-events:none}',
  'html.ready:not(.overview) #status{opacity:0}',
  // printed (or saved as PDF from the browser): one slide a page at its own size, without notes
  '@media print{html,body,html.ready:not(.overview) body{background:#fff;overflow:visible}',
  '.frame,html.ready:not(.overview) .frame{display:block!important;width:auto!important;height:auto!important;margin:0!important;break-after:page}',
  '.holder{width:auto!important;height:auto!important;box-shadow:none!important;outline:none!important}.holder .slide{position:relative;transform:none!important}',
  '.notes,#status{display:none!important}}',
].join('\n');

export const scriptHash = (script: string) => `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;

/** The Content-Security-Policy of the standalone page: nothing loads from anywhere; inline styles, data: fonts and pictures, and its one script. */
export function standaloneCsp(script = CLIENT_SCRIPT): string {
  return `default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; script-src '${scriptHash(script)}'; base-uri 'none'; form-action 'none'`;
}

/** One slide with its notes, in the frame the script scales it in. */
function frameHtml(slide: HtmlDeck['slides'][number], n: number): string {
  const notes = slide.notesHtml ? `<aside class="notes" aria-label="Notes for slide ${n}"><h2>Notes · ${n}</h2>${slide.notesHtml}</aside>` : '';
  return `<div class="frame" data-n="${n}"><div class="holder">${slide.html}</div>${notes}</div>`;
}

/** The whole page: `assets.fontFaces` is @font-face CSS whose fonts are data: URIs (see fontFaces). */
export function standalonePage(deck: HtmlDeck, assets: { fontFaces: string }): string {
  const frames = deck.slides.map((slide, i) => frameHtml(slide, i + 1)).join('\n');
  const paper = `@page{size:${deck.size.w}in ${deck.size.h}in;margin:0}`;
  const style = `${assets.fontFaces}\n${deck.css}\n${PAGE_CSS}\n${paper}`.replace(/<\/style/gi, '<\\/style');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(deck.lang)}" dir="${deck.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${standaloneCsp()}">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="briefdeck">',
    `<title>${escapeHtml(deck.title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    `<main id="deck" data-width="${deck.size.w}" data-height="${deck.size.h}" aria-roledescription="slide deck">`,
    frames,
    '</main>',
    '<div id="status" role="status" aria-live="polite"></div>',
    `<script>${CLIENT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
