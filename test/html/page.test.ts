// The standalone HTML deck: brief text escaped everywhere it lands, nothing loaded from outside, its one script allowed by hash, every slide and its notes.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { CLIENT_SCRIPT } from '../../src/html/client.js';
import { deckHtml } from '../../src/html/deck.js';
import { fontFaces } from '../../src/html/fonts.js';
import { standalonePage } from '../../src/html/page.js';
import { buildDeck, deckPage, modelDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { findAll, hasClass, htmlSlides, parseHtml, textContent, type HtmlNode } from '../helpers/html.js';
import { openDeck, paragraphs, placeholderShape } from '../helpers/pptx.js';
import { REPO } from '../watch/child.js';

const templates = loadTemplates(DEFAULT_TEMPLATES);
const HOSTILE = `<script>alert("x")</script>`;
const BRIEF = `title: 'Talks ${HOSTILE} & "quotes" it''s'
summary:
  - 'Point with ${HOSTILE}, <img src=x onerror=alert(1)> and a [link](https://example.org/?a="b"&c=<d>) & more'
  - 'A [trap](javascript:alert(1)) and <a href="javascript:alert(2)">raw</a>'
participants:
  - delegation: 'Delegation "A" <b>'
    members:
      - name: 'Colonel <i>Ana</i> O''Brien'
topics:
  - title: 'Topic </section><section class="slide">'
    points: ['Plain point']
    notes: 'Say ${HOSTILE} & </aside> aloud'
`;

const elements = (nodes: HtmlNode[]) => findAll(nodes, () => true);

async function pageOf(text: string, file = 'hostile.yaml') {
  const modelled = await modelDeck(briefFromText(text, file), templates);
  return { modelled, page: deckPage(modelled, templates) };
}

describe('brief text is escaped wherever it lands', () => {
  it('a brief full of markup: one script (the page’s own), no event handlers, the text shown literally', async () => {
    const { page } = await pageOf(BRIEF);
    const tree = parseHtml(page);
    const all = elements(tree);
    const scripts = all.filter((el) => el.tag === 'script');
    expect(scripts).toHaveLength(1);
    expect(textContent(scripts[0])).toBe(CLIENT_SCRIPT);
    expect(all.filter((el) => Object.keys(el.attrs).some((name) => /^on/i.test(name)))).toEqual([]);
    expect(all.filter((el) => ['img', 'b', 'i'].includes(el.tag) && !el.attrs.src?.startsWith('data:'))).toEqual([]);
    const slides = htmlSlides(page);
    expect(slides.map((s) => s.n)).toEqual(slides.map((_, i) => i + 1)); // no slide smuggled in by a title
    const text = slides.map((s) => s.lines.join(' ')).join('\n');
    expect(text).toContain(HOSTILE);
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(textContent(all.find((el) => el.tag === 'title')!)).toBe(`Talks ${HOSTILE} & "quotes" it's`);
    const notes = all.filter((el) => el.tag === 'aside' && hasClass(el, 'notes')).map(textContent);
    expect(notes.some((n) => n.includes(`Say ${HOSTILE} & </aside> aloud`))).toBe(true);
  });

  it('links keep their URL whole in href (quotes and all), get rel="noopener noreferrer", and javascript: never becomes a link', async () => {
    const { page } = await pageOf(BRIEF);
    const links = findAll(parseHtml(page), (el) => el.tag === 'a');
    expect(links.map((a) => a.attrs.href)).toContain('https://example.org/?a="b"&c=<d>');
    for (const a of links) {
      expect(a.attrs.href).toMatch(/^(https?:|mailto:)/);
      expect(a.attrs.rel).toBe('noopener noreferrer');
    }
  });

  it('the renderer does not trust the model either: a javascript: or data: href in a run is drawn as text', async () => {
    const modelled = await modelDeck(briefFromText(BRIEF, 'hostile.yaml'), templates);
    const slide = modelled.model.slides.find((s) => s.placed?.some((p) => p.block.kind === 'text'))!;
    const block = slide.placed!.find((p) => p.block.kind === 'text')!.block;
    if (block.kind !== 'text') throw new Error('expected text');
    block.paragraphs[0].runs = [
      { text: 'evil', href: 'javascript:alert(1)' },
      { text: ' data', href: 'data:text/html,<script>alert(1)</script>' },
      { text: ' ok', href: 'https://example.org/' },
    ];
    const deck = deckHtml(modelled.model, { body: modelled.measurer, heading: modelled.headingMeasurer });
    const hrefs = deck.slides.flatMap((s) => findAll(parseHtml(s.html), (el) => el.tag === 'a').map((a) => a.attrs.href));
    expect(hrefs).toContain('https://example.org/');
    expect(hrefs.filter((h) => !/^https?:/.test(h))).toEqual([]);
    expect(deck.slides.map((s) => s.html).join('')).toContain('evil');
  });
});

describe('the standalone page is self-contained', () => {
  it('fonts and pictures are data: URIs, no src or url() leaves the file, the CSP allows nothing else and names the script by hash', async () => {
    const file = join(REPO, 'test', 'fixtures', 'pictures', 'pictures.yaml');
    const { modelled, page } = await pageOf(readFileSync(file, 'utf8'), file);
    const all = elements(parseHtml(page));
    const sources = all.flatMap((el) => (el.attrs.src !== undefined ? [el.attrs.src] : []));
    expect(sources.length).toBeGreaterThan(0); // the brief's pictures are on its slides
    for (const src of sources) expect(src).toMatch(/^data:image\/(png|jpeg);base64,/);
    const style = all
      .filter((el) => el.tag === 'style')
      .map(textContent)
      .join('');
    const urls = [...style.matchAll(/url\(\s*["']?([^"')]*)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^data:font\//);
    expect(style).not.toMatch(/@import/);
    for (const el of all.filter((e) => e.attrs.href !== undefined)) {
      expect(el.tag).toBe('a'); // no <link> or <base>: only the brief's own links
      expect(el.attrs.href).toMatch(/^(https?:|mailto:)/);
    }
    const csp = all.find((el) => el.tag === 'meta' && el.attrs['http-equiv'] === 'Content-Security-Policy')!.attrs.content;
    const hash = createHash('sha256').update(CLIENT_SCRIPT).digest('base64');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).toMatch(/font-src data:;/);
    expect(csp).toMatch(/img-src data:;/);
    expect(modelled.model.slides.some((s) => s.image?.media)).toBe(true);
  });

  it('the sample: as many slides as the .pptx, each with its title and its notes', async () => {
    const file = join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml');
    const text = readFileSync(file, 'utf8');
    const { page } = await pageOf(text, file);
    const pptx = openDeck((await buildDeck(briefFromText(text, file), templates)).bytes);
    const slides = htmlSlides(page);
    expect(slides).toHaveLength(pptx.slideCount);
    const frames = findAll(parseHtml(page), (el) => hasClass(el, 'frame'));
    expect(frames).toHaveLength(pptx.slideCount);
    frames.forEach((frame, i) => {
      const notes = findAll([frame], (el) => el.tag === 'aside')
        .map(textContent)
        .join('\n')
        .replace(/\s+/g, ' ');
      for (const paragraph of pptx.notes(i + 1)) expect(notes, `slide ${i + 1}`).toContain(paragraph.replace(/\s+/g, ' ').trim());
      const title = findAll([frame], (el) => el.tag === 'div' && hasClass(el, 'box') && hasClass(el, 'title')).map(textContent);
      const xml = pptx.slideXml(i + 1);
      const shape = placeholderShape(xml, 'title') ?? placeholderShape(xml, 'ctrTitle');
      const squeeze = (text: string) => text.replace(/\s+/g, '');
      expect(title.map(squeeze), `slide ${i + 1}`).toEqual([squeeze(paragraphs(shape!).join(''))]);
    });
  });

  it('a page without the deck’s fonts still parses and keeps the CSP (standalonePage with no @font-face)', async () => {
    const { modelled } = await pageOf(BRIEF);
    const deck = deckHtml(modelled.model, { body: modelled.measurer, heading: modelled.headingMeasurer });
    const page = standalonePage(deck, { fontFaces: '' });
    expect(htmlSlides(page)).toHaveLength(deck.slides.length);
    const faces = fontFaces(modelled.model);
    expect(faces).toMatch(/@font-face\{font-family:"Calibri";src:url\("data:font\/ttf;base64,/);
    // lines sit where LibreOffice sets them: the face's single line height (its Windows ascent and descent), the baseline
    // at its highest glyph (head yMax, read here with fontkit), no line gap
    const carlito = createRequire(import.meta.url)('fontkit').openSync(join(REPO, 'fonts', 'Carlito-Regular.ttf'));
    const em = (units: number) => units / carlito.unitsPerEm;
    const share = (value: number) => `${Math.round(value * 100000) / 1000}%`;
    const os2 = carlito['OS/2'];
    const ascent = em(Math.max(os2.winAscent, carlito.head.yMax));
    const descent = em(os2.winAscent + os2.winDescent) - ascent;
    expect(faces).toContain(`ascent-override:${share(ascent)};descent-override:${share(descent)};line-gap-override:0%`);
  });
});

describe("what briefdeck adds to the template's masters", () => {
  it('the theme’s logo is on every slide (as the masters draw it), inlined, with its alt text; the banner marking on every slide', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-html-logo-'));
    try {
      const shipped = readFileSync(join(DEFAULT_TEMPLATES, 'theme.yaml'), 'utf8');
      writeFileSync(join(dir, 'theme.yaml'), shipped.replace(/^deck:/m, 'logo: { file: crest.png, alt: Crest, position: top-right, height: 0.6 }\ndeck:'));
      copyFileSync(join(REPO, 'test', 'fixtures', 'pictures', 'img', 'tall.png'), join(dir, 'crest.png'));
      const withLogo = loadTemplates(dir);
      const file = join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml');
      const modelled = await modelDeck(briefFromText(readFileSync(file, 'utf8'), file), withLogo);
      const slides = htmlSlides(deckPage(modelled, withLogo));
      for (const slide of slides) {
        const logos = findAll([slide.node], (el) => el.tag === 'img' && el.attrs.alt === 'Crest');
        expect(logos, `slide ${slide.n}`).toHaveLength(1);
        expect(logos[0].attrs.src).toMatch(/^data:image\/png;base64,/);
        const banners = findAll([slide.node], (el) => hasClass(el, 'banner')).map(textContent);
        expect(banners, `slide ${slide.n}`).toEqual(['UNCLASSIFIED', 'UNCLASSIFIED']);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
