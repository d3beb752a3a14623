// A theme setting nothing reads is refused, not silently ignored: grid.columnGap and sizes.notes changed nothing on any slide.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBriefdeckError } from '../../src/errors.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { parseTheme } from '../../src/templates/theme.js';

const themeText = readFileSync(join(DEFAULT_TEMPLATES, 'theme.yaml'), 'utf8');

/** The shipped theme with one more line after the line that starts with `after`. */
function themeWith(after: string, line: string): string {
  const lines = themeText.split('\n');
  const at = lines.findIndex((l) => l.startsWith(after));
  expect(at, after).toBeGreaterThan(-1);
  lines.splice(at + 1, 0, line);
  return lines.join('\n');
}

function refusal(text: string): string {
  try {
    parseTheme(text, 'theme.yaml');
  } catch (e) {
    if (isBriefdeckError(e)) return e.message;
    throw e;
  }
  return 'accepted';
}

describe('theme settings', () => {
  it('accepts the shipped theme', () => {
    expect(refusal(themeText)).toBe('accepted');
  });

  it.each([
    ['grid.columnGap', '  blockGap:', '  columnGap: 0.4', /^theme\.yaml:\d+:\d+: grid: .*columnGap/],
    ['sizes.notes', '  tableMin:', '  notes: 12', /^theme\.yaml:\d+:\d+: sizes: .*notes/],
  ])('refuses %s, which no slide uses', (_name, after, line, expected) => {
    expect(refusal(themeWith(after, line))).toMatch(expected);
  });
});
