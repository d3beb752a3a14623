// Checks parsed YAML against the brief schema and reports every problem at once with FILE:LINE:COLUMN.
import type { z } from 'zod';
import { BriefdeckError, problem, type Problem } from '../errors.js';
import { formatPath, locate, locateKey, type KeyPath } from './locate.js';
import type { ParsedBrief } from './parse.js';
import { sourceLine } from './parse.js';
import { briefSchema, type Brief } from './schema.js';
import { closest } from './suggest.js';

type Issue = z.core.$ZodIssue;

export function validateBrief(parsed: ParsedBrief): Brief {
  const result = briefSchema.safeParse(parsed.data);
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap((issue) => pickUnionBranch(issue, parsed.data));
  const problems = issues.flatMap((issue) => toProblems(issue, parsed));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  throw new BriefdeckError(dedupe(problems));
}

/** For a shorthand-or-long-form union, report the errors of the form the user evidently chose. */
function pickUnionBranch(issue: Issue, data: unknown): Issue[] {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || !issue.errors?.length) return [issue];
  const value = valueAt(data, issue.path);
  if (value === undefined) return [{ code: 'invalid_type', expected: unionExpectation(issue.path), path: issue.path, message: '' } as unknown as Issue];
  const kind = Array.isArray(value) ? 'array' : typeof value === 'object' && value !== null ? 'object' : typeof value;
  const branches = issue.errors.map((branch) => branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue));
  const matching = branches.find((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === issue.path.length));
  if (matching) return matching.flatMap((i) => pickUnionBranch(i, data));
  const expected = unionExpectation(issue.path);
  return [{ ...issue, code: 'custom', message: `expected ${expected}, found ${describeKind(kind, value)}` } as Issue];
}

function unionExpectation(path: readonly PropertyKey[]): string {
  const key = String(path[path.length - 1] ?? '');
  if (key === 'summary' || key === 'takeaways') return 'a list of points or a mapping with `points` and `notes`';
  if (key === 'participants') return 'a list of delegations or a mapping with `delegations` and `notes`';
  if (key === 'background') return 'an earlier event (a mapping with `title`) or a list of them';
  if (key === 'date') return 'a date as YYYY, YYYY-MM or YYYY-MM-DD';
  return 'a different kind of value';
}

function toProblems(issue: Issue, parsed: ParsedBrief): Problem[] {
  const path = issue.path as KeyPath;
  const { file, doc, lines, text } = parsed;
  const at = (position: { line: number; column: number }, pathText: string, message: string, hint?: string): Problem =>
    problem('schema', message, { file, ...position, path: pathText || '(top level)', sourceLine: sourceLine(text, position.line), hint });

  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(path);
    return issue.keys.map((key) => {
      const suggestion = closest(key, known);
      const hint = suggestion ? `did you mean \`${suggestion}\`?` : known.length ? `known keys: ${known.join(', ')}` : undefined;
      return at(locateKey(doc, lines, path, key), formatPath([...path, key]), 'unknown key', hint);
    });
  }
  const value = valueAt(parsed.data, path);
  if (value === undefined && issue.code === 'invalid_type') {
    const parent = path.slice(0, -1);
    return [at(locate(doc, lines, parent), formatPath(path), `is required (${expectedText(issue)})`)];
  }
  return [at(locate(doc, lines, path), formatPath(path), messageFor(issue, value))];
}

function messageFor(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${expectedText(issue)}, found ${describeKind(kindOf(value), value)}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : issue.message.startsWith('Too small') ? `must have at least ${issue.minimum} item(s)` : issue.message;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    default: {
      if (/\bfound\b/.test(issue.message)) return issue.message;
      const message = issue.message.startsWith('Invalid') ? issue.message.toLowerCase() : issue.message;
      return `${message}, found ${describeKind(kindOf(value), value)}`;
    }
  }
}

function expectedText(issue: Issue): string {
  const expected = 'expected' in issue ? String(issue.expected) : 'a value';
  const words: Record<string, string> = { string: 'text', array: 'a list', object: 'a mapping', boolean: 'true or false', number: 'a number', int: 'a whole number' };
  return words[expected] ?? expected;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function describeKind(kind: string, value: unknown): string {
  const shown = (v: unknown) => JSON.stringify(v)?.slice(0, 40);
  switch (kind) {
    case 'null': return 'nothing (an empty value)';
    case 'array': return 'a list';
    case 'object': return 'a mapping';
    case 'string': return `text ${shown(value)}`;
    case 'number': return `the number ${shown(value)}`;
    case 'boolean': return `${shown(value)}`;
    case 'undefined': return 'nothing';
    default: return kind;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (Array.isArray(value) && typeof key === 'string') continue; // shorthand list
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The keys the schema knows for the mapping at `path` (for did-you-mean). */
function knownKeysAt(path: KeyPath): string[] {
  let schemas: z.core.$ZodType[] = [briefSchema as unknown as z.core.$ZodType];
  for (const key of path) schemas = schemas.flatMap((s) => childSchemas(s, key));
  return [...new Set(schemas.flatMap((s) => Object.keys(objectShape(s) ?? {})))];
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return unwrap(def.innerType as z.core.$ZodType);
  if (def.type === 'pipe') return unwrap(def.in as z.core.$ZodType);
  if (def.type === 'union') return (def.options as z.core.$ZodType[]).flatMap(unwrap);
  return [schema];
}

function objectShape(schema: z.core.$ZodType): Record<string, z.core.$ZodType> | undefined {
  const def = schema._zod.def as unknown as { type: string; shape?: Record<string, z.core.$ZodType> };
  return def.type === 'object' ? def.shape : undefined;
}

function childSchemas(schema: z.core.$ZodType, key: string | number): z.core.$ZodType[] {
  return unwrap(schema).flatMap((s) => {
    const def = s._zod.def as unknown as { type: string; element?: z.core.$ZodType };
    if (def.type === 'array' && typeof key === 'number') return unwrap(def.element!);
    const shape = objectShape(s);
    return shape && typeof key === 'string' && shape[key] ? unwrap(shape[key]) : [];
  });
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.path}:${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
