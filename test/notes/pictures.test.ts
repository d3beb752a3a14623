// Picture notes read back from a built French deck: the pictureNote label with alt and caption (no duplicate), cells joined by the language's separator.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDeck, type DeckView } from '../helpers/pptx.js';
import { REPO } from '../watch/child.js';
import { buildDeckFile } from '../deck/decks.js';

const out = mkdtempSync(join(tmpdir(), 'briefdeck-picture-notes-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The notes of the slide whose title line is `title`, as one text. */
const notesOf = (deck: DeckView, title: RegExp) => {
  const n = Array.from({ length: deck.slideCount }, (_, i) => i + 1).find((i) => title.test(deck.slideText(i)[0] ?? ''));
  expect(n, String(title)).toBeDefined();
  return deck.notes(n!).join('\n');
};

describe('picture and table notes (review findings fr-readout.yaml, photos12.yaml)', () => {
  let deck: DeckView;
  beforeAll(() => {
    deck = openDeck(buildDeckFile(join(REPO, 'test', 'fixtures', 'review', 'fr-pictures.yaml'), out));
  });

  it('says a topic’s and a background event’s picture with the label, alt text and caption', () => {
    expect(notesOf(deck, /^Site d’essais/)).toContain('Image\u00a0: Vue du site d’essais — Le site en 2026.');
    expect(notesOf(deck, /Dialogue précédent/)).toContain('Image\u00a0: Carte de Bruxelles — Bruxelles.');
  });

  it('says a section’s picture once when its caption repeats its alt text', () => {
    const notes = notesOf(deck, /^Risques/);
    expect(notes).toContain('Image\u00a0: Photo de groupe.');
    expect(notes).not.toMatch(/Photo de groupe —/);
  });

  it('joins a French row’s cells with a no-break space before the semicolon', () => {
    expect(notesOf(deck, /^Risques/)).toContain('Risque\u00a0: Incident en mer\u202f; Probabilité\u00a0: Moyenne');
  });
});
