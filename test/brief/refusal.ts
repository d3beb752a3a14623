// Test helper: run brief text through the brief layer and return what the CLI would print for it.
import { briefFromText, type LoadedBrief } from '../../src/brief/load.js';
import { formatProblem } from '../../src/cli/output.js';
import { isBriefdeckError, type Problem } from '../../src/errors.js';

/** A brief with only the required keys; tests append or replace lines to break it one way at a time. */
export const VALID = `title: Staff talks
summary:
  - The two staffs met.
participants:
  - delegation: NATO
    members:
      - name: Major General Dacian-Tiberiu Șerban
        lead: true
topics:
  - title: Next meeting
`;

/** The problems the brief layer refuses `text` with (fails the test if it is accepted). */
export function refusal(text: string, file = 'brief.yaml'): Problem[] {
  try {
    briefFromText(text, file);
  } catch (e) {
    if (isBriefdeckError(e)) return e.problems;
    throw e;
  }
  throw new Error(`expected the brief to be refused, but it was accepted:\n${text}`);
}

/** Exactly what `briefdeck check` prints to stderr for the problems (without colour). */
export function printed(problems: Problem[]): string {
  return problems.map((p) => formatProblem(p)).join('\n');
}

/** The accepted brief (fails the test with the printed problems if it is refused). */
export function accepted(text: string, file = 'brief.yaml'): LoadedBrief {
  try {
    return briefFromText(text, file);
  } catch (e) {
    if (isBriefdeckError(e)) throw new Error(`expected the brief to be accepted, but:\n${printed(e.problems)}`, { cause: e });
    throw e;
  }
}

/** Only the first line of each problem: FILE:LINE:COLUMN: path: message */
export const heads = (problems: Problem[]) =>
  printed(problems)
    .split('\n')
    .filter((line) => !line.startsWith('  '));
