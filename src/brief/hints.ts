// Hints for the commonest YAML slips the schema sees: a colon inside a point (a `key: value` mapping), a brief of one line without its colon.
import { expectationAt } from './expect.js';
import { findNode, type KeyPath } from '../shared/locate.js';
import { sourceLine, type ParsedBrief } from './parse.js';
import type { Issue } from './validate.js';

/** `- UK: text` where a point belongs is a one-entry mapping to YAML: show the line with the text in quotes. */
export function colonHint(issue: Issue, value: unknown, path: KeyPath, parsed: ParsedBrief): string | undefined {
  if (issue.code === 'invalid_type' && path.length === 0 && typeof value === 'string') return missingColonHint(value);
  if (issue.code !== 'invalid_type' || !isOneLineEntry(value) || expectationAt(path) !== 'text') return undefined;
  const { node } = findNode(parsed.doc, path);
  const [start, end] = node?.range ?? [];
  if (start === undefined || end === undefined || parsed.text.slice(start, end).trimEnd().includes('\n')) return undefined;
  const { line, col } = parsed.lines.linePos(start);
  const source = sourceLine(parsed.text, line);
  const written = source
    .slice(col - 1)
    .replace(/\s+#.*$/, '')
    .trimEnd();
  const quoted = `${source.slice(0, col - 1)}"${written.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`.trimStart();
  const what = typeof path[path.length - 1] === 'number' ? 'the point' : 'the text';
  return `a colon followed by a space makes \`key: value\`; put ${what} in quotes: ${quoted}`;
}

function isOneLineEntry(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length !== 1) return false;
  const inner: unknown = Object.values(value)[0];
  return inner === null || (typeof inner !== 'object' && !String(inner).includes('\n'));
}

/** A whole brief read as one piece of text (`title 8th dialogue`): the colon after the first key is missing. */
function missingColonHint(value: string): string | undefined {
  const words = /^([A-Za-z_]+) +(\S.*)$/.exec(value.trim());
  return words && !value.includes('\n') ? `missing colon after the key? write \`${words[1]}: ${words[2]}\`` : undefined;
}
