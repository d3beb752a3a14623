// Vitest global setup: says once what the tests need that is missing here (programs, fonts) and what installs it; with CI set, anything missing fails the run.
import { EVERYTHING, inCi, installLine, missingOf } from '../helpers/tools.js';

/** Set once said: every project of the run (unit, libreoffice) runs this setup in the same process. */
const SAID = Symbol.for('briefdeck.tests.missing-programs-said');

export default function setup(): (() => void) | undefined {
  const absent = missingOf(...EVERYTHING);
  if (!absent.length) return undefined;
  if (inCi()) throw new Error(`CI is set: no test may be skipped, but the tests need ${installLine(absent)}`);
  const global = globalThis as { [SAID]?: boolean };
  if (global[SAID]) return undefined;
  global[SAID] = true;
  // After the run, under vitest's summary and its count of skipped tests, where it is read.
  return () => {
    process.stdout.write(`\nSkipped: the tests that need ${installLine(absent)}\n`);
  };
}
