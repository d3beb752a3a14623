// Table cells show the text the brief wrote: numbers YAML would rewrite (1.10, 0700, 1e3) keep their source form.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDeck } from '../helpers/pptx.js';
import { REPO } from '../watch/child.js';
import { buildDeckFile } from '../deck/decks.js';

const out = mkdtempSync(join(tmpdir(), 'briefdeck-cells-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every table row on every slide, as cell texts. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<a:tr\b[^>]*>([\s\S]*?)<\/a:tr>/g)].map((row) =>
    [...row[1].matchAll(/<a:tc\b[\s\S]*?<\/a:tc>/g)].map((c) => [...c[0].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')),
  );
}

describe('table cells as written (review finding h-cells.yaml)', () => {
  it('shows 1.10, 0700, 2.0, 1e3 and yes/off exactly as the brief writes them', () => {
    const deck = openDeck(buildDeckFile(join(REPO, 'test', 'fixtures', 'review', 'cells.yaml'), out));
    const rows = Array.from({ length: deck.slideCount }, (_, i) => tableRows(deck.slideXml(i + 1))).flat();
    expect(rows).toContainEqual(['Norway', 'NO', '1.10', '0700', '2027-06-01', '-', 'yes']);
    expect(rows).toContainEqual(['Japan', 'JP', '2.0', '1e3', '2027-06-01T10:00:00Z', '', 'off']);
  });
});
