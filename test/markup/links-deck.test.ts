// Links read back from a built deck: a link with empty text shows its URL; a Markdown link inside a source's linked title is its text.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDeck, type DeckView } from '../helpers/pptx.js';
import { REPO } from '../watch/child.js';
import { buildDeckFile } from '../deck/decks.js';

const out = mkdtempSync(join(tmpdir(), 'briefdeck-links-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The slide whose text contains `needle` (1-based). */
const slideWith = (deck: DeckView, needle: string) =>
  Array.from({ length: deck.slideCount }, (_, i) => i + 1).find((n) => deck.slideText(n).some((p) => p.includes(needle)));
/** Each run of a slide: its text and the target of its hyperlink, if any. */
function runsOf(deck: DeckView, n: number): { text: string; href?: string; bold: boolean }[] {
  const targets = new Map(deck.rels(n).map((r) => [r.id, r.target]));
  return [...deck.slideXml(n).matchAll(/<a:r>([\s\S]*?)<\/a:r>/g)].map((m) => {
    const rId = /<a:hlinkClick [^>]*r:id="([^"]+)"/.exec(m[1])?.[1];
    return { text: /<a:t>([^<]*)<\/a:t>/.exec(m[1])?.[1] ?? '', href: rId ? targets.get(rId) : undefined, bold: /<a:rPr [^>]*\bb="1"/.test(m[1]) };
  });
}

describe('links in a built deck (review findings h-markup.yaml, photos12.yaml)', () => {
  let deck: DeckView;
  beforeAll(() => {
    deck = openDeck(buildDeckFile(join(REPO, 'test', 'fixtures', 'review', 'links.yaml'), out));
  });

  it('shows a link with empty text as its URL, still linked', () => {
    const n = slideWith(deck, 'for the text.')!;
    expect(deck.slideText(n)).toContain('See https://example.org/empty-text for the text.');
    // the summary's only point is its bottom line, drawn as the lead callout (bold throughout)
    expect(runsOf(deck, n)).toContainEqual({ text: 'https://example.org/empty-text', href: 'https://example.org/empty-text', bold: true });
  });

  it('shows a Markdown link inside a source’s linked title as its text, in the title’s link, with the bold kept', () => {
    const n = slideWith(deck, 'source title')!;
    expect(deck.slideText(n).some((p) => p.startsWith('Bold source title with inner link — Ministry'))).toBe(true);
    const title = runsOf(deck, n).filter((r) => r.href === 'https://example.org/outer');
    expect(title.map((r) => r.text).join('')).toMatch(/^Bold source title with inner link(https:\/\/example\.org\/outer)?$/); // the URL line below is linked too
    expect(title[0]).toEqual({ text: 'Bold', href: 'https://example.org/outer', bold: true });
    expect(runsOf(deck, n).some((r) => r.href === 'https://example.org/inner')).toBe(false);
  });
});
