// Every shape on every slide has its own id (PowerPoint offers to repair a slide where two shapes share one).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDeck } from '../helpers/pptx.js';
import { buildDeckFile } from '../deck/decks.js';

const REPO = process.cwd();

/** The ids used more than once on each slide part (slides and notes slides), by part name. */
function repeatedIds(deck: string): Record<string, string[]> {
  const view = openDeck(deck);
  const repeated: Record<string, string[]> = {};
  for (const [name, xml] of Object.entries(view.parts)) {
    if (!/^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(name)) continue;
    const shapes = [...xml.matchAll(/<p:cNvPr id="(\d+)" name="([^"]*)"/g)].map((m) => ({ id: m[1], name: m[2] }));
    const twice = shapes.filter((shape, i) => shapes.findIndex((other) => other.id === shape.id) !== i);
    if (twice.length) repeated[name] = shapes.filter((shape) => twice.some((t) => t.id === shape.id)).map((s) => `${s.id} ${s.name}`);
  }
  return repeated;
}

describe('shape ids', () => {
  it.each([
    ['pictures, captions, portraits and tables', 'test/fixtures/pictures/pictures.yaml'],
    ['a lead and twelve members with photos', 'test/fixtures/pictures/photos12.yaml'],
    ['the rich fixture', 'test/fixtures/rich/brief.yaml'],
    ['the sample brief', 'briefs/china-nato-8th-dialogue.yaml'],
  ])('are unique on every slide: %s', (_what, brief) => {
    const deck = buildDeckFile(join(REPO, brief), mkdtempSync(join(tmpdir(), 'briefdeck-ids-')));
    expect(repeatedIds(deck)).toEqual({});
  });
});
