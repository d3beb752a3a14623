// Removes characters that XML forbids from every string in the brief, with a warning pointing at each place.
import { warning, type Problem } from '../errors.js';
import { findNode, formatPath, locate, type KeyPath } from '../shared/locate.js';
import { hasForbidden, stripForbidden, XML_FORBIDDEN as FORBIDDEN } from '../shared/xml.js';
import { sourceLine, type ParsedBrief } from './parse.js';

/** "U+0001, U+001B" — the characters removed, as code points (they have no visible form). */
function codePoints(text: string): string {
  const found = [...new Set(text.match(FORBIDDEN) ?? [])].map((ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return found.length > 3 ? `${found.slice(0, 3).join(', ')}, …` : found.join(', ');
}

/** Strips forbidden characters in place; returns one warning per string changed. */
export function sanitizeBrief(parsed: ParsedBrief): Problem[] {
  const warnings: Problem[] = [];
  const visit = (value: unknown, path: KeyPath): unknown => {
    if (typeof value === 'string') {
      if (!hasForbidden(value)) return value;
      const position = firstForbiddenAt(parsed, path);
      const count = value.length - stripForbidden(value).length;
      const message = `expected text a PowerPoint file can hold, found ${count === 1 ? 'a control character' : `${count} control characters`} (${codePoints(value)}); removed`;
      warnings.push(
        warning('sanitize', message, { file: parsed.file, ...position, path: formatPath(path), sourceLine: sourceLine(parsed.text, position.line) }),
      );
      return stripForbidden(value);
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, [...path, index]));
    if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
      for (const [key, item] of Object.entries(value)) (value as Record<string, unknown>)[key] = visit(item, [...path, key]);
    }
    return value;
  };
  parsed.data = visit(parsed.data, []);
  return warnings;
}

/** The raw character in the source when it is there (not written as an escape like "\x01"), else the value's start. */
function firstForbiddenAt(parsed: ParsedBrief, path: KeyPath): { line: number; column: number } {
  const range = findNode(parsed.doc, path).node?.range;
  if (range) {
    FORBIDDEN.lastIndex = 0;
    const match = FORBIDDEN.exec(parsed.text.slice(range[0], range[1]));
    FORBIDDEN.lastIndex = 0;
    if (match) {
      const { line, col } = parsed.lines.linePos(range[0] + match.index);
      return { line, column: col };
    }
  }
  return locate(parsed.doc, parsed.lines, path);
}
