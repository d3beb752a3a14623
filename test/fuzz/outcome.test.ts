// The fuzzers' judges of a build's outcome and of the title slide: each refuses what it must (so a passing fuzz run means something).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EARLIER_DECK, outcomeProblems } from './outcome.js';
import { titleShown } from './package.js';

const root = mkdtempSync(join(tmpdir(), 'briefdeck-outcome-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;

/** An output folder holding the given files. */
function outDir(files: Record<string, Buffer | string> = { 'brief.pptx': EARLIER_DECK }): string {
  const dir = join(root, `out-${++folders}`);
  mkdirSync(dir);
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}

const BRIEF = '/tmp/x/brief.yaml';
const refusal = (...lines: string[]) =>
  [...lines, `${BRIEF}: refused (${lines.length} problem${lines.length === 1 ? '' : 's'}); nothing written`, ''].join('\n');

describe('build outcome judge', () => {
  it('accepts a positioned refusal that left the earlier deck alone', () => {
    const stderr = refusal(`${BRIEF}:3:7: topics[0].title: expected text, found a list`, '  3 | - title: []', '          ^', '  hint: put it in quotes');
    expect(outcomeProblems({ status: 1, stderr }, BRIEF, outDir())).toEqual([]);
  });

  it('rejects a refusal without LINE:COLUMN, and one with no problem named', () => {
    expect(outcomeProblems({ status: 1, stderr: refusal(`${BRIEF}: cannot read the brief`) }, BRIEF, outDir())).toEqual([
      `a problem without FILE:LINE:COLUMN: ${BRIEF}: cannot read the brief`,
    ]);
    expect(outcomeProblems({ status: 1, stderr: refusal() }, BRIEF, outDir())).toEqual(['refused without naming a problem']);
  });

  it('rejects a refusal that wrote, replaced or left files', () => {
    const stderr = refusal(`${BRIEF}:1:1: expected a mapping`);
    expect(outcomeProblems({ status: 1, stderr }, BRIEF, outDir({ 'brief.pptx': 'new bytes' }))).toEqual(['the refused build overwrote the earlier deck']);
    expect(outcomeProblems({ status: 1, stderr }, BRIEF, outDir({ 'brief.pptx': EARLIER_DECK, '.briefdeck-1.tmp': 'x' }))).toEqual([
      'the refused build left [".briefdeck-1.tmp","brief.pptx"] in the output folder',
    ]);
  });

  it('rejects a crash, a stack trace and any exit code other than 0 or 1', () => {
    expect(outcomeProblems({ status: 70, stderr: 'briefdeck: internal error: TypeError: x\n    at f (file.js:1:2)\n' }, BRIEF, outDir())[0]).toMatch(
      /^crashed \(exit 70\)/,
    );
    expect(outcomeProblems({ status: 1, stderr: 'RangeError: x\n    at g (/a/b.js:10:3)\n' }, BRIEF, outDir())[0]).toMatch(/^crashed \(exit 1\)/);
    expect(outcomeProblems({ status: 2, stderr: '' }, BRIEF, outDir())).toEqual(['exit 2, expected 0 or 1: ']);
  });

  it('rejects a Node process warning printed to the user, whether built or refused', () => {
    const warning = '(node:123) Warning: Keys with collection values will be stringified';
    const refused = `${refusal(`${BRIEF}:2:1: unknown key`)}${warning}\n(Use \`node --trace-warnings ...\` to show where the warning was created)\n`;
    expect(outcomeProblems({ status: 1, stderr: refused }, BRIEF, outDir())).toEqual([`Node printed a process warning: ${warning}`]);
    const deck = outDir({ 'brief.pptx': EARLIER_DECK });
    expect(outcomeProblems({ status: 0, stderr: `${warning}\n` }, BRIEF, deck)).toEqual([
      `Node printed a process warning: ${warning}`,
      'exit 0 but the deck was not written',
    ]);
  });

  it('rejects exit 0 when the deck was not written or is not a package', () => {
    expect(outcomeProblems({ status: 0, stderr: '' }, BRIEF, outDir())).toEqual(['exit 0 but the deck was not written']);
    expect(outcomeProblems({ status: 0, stderr: '' }, BRIEF, outDir({ 'brief.pptx': 'PK not really' }))[0]).toMatch(/^the deck is broken: not a readable zip/);
  });
});

describe('title judge', () => {
  it('finds the title whole, with whitespace collapsed, or cut with an ellipsis', () => {
    expect(titleShown(['Staff talks', 'Readout'], ' Staff\u00a0 talks\n')).toBe(true);
    expect(titleShown(['A very long title that goes on…'], 'A very long title that goes on and on')).toBe(true);
  });

  it('does not find a different title, or a cut that is not a prefix', () => {
    expect(titleShown(['Staff talks'], 'Staff walks')).toBe(false);
    expect(titleShown(['Staff talks: readout'], 'Staff **talks**: [readout](https://example.org/r)')).toBe(true);
    expect(titleShown(['A very short…'], 'A very long title')).toBe(false);
    expect(titleShown([], 'Staff talks')).toBe(false);
  });
});
