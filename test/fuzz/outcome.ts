// What a `briefdeck build` may end in: exit 0 with a well-formed deck, or exit 1 with every problem at FILE:LINE:COLUMN and the earlier deck untouched.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPackage } from './package.js';

export interface BuildOutcome {
  status: number | null;
  stderr: string;
}

/** What was in the output folder before the build: an earlier deck a refused build must leave as it was. */
export const EARLIER_DECK = Buffer.from('the earlier deck, which a refused build must not touch');

/** Escaped regular-expression text. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lines of stderr that are problem headings (not the source line, caret or hint under them, which are indented). */
function headings(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '' && !/^\s/.test(line));
}

/** Refused: exit 1, at least one problem, each positioned as FILE:LINE:COLUMN, and nothing written. */
function refusalProblems(outcome: BuildOutcome, brief: string, outDir: string): string[] {
  const problems: string[] = [];
  const positioned = new RegExp(`^${literal(brief)}:\\d+:\\d+: `);
  const closing = new RegExp(`^${literal(brief)}: refused \\(\\d+ problems?\\); nothing written$`);
  const lines = headings(outcome.stderr);
  const reported = lines.filter((line) => !closing.test(line) && !/^… and \d+ more problems? not shown/.test(line));
  if (!reported.length) problems.push('refused without naming a problem');
  for (const line of reported) if (!positioned.test(line)) problems.push(`a problem without FILE:LINE:COLUMN: ${line}`);
  if (!lines.some((line) => closing.test(line))) problems.push('no "refused …; nothing written" line');
  const left = readdirSync(outDir);
  if (left.length !== 1 || left[0] !== 'brief.pptx') problems.push(`the refused build left ${JSON.stringify(left)} in the output folder`);
  else if (!readFileSync(join(outDir, 'brief.pptx')).equals(EARLIER_DECK)) problems.push('the refused build overwrote the earlier deck');
  return problems;
}

/** Built: exit 0, the earlier deck replaced by a well-formed package, no temp files left beside it. */
function builtProblems(outDir: string): string[] {
  const left = readdirSync(outDir);
  if (left.length !== 1 || left[0] !== 'brief.pptx') return [`the build left ${JSON.stringify(left)} in the output folder`];
  const bytes = readFileSync(join(outDir, 'brief.pptx'));
  if (bytes.equals(EARLIER_DECK)) return ['exit 0 but the deck was not written'];
  return checkPackage(bytes).problems.map((p) => `the deck is broken: ${p}`);
}

/** Everything wrong with one build of `brief` into `outDir` (empty when the outcome is one the CLI may give). */
export function outcomeProblems(outcome: BuildOutcome, brief: string, outDir: string): string[] {
  if (/internal error|^\s+at .+:\d+:\d+\)?$/m.test(outcome.stderr)) return [`crashed (exit ${outcome.status}): ${outcome.stderr.slice(0, 2000)}`];
  const nodeWarning = /^\((node:\d+\) |Use `node --trace-warnings)/;
  const lines = outcome.stderr.split('\n');
  const leaked = [...new Set(lines.filter((line) => nodeWarning.test(line) && !line.startsWith('(Use')))].map(
    (line) => `Node printed a process warning: ${line}`,
  );
  const rest = { ...outcome, stderr: lines.filter((line) => !nodeWarning.test(line)).join('\n') };
  if (outcome.status === 0) return [...leaked, ...builtProblems(outDir)];
  if (outcome.status === 1) return [...leaked, ...refusalProblems(rest, brief, outDir)];
  return [`exit ${outcome.status}, expected 0 or 1: ${outcome.stderr.slice(0, 2000)}`];
}
