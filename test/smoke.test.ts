// Smoke test: the sample brief builds in-process into a deck with notes on every slide.
import { describe, expect, it } from 'vitest';
import { loadBrief } from '../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../src/files.js';
import { buildDeck } from '../src/pipeline.js';
import { loadTemplates } from '../src/templates/render.js';
import { openDeck } from './helpers/pptx.js';

describe('sample brief', () => {
  it('builds a deck whose every slide has speaker notes', async () => {
    const deck = await buildDeck(await loadBrief('briefs/china-nato-8th-dialogue.yaml'), loadTemplates(DEFAULT_TEMPLATES));
    const view = openDeck(deck.bytes);
    expect(view.slideCount).toBe(deck.slides.length);
    for (let n = 1; n <= view.slideCount; n++) expect(view.notes(n).join(' ').length).toBeGreaterThan(10);
    expect(view.slideText(1)).toContain('8th China–NATO Security Policy Dialogue');
  });
});
