// YAML syntax errors, printed exactly as the CLI shows them: FILE:LINE:COLUMN, a plain message, the line quoted, a caret under the column.
import { describe, expect, it } from 'vitest';
import { heads, printed, refusal, VALID } from './refusal.js';

const withLines = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('YAML syntax errors', () => {
  it('points at the bracket that is never closed, with the line quoted and a caret under the column', () => {
    const text = VALID.replace('  - title: Next meeting', '  - title: [Next meeting');
    expect(printed(refusal(text))).toBe(
      withLines(
        'brief.yaml:10:12: YAML syntax error: expected a closing ] for the list that opens here, found none',
        '  10 |   - title: [Next meeting',
        '                  ^',
      ).trimEnd(),
    );
  });

  it('points at the quote that is never closed, not at the end of the file', () => {
    const text = VALID.replace('title: Staff talks', 'title: "Staff talks');
    expect(printed(refusal(text))).toBe(
      [
        'brief.yaml:1:8: YAML syntax error: expected a closing " for the quoted text that starts here, found none',
        '  1 | title: "Staff talks',
        '             ^',
      ].join('\n'),
    );
  });

  it('reports a tab used for indentation once, with the tab kept in the caret line so it lines up', () => {
    const text = VALID.replace('    members:', '\tmembers:');
    expect(printed(refusal(text))).toBe(
      [
        'brief.yaml:6:1: YAML syntax error: expected spaces for indentation, found a tab',
        '  6 | \tmembers:',
        '      ^',
        '  hint: replace the tab with spaces (YAML does not allow tabs for indentation)',
      ].join('\n'),
    );
  });

  it('names a duplicated key and where it was first given', () => {
    const text = `${VALID}title: Another title\n`;
    expect(printed(refusal(text))).toBe(
      [
        'brief.yaml:11:1: YAML syntax error: the key `title` appears twice in the same mapping',
        '  11 | title: Another title',
        '       ^',
        '  hint: first given on line 1; keep one of them',
      ].join('\n'),
    );
  });

  it('explains `key: key: value` on one line', () => {
    const text = VALID.replace('title: Staff talks', 'title: Staff talks: a readout');
    expect(heads(refusal(text))).toEqual(['brief.yaml:1:8: YAML syntax error: expected a value after `key:`, found another `key: value` on the same line']);
  });

  it('refuses a second YAML document', () => {
    expect(heads(refusal(`${VALID}---\ntitle: Second\n`))).toEqual([
      'brief.yaml:11:1: YAML syntax error: expected one YAML document, found a second one (a line `---` or `...` starts a new document)',
    ]);
  });

  it('reports syntax errors on different lines all at once, in line order', () => {
    const text = VALID.replace('title: Staff talks', 'title: [Staff talks').replace('  - title: Next meeting', '  - title: "Next meeting');
    expect(heads(refusal(text)).map((line) => line.split(': ')[0])).toEqual(['brief.yaml:1:8', 'brief.yaml:10:12']);
  });
});
