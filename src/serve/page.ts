// The pages `briefdeck serve` sends: the preview (every slide), the presenter view, the error panel; every text from the brief escaped.
import { createHash } from 'node:crypto';
import { formatProblem, MAX_PROBLEMS_SHOWN } from '../cli/output.js';
import type { Problem } from '../errors.js';
import { escapeXml as escapeHtml } from '../shared/xml.js';
import type { LiveState } from './live.js';

/** What a page gets on load and with every update (as JSON over /events): the slides' HTML, the deck's stylesheet URL and the error panel. */
export interface ClientState {
  version: number;
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  size: { w: number; h: number }; // inches
  cssHref: string; // changes when the deck's CSS does
  slides: { html: string; title: string; notesHtml: string }[];
  problemsHtml: string; // '' when the latest build was good
}

/** The deck's own stylesheet: its slides' CSS and its web fonts. */
export const deckCss = (state: LiveState) => (state.served ? `${state.served.fontFaces}\n${state.served.deck.css}` : '');

export function clientState(state: LiveState): ClientState {
  const deck = state.served?.deck;
  const css = deckCss(state);
  return {
    version: state.version,
    title: deck?.title ?? 'briefdeck',
    lang: deck?.lang ?? 'en',
    dir: deck?.dir ?? 'ltr',
    size: deck?.size ?? { w: 13.333, h: 7.5 },
    cssHref: `/deck.css?v=${createHash('sha256').update(css).digest('hex').slice(0, 12)}`,
    slides: deck?.slides ?? [],
    problemsHtml: problemsHtml(state.problems, Boolean(deck)),
  };
}

/** The error panel: each problem as the terminal shows it (FILE:LINE:COLUMN, the source line, a caret under the column), escaped. */
export function problemsHtml(problems: Problem[], overDeck: boolean): string {
  if (!problems.length) return '';
  const n = problems.length;
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `<pre class="problem">${escapeHtml(formatProblem(p))}</pre>`);
  const more = n > MAX_PROBLEMS_SHOWN ? `<p>… and ${n - MAX_PROBLEMS_SHOWN} more not shown; fix the ones above and save again.</p>` : '';
  const below = overDeck ? 'Below: the last deck that built.' : 'Nothing has built yet.';
  return `<h2>${n} problem${n === 1 ? '' : 's'} in the latest save</h2><p>${below} Save a fix and this page updates.</p>${shown.join('')}${more}`;
}

/** Each slide in the frame the scripts scale (the same markup as the scripts' frame()). */
const frames = (state: ClientState) =>
  state.slides.map((slide, i) => `<div class="frame" data-n="${i + 1}" data-label="${escapeHtml(`${i + 1} · ${slide.title}`)}">${slide.html}</div>`).join('\n');

const slideCount = (state: ClientState) => `${state.slides.length} slide${state.slides.length === 1 ? '' : 's'}`;

/** The deck's language and direction, on the elements that hold its text (the page around them is the server's, in English, left to right). */
const deckText = (state: ClientState) => ` lang="${escapeHtml(state.lang)}" dir="${state.dir}"`;

function shell(state: ClientState, view: 'preview' | 'presenter', body: string): string {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(view === 'presenter' ? `Presenter · ${state.title}` : state.title)}</title>
<link rel="stylesheet" href="/assets/serve.css">
<link rel="stylesheet" id="deck-css" href="${escapeHtml(state.cssHref)}">
<script src="/assets/${view}.js" defer></script>
</head>
${body}
</html>
`;
}

const panel = (state: ClientState) => `<div id="problems" class="problems" role="alert"${state.problemsHtml ? '' : ' hidden'}>${state.problemsHtml}</div>`;

/** `/`: every slide, one under the other, scaled to the window; `/#present` is the audience window. */
export function previewPage(state: ClientState): string {
  return shell(
    state,
    'preview',
    `<body class="preview" data-version="${state.version}">
<header class="top">
<span class="brand">briefdeck</span>
<span class="name" id="name">${escapeHtml(state.title)}</span>
<span class="meta" id="meta">${slideCount(state)}</span>
<span class="status" id="status" aria-live="polite">live</span>
<a class="button" href="/presenter" target="briefdeck-presenter">Presenter view</a>
</header>
${panel(state)}
<main id="deck" class="deck deck-text"${deckText(state)} data-w="${state.size.w}" data-h="${state.size.h}">
${frames(state)}
</main>
</body>`,
  );
}

/** `/presenter`: the current slide large, the next one small, the notes, a clock and a timer. */
export function presenterPage(state: ClientState): string {
  return shell(
    state,
    'presenter',
    `<body class="presenter" data-version="${state.version}">
<header class="bar">
<span class="clock" id="clock" title="time of day">--:--</span>
<span class="elapsed" id="elapsed" title="time since the timer started">00:00</span>
<button type="button" id="reset">Restart timer</button>
<span class="position" id="position">– / ${state.slides.length}</span>
<span class="typed" id="typed" aria-live="polite"></span>
<button type="button" id="audience" class="primary">Open audience window</button>
</header>
${panel(state)}
<main class="stage" data-w="${state.size.w}" data-h="${state.size.h}">
<section class="current" aria-label="current slide"><div class="pane deck-text" id="current"${deckText(state)}></div></section>
<aside class="side">
<h2>Next</h2><div class="pane deck-text" id="next"${deckText(state)}></div>
<h2>Notes</h2><div class="notes deck-text" id="notes"${deckText(state)}></div>
</aside>
</main>
</body>`,
  );
}
