// A message too long for its callout: cut with an ellipsis (never "going.…"), with a layout warning at the message's line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDeck } from '../helpers/pptx.js';
import { briefdeck } from './decks.js';

const out = mkdtempSync(join(tmpdir(), 'briefdeck-long-message-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const BRIEF = 'test/fixtures/review/long-message.yaml'; // review finding h-longmsg.yaml: a 2,000-character message

describe('a message too long for its callout (review finding h-longmsg.yaml)', () => {
  const run = briefdeck(['build', BRIEF, '-o', out]);

  it('builds, and warns at the message’s line and column that it was shortened', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toContain(
      `${BRIEF}:16:14: warning: topics[0].message: message was too long for its callout and was shortened with an ellipsis (it is in full in the notes): "This is a very long message sentence that keeps going. This …"`,
    );
  });

  it('ends the cut message with one ellipsis in place of the full stop, and keeps it in full in the notes', () => {
    const deck = openDeck(join(out, 'long-message.pptx'));
    const n = Array.from({ length: deck.slideCount }, (_, i) => i + 1).find((i) => deck.slideText(i).some((p) => p.startsWith('This is a very long')))!;
    const shown = deck.slideText(n).find((p) => p.startsWith('This is a very long'))!;
    expect(shown).toMatch(/going…$/);
    expect(shown).not.toMatch(/\.…/);
    expect(shown.length).toBeLessThan(1000);
    expect(deck.notes(n).join('\n')).toContain('This is a very long message sentence that keeps going. '.repeat(20).trim());
  });
});
