// With YAML syntax errors, the schema problems that can still be trusted: those inside top-level entries that no syntax error touches.
import { isMap, isScalar, type LineCounter, type Pair } from 'yaml';
import type { Problem } from '../errors.js';
import { aliasTrouble, MAX_ALIAS_COUNT, unresolvedAliases } from './limits.js';
import type { ParsedBrief } from './parse.js';
import { briefSchema } from './schema.js';
import { problemsFor, type Issue } from './validate.js';

/**
 * The rule: a top-level entry is trusted when its key stands in the column of the other top-level keys and
 * no syntax error lies on its lines (see linesOf); only trusted entries are validated. Keys missing at the top
 * level are not reported (a syntax error may be what hides them), and nothing is when the top level is not
 * a mapping or its aliases are broken.
 */
export function trustedSchemaProblems(partial: ParsedBrief, syntax: Problem[]): Problem[] {
  const { doc, lines } = partial;
  if (!isMap(doc.contents) || unresolvedAliases(doc).length || aliasTrouble(doc)) return [];
  const errorLines = [...syntax.map((p) => p.line ?? 1), ...doc.errors.map((e) => lines.linePos(e.pos[0]).line)].sort((a, b) => a - b); // with the errors folded into one problem
  const anyErrorIn = (first: number, last: number) => {
    const index = firstAtOrAfter(errorLines, first);
    return index < errorLines.length && errorLines[index] <= last;
  };
  const pairs = doc.contents.items as Pair[];
  const column = (pair: Pair) => lines.linePos(keyStart(pair) ?? 0).col;
  const data: Record<string, unknown> = {};
  pairs.forEach((pair, i) => {
    const [first, last] = linesOf(pair, pairs[i + 1], lines);
    if (!isScalar(pair.key) || column(pair) !== column(pairs[0]) || anyErrorIn(first, last)) return;
    const key = String(pair.key.value);
    if (Object.hasOwn(data, key)) return;
    try {
      const value = (pair.value as { toJS?: (...args: unknown[]) => unknown } | null)?.toJS?.(doc, { maxAliasCount: 4 * MAX_ALIAS_COUNT }) ?? null;
      Object.defineProperty(data, key, { value, enumerable: true, writable: true, configurable: true }); // `__proto__` too, as a key
    } catch {
      // a value that cannot be read as data is left unreported: the syntax errors come first
    }
  });
  if (!Object.keys(data).length) return [];
  const result = briefSchema.safeParse(data);
  if (result.success) return [];
  const hiddenByError = (issue: Issue) => issue.path.length === 1 && !Object.hasOwn(data, String(issue.path[0]));
  return problemsFor(
    result.error.issues.filter((issue) => !hiddenByError(issue)),
    { ...partial, data },
  );
}

const keyStart = (pair: Pair | undefined): number | undefined => (pair?.key as { range?: number[] } | null)?.range?.[0];

/**
 * The lines a syntax error must stay off for a top-level entry to be trusted: its key's line to the next
 * key's line, that one included (an error there can mean the line belongs to this entry, as a tab-indented
 * `members:` does); the last entry runs to the end of the file.
 */
function linesOf(pair: Pair, next: Pair | undefined, lines: LineCounter): [number, number] {
  const [start, nextStart] = [keyStart(pair), keyStart(next)];
  if (start === undefined) return [1, Infinity];
  return [lines.linePos(start).line, nextStart === undefined ? Infinity : lines.linePos(nextStart).line];
}

/** Index of the first number in sorted `values` that is at least `wanted` (binary search: briefs can have thousands of errors and entries). */
function firstAtOrAfter(values: number[], wanted: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < wanted) low = middle + 1;
    else high = middle;
  }
  return low;
}
