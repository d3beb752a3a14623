// Checks parsed YAML against the brief schema and reports every problem at once with FILE:LINE:COLUMN.
import { isMap, isScalar } from 'yaml';
import type { z } from 'zod';
import { BriefdeckError, problem, warning, type Problem } from '../errors.js';
import { choicesAt, expectationAt, knownKeysAt, schemasAt } from './expect.js';
import { formatPath, locate, locateKey, findNode, type KeyPath, type Position } from '../shared/locate.js';
import { colonHint } from './hints.js';
import { foldedSubBullets } from './folded.js';
import { sourceLine, type ParsedBrief } from './parse.js';
import { slideLimitTrouble } from './size.js';
import { notARealDate } from './dates.js';
import { briefSchema, type Brief } from './schema.js';
import { closest } from '../shared/closest.js';
import { isKnownLanguage, suggestBoolean, suggestDate, suggestLanguage, suggestUrl } from './suggest.js';

export type Issue = z.core.$ZodIssue;

/** The typed brief, or a BriefdeckError listing every problem sorted by position; warnings for likely typos the contract allows. */
export function validateBrief(parsed: ParsedBrief): { brief: Brief; warnings: Problem[] } {
  const result = briefSchema.safeParse(parsed.data);
  const folded = foldedSubBullets(parsed); // valid YAML and valid text, but a sub-point lost into its parent
  if (result.success && !folded.length) {
    refuseOversized(result.data, parsed);
    return { brief: result.data, warnings: languageWarnings(result.data, parsed) };
  }
  const problems = result.success ? folded : [...problemsFor(result.error.issues, parsed), ...folded];
  throw new BriefdeckError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
}

/** The schema's issues as Problems at their positions, sorted; follow-ons of a misspelt key and duplicates left out. */
export function problemsFor(schemaIssues: readonly Issue[], parsed: ParsedBrief): Problem[] {
  const issues = schemaIssues.flatMap((issue) => pickUnionBranch(issue, parsed.data));
  const problems = withoutMissingMisspelt(issues.flatMap((issue) => toProblems(issue, parsed)));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return dedupe(problems);
}

/** For a shorthand-or-long-form union, report the errors of the form the user evidently chose. */
function pickUnionBranch(issue: Issue, data: unknown): Issue[] {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || !issue.errors?.length) return [issue];
  const branches = issue.errors.map((branch) => branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue));
  const asText = textBranch(branches, issue.path.length, valueAt(data, issue.path as KeyPath));
  if (asText) return asText;
  const matching = branches.find((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === issue.path.length));
  if (matching) return matching.flatMap((i) => pickUnionBranch(i, data));
  return [{ code: 'invalid_type', expected: 'union', path: issue.path, message: '' } as unknown as Issue];
}

/**
 * A point is text or `{text, points}`: a mapping with neither key (`- UK: the staffs met`, a colon in the point) was
 * meant as text, so it gets the text branch's "expected text, found a mapping" (and the colon hint), not unknown keys.
 */
function textBranch(branches: Issue[][], depth: number, value: unknown): Issue[] | undefined {
  if (!isMapping(value) || hasKey(value, 'text') || hasKey(value, 'points')) return undefined;
  return branches.find((b) => b.length === 1 && b[0].code === 'invalid_type' && b[0].expected === 'string' && b[0].path.length === depth);
}

const isMapping = (value: unknown): value is object => value !== null && typeof value === 'object' && !Array.isArray(value);

function toProblems(issue: Issue, parsed: ParsedBrief): Problem[] {
  const path = issue.path as KeyPath;
  const { file, doc, lines, text } = parsed;
  const at = (position: { line: number; column: number }, pathText: string, message: string, hint?: string): Problem =>
    problem('schema', message, { file, ...position, path: pathText || '(top level)', sourceLine: sourceLine(text, position.line), hint });

  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(path);
    const unused = known.filter((k) => !hasKey(valueAt(parsed.data, path), k));
    const positions = keyPositions(parsed, path); // once per mapping: finding each key anew was quadratic in the number of keys
    return issue.keys.map((key) => {
      const suggestion = closest(key, unused);
      const message = suggestion ? `unknown key; did you mean \`${suggestion}\`?` : 'unknown key';
      const hint = suggestion ? undefined : known.length ? `keys allowed here: ${known.join(', ')}` : undefined;
      return at(positions.get(key) ?? locateKey(doc, lines, path, key), formatPath([...path, key]), message, hint);
    });
  }
  const value = valueAt(parsed.data, path);
  if (value === undefined && issue.code === 'invalid_type') {
    const onPictureKey = path.at(-1) === 'alt' && path.at(-2) === 'image'; // the contract: a picture without alt is refused at its `image:`
    const hint = path[path.length - 1] === 'text' && pointDepth(path.slice(0, -1)) > 0 ? POINT_FORM : undefined;
    return [at(locate(doc, lines, path.slice(0, -1), onPictureKey), formatPath(path), `required key is missing; expected ${expectationAt(path)}`, hint)];
  }
  const point = pointProblem(issue, value, path);
  if (point) return [at(locate(doc, lines, path), formatPath(path), point.message, point.hint)];
  const { message, hint } = messageFor(issue, value, path, writtenAt(parsed, path));
  return [at(locate(doc, lines, path), formatPath(path), message, hint ?? colonHint(issue, value, path, parsed))];
}

const POINT_FORM = 'a point with sub-points is written `- text: The point` with its sub-points in a list under `points:`';

/** How many point lists deep `path` is: 1 for a top-level point, 2 for a sub-point, 3 for a sub-point's sub-point. */
function pointDepth(path: KeyPath): number {
  let depth = (path[0] === 'summary' || path[0] === 'takeaways') && typeof path[1] === 'number' ? 1 : 0; // the list shorthand
  for (let i = 0; i < path.length - 1; i++) if (path[i] === 'points' && typeof path[i + 1] === 'number') depth++;
  return typeof path[path.length - 1] === 'number' ? depth : 0;
}

/** A point with sub-points one level too deep, or a list where a point belongs: said in the brief's terms. */
function pointProblem(issue: Issue, value: unknown, path: KeyPath): { message: string; hint: string } | undefined {
  if (issue.code !== 'invalid_type' || expectationAt(path) !== 'text') return undefined;
  const depth = pointDepth(path);
  if (depth >= 3 && isMapping(value) && (hasKey(value, 'text') || hasKey(value, 'points'))) {
    return {
      message: 'expected text, found a point with sub-points: points go at most two levels below the top',
      hint: 'write this third-level point as text only, and move its sub-points up a level or into its text',
    };
  }
  if (depth >= 1 && Array.isArray(value)) return { message: `expected text, found ${describeValue(value)}`, hint: POINT_FORM };
  return undefined;
}

/** Where each key of the mapping at `path` is written (the first time it is). */
function keyPositions(parsed: ParsedBrief, path: KeyPath): Map<string, Position> {
  const positions = new Map<string, Position>();
  const { node } = findNode(parsed.doc, path);
  if (!isMap(node)) return positions;
  for (const pair of node.items) {
    if (!isScalar(pair.key) || positions.has(String(pair.key.value))) continue;
    const { line, col } = parsed.lines.linePos(pair.key.range?.[0] ?? 0);
    positions.set(String(pair.key.value), { line, column: col });
  }
  return positions;
}

/** The value at `path` as the brief writes it (`1e400`, not Infinity), when it is a scalar. */
function writtenAt(parsed: ParsedBrief, path: KeyPath): string | undefined {
  const { node } = findNode(parsed.doc, path);
  return isScalar(node) && node.range ? parsed.text.slice(node.range[0], node.range[1]).trim() : undefined;
}

function messageFor(issue: Issue, value: unknown, path: KeyPath, written = String(value)): { message: string; hint?: string } {
  const found = describeValue(value);
  const expected = expectationAt(path);
  const suggestion = suggestValue(value, path);
  const hint = suggestion !== undefined ? `did you mean ${suggestion}?` : quoteHint(issue, value, path, written);
  switch (issue.code) {
    case 'invalid_type':
      return { message: `expected ${expected}, found ${found}`, hint };
    case 'too_small':
      if (issue.origin === 'string') return { message: `expected non-empty text, found ${found}` };
      if (issue.origin === 'array')
        return { message: `${issue.message.startsWith('Too small') ? `expected at least ${issue.minimum} item(s)` : issue.message}, found an empty list` };
      return { message: `expected ${expected}, found ${found}`, hint };
    case 'too_big':
      return { message: `expected ${expected}, found ${found}`, hint };
    case 'invalid_value': // a choice of words: the choices, and what was written as written
      return { message: `expected ${expected}, found ${typeof value === 'string' ? JSON.stringify(value) : found}`, hint };
    default:
      if (issue.message === 'is not a real calendar date')
        return { message: `expected a real calendar date, found ${found} (${notARealDate(String(value)) ?? 'not a real date'})` };
      if (!issue.message.startsWith('expected')) return { message: `expected ${expected}, found ${found}`, hint };
      // a message of the schema's own says what it found, or speaks of a mapping's keys ("found a mapping" adds nothing)
      return { message: /\bfound\b/.test(issue.message) || isMapping(value) ? issue.message : `${issue.message}, found ${found}`, hint };
  }
}

/** A likely intended value for a near-miss, shown only if the schema would accept it. */
function suggestValue(value: unknown, path: KeyPath): string | undefined {
  const key = String(path[path.length - 1]);
  const candidates = [
    suggestBoolean(value),
    key === 'language' ? suggestLanguage(value) : undefined,
    /date|_on$/.test(key) ? suggestDate(value) : undefined,
    key === 'url' ? suggestUrl(value) : undefined,
    typeof value === 'string' ? closest(value, choicesAt(path)) : undefined,
  ];
  const accepted = candidates.find(
    (c) => c !== undefined && schemasAt(path).some((s) => (s as z.ZodType).safeParse(c === 'true' ? true : c === 'false' ? false : c).success),
  );
  return accepted === undefined ? undefined : `\`${accepted}\``;
}

/** Numbers and true/false where text belongs: YAML read them as such; quoting keeps them as text. */
function quoteHint(issue: Issue, value: unknown, path: KeyPath, written: string): string | undefined {
  if (issue.code !== 'invalid_type' || !['number', 'boolean'].includes(typeof value) || expectationAt(path) !== 'text') return undefined;
  const last = path[path.length - 1];
  return `put it in quotes to keep it as text: ${typeof last === 'number' ? '-' : `${last}:`} "${written}"`; // a list item is written `- "…"`
}

/** The slide limit again on the typed brief, for topics the syntax tree could not count (written through an alias, or in a flow mapping). */
function refuseOversized(brief: Brief, parsed: ParsedBrief): void {
  const over = slideLimitTrouble(brief.topics.length, brief.background?.length ?? 0);
  if (!over) return;
  const position = locate(parsed.doc, parsed.lines, [over.path], true);
  throw new BriefdeckError([
    problem('limit', over.message, { file: parsed.file, ...position, path: over.path, sourceLine: sourceLine(parsed.text, position.line), hint: over.hint }),
  ]);
}

/** A well-formed tag the system has no formats for ("French", "xx") would give English dates without a word. */
function languageWarnings(brief: Brief, parsed: ParsedBrief): Problem[] {
  if (!brief.language || isKnownLanguage(brief.language)) return [];
  const suggestion = suggestLanguage(brief.language);
  const message = `expected a language tag this system knows, such as en-GB, fr-FR or zh-CN, found ${describeValue(brief.language)}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`;
  return [warnAt(parsed, ['language'], message, 'dates fall back to the default language of the computer that builds the deck')];
}

function warnAt(parsed: ParsedBrief, path: KeyPath, message: string, hint: string): Problem {
  const position = locate(parsed.doc, parsed.lines, path);
  return warning('schema', message, { file: parsed.file, ...position, path: formatPath(path), sourceLine: sourceLine(parsed.text, position.line), hint });
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (an empty value)';
  if (Array.isArray(value)) return value.length ? 'a list' : 'an empty list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return value.trim() === '' ? `empty text ${JSON.stringify(value)}` : `text ${shorten(JSON.stringify(value))}`;
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
}

const shorten = (s: string) => (s.length > 50 ? `${s.slice(0, 48)}…"` : s);

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const hasKey = (value: unknown, key: string) => value !== null && typeof value === 'object' && Object.hasOwn(value, key);

/** `sumary:` gives "unknown key; did you mean `summary`?" — the "summary is missing" it also causes says nothing more. */
function withoutMissingMisspelt(problems: Problem[]): Problem[] {
  const meant = new Set(
    problems.flatMap((p) => {
      const match = /^unknown key; did you mean `(.+)`\?$/.exec(p.message);
      return match && p.path ? [p.path.replace(/[^.[\]]+$/, match[1])] : [];
    }),
  );
  return problems.filter((p) => !(p.message.startsWith('required key is missing') && meant.has(p.path!)));
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.path}:${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
