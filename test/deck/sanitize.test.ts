// Control characters in a brief: removed with a FILE:LINE:COLUMN warning; the package holds clean XML; --strict refuses instead.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDeck } from '../helpers/pptx.js';
import { briefdeck, expectValidPptx, XMLLINT } from './decks.js';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-sanitize-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Raw control characters (line 1, 6) and YAML escapes of them (line 9, 12): all must go. */
const BRIEF = [
  'title: "Staff\u0001 talks"',
  'summary:',
  '  points:',
  '    - The two staffs met.',
  '  notes: "Say\\x0b this."',
  'participants:',
  '  - delegation: NATO\u001b',
  '    members:',
  '      - name: "Colonel \\x02Ana Popescu"',
  'topics:',
  '  - title: Next meeting',
  '    points: ["Bell \\a here", "Form feed \\f here"]',
  '',
].join('\n');
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|&#x?0*(?:[0-8]|1[1-9]|2\d|3[01]|[bcef]|1[0-9a-f]);|_x00(?:0[0-8]|0[bBcCeEfF]|1[0-9a-fA-F])_/;

describe('control characters', () => {
  const briefFile = join(dir, 'controls.yaml');
  writeFileSync(briefFile, BRIEF);

  it('are stripped with a warning each at FILE:LINE:COLUMN, and the deck is still built', () => {
    const run = briefdeck(['build', briefFile, '-o', join(dir, 'out')]);
    expect(run.status, run.stderr).toBe(0);
    const warnings = run.stderr.split('\n').filter((line) => line.startsWith(`${briefFile}:`));
    expect(warnings).toEqual([
      `${briefFile}:1:14: warning: title: expected text a PowerPoint file can hold, found a control character (U+0001); removed`,
      `${briefFile}:5:10: warning: summary.notes: expected text a PowerPoint file can hold, found a control character (U+000B); removed`,
      `${briefFile}:7:21: warning: participants[0].delegation: expected text a PowerPoint file can hold, found a control character (U+001B); removed`,
      `${briefFile}:9:15: warning: participants[0].members[0].name: expected text a PowerPoint file can hold, found a control character (U+0002); removed`,
      `${briefFile}:12:14: warning: topics[0].points[0]: expected text a PowerPoint file can hold, found a control character (U+0007); removed`,
      `${briefFile}:12:30: warning: topics[0].points[1]: expected text a PowerPoint file can hold, found a control character (U+000C); removed`,
    ]);
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/); // the terminal gets visible symbols only
    expect(run.stdout).toMatch(/controls\.pptx {2}\d+ slides {2}[\d.]+ s, 6 warning\(s\)/);
  });

  it('leave no trace in any XML part, and the text around them is kept', () => {
    const deck = openDeck(join(dir, 'out', 'controls.pptx'));
    const dirty = Object.entries(deck.parts)
      .filter(([name, xml]) => /\.(xml|rels)$/.test(name) && FORBIDDEN_IN_XML.test(xml))
      .map(([name]) => name);
    expect(dirty).toEqual([]);
    const text = Array.from({ length: deck.slideCount }, (_, i) => deck.slideText(i + 1).join('\n')).join('\n');
    for (const kept of ['Staff talks', 'Colonel Ana Popescu', 'NATO']) expect(text).toContain(kept);
    expect(text).toMatch(/Bell +here/); // the templates collapse the two spaces left around the removed character
    expect(text).toMatch(/Form feed +here/);
    const notes = Array.from({ length: deck.slideCount }, (_, i) => deck.notes(i + 1).join('\n')).join('\n');
    expect(notes).toContain('Say this.');
    if (XMLLINT) expectValidPptx(join(dir, 'out', 'controls.pptx'));
  });

  it('refuse the brief under --strict, writing nothing', () => {
    const out = join(dir, 'strict');
    const run = briefdeck(['build', briefFile, '-o', out, '--strict']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${briefFile}:1:14: title: expected text a PowerPoint file can hold`);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    expect(briefdeck(['check', briefFile, '--strict']).status).toBe(1);
    expect(briefdeck(['check', briefFile]).status).toBe(0);
  });
});
