// Errors in the brief's own sections, printed as the CLI shows them: enum choices with did-you-mean, custom messages without a second "found".
import { describe, expect, it } from 'vitest';
import { printed, refusal, VALID } from './refusal.js';

const withSections = (...lines: string[]) => `${VALID}sections:\n${lines.join('\n')}\n`;

describe('errors in sections (review findings h-nowhere, h-badrow, h-titleonly)', () => {
  it('names the choices of after: and what was written, with did-you-mean for a near miss', () => {
    const text = withSections('  - title: A', '    after: nowhere', '    points: [x]', '  - title: B', '    after: sumary', '    points: [y]');
    expect(printed(refusal(text))).toBe(
      [
        'brief.yaml:13:12: sections[0].after: expected one of title, summary, participants, topics, background, takeaways, found "nowhere"',
        '  13 |     after: nowhere',
        '                  ^',
        'brief.yaml:16:12: sections[1].after: expected one of title, summary, participants, topics, background, takeaways, found "sumary"',
        '  16 |     after: sumary',
        '                  ^',
        '  hint: did you mean `summary`?',
      ].join('\n'),
    );
  });

  it('says once what a row with the wrong number of cells has', () => {
    const text = withSections('  - title: A', '    table:', '      columns: [a, b, c]', '      rows:', '        - [1, 2, 3]', '        - [only, two]');
    expect(printed(refusal(text))).toBe(
      ['brief.yaml:17:11: sections[0].table.rows[1]: expected 3 cells (one per column), found 2', '  17 |         - [only, two]', '                 ^'].join(
        '\n',
      ),
    );
  });

  it('says what a section with only a title lacks, without "found a mapping"', () => {
    expect(printed(refusal(withSections('  - title: Just a title')))).toBe(
      ['brief.yaml:12:5: sections[0]: expected at least one of points, table, image', '  12 |   - title: Just a title', '           ^'].join('\n'),
    );
  });
});
