// Removes characters that XML forbids from every string in the brief, with a warning for each place.
import { warning, type Problem } from '../errors.js';
import { formatPath, locate, type KeyPath } from './locate.js';
import { sourceLine, type ParsedBrief } from './parse.js';

/** C0 controls other than tab/newline/CR, U+FFFE/U+FFFF, and lone surrogates are not allowed in XML 1.0. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripForbidden(text: string): string {
  return text.replace(FORBIDDEN, '');
}

export function hasForbidden(text: string): boolean {
  FORBIDDEN.lastIndex = 0;
  const found = FORBIDDEN.test(text);
  FORBIDDEN.lastIndex = 0;
  return found;
}

/** Strips forbidden characters in place; returns one warning per string changed. */
export function sanitizeBrief(parsed: ParsedBrief): Problem[] {
  const warnings: Problem[] = [];
  const visit = (value: unknown, path: KeyPath): unknown => {
    if (typeof value === 'string') {
      if (!hasForbidden(value)) return value;
      const position = locate(parsed.doc, parsed.lines, path);
      const count = value.length - stripForbidden(value).length;
      warnings.push(warning('sanitize', `removed ${count} control character(s) that PowerPoint files cannot hold`, { file: parsed.file, ...position, path: formatPath(path), sourceLine: sourceLine(parsed.text, position.line) }));
      return stripForbidden(value);
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, [...path, index]));
    if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) (value as Record<string, unknown>)[key] = visit(item, [...path, key]);
    }
    return value;
  };
  parsed.data = visit(parsed.data, []);
  return warnings;
}
