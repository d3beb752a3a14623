// Every kind of schema error, printed exactly as the CLI shows it: FILE:LINE:COLUMN: key.path: expected …, found …, the line, a caret.
import { describe, expect, it } from 'vitest';
import { accepted, heads, printed, refusal, VALID } from './refusal.js';

const withLines = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('schema errors', () => {
  it('lists every missing required key at once, each saying what belongs there', () => {
    expect(printed(refusal('title: Staff talks\n'))).toBe(
      [
        'brief.yaml:1:1: summary: required key is missing; expected a list of points or a mapping with `points` and `notes`',
        '  1 | title: Staff talks',
        '      ^',
        'brief.yaml:1:1: participants: required key is missing; expected a list of delegations or a mapping with `delegations`',
        '  1 | title: Staff talks',
        '      ^',
        'brief.yaml:1:1: topics: required key is missing; expected a list',
        '  1 | title: Staff talks',
        '      ^',
      ].join('\n'),
    );
  });

  it('reports a missing key at depth at the mapping that lacks it', () => {
    const text = VALID.replace('      - name: Major General Dacian-Tiberiu Șerban\n', '      - role: Director\n');
    expect(printed(refusal(text))).toBe(
      ['brief.yaml:7:9: participants[0].members[0].name: required key is missing; expected text', '  7 |       - role: Director', '              ^'].join('\n'),
    );
  });

  it('gives a did-you-mean for a misspelt key, at top level and at depth', () => {
    const text = VALID.replace('summary:', 'sumary:').replace('        lead: true', '        laed: true');
    expect(printed(refusal(text))).toBe(
      [
        // not also "summary: required key is missing": the did-you-mean says it
        'brief.yaml:2:1: sumary: unknown key; did you mean `summary`?',
        '  2 | sumary:',
        '      ^',
        'brief.yaml:8:9: participants[0].members[0].laed: unknown key; did you mean `lead`?',
        '  8 |         laed: true',
        '              ^',
      ].join('\n'),
    );
  });

  it('lists the keys allowed where an unknown key is unlike any of them', () => {
    expect(printed(refusal(`${VALID}colour: blue\n`))).toBe(
      [
        'brief.yaml:11:1: colour: unknown key',
        '  11 | colour: blue',
        '       ^',
        '  hint: keys allowed here: title, subtitle, event, classification, prepared_by, prepared_on, language, summary, participants, topics, background, takeaways, sections, timeline, sources',
      ].join('\n'),
    );
  });

  it('quotes a number in a list as the list item it is, written as the brief writes it', () => {
    const text = VALID.replace('  - title: Next meeting', '  - title: Next meeting\n    points: [1e400, 0x1F]');
    const hints = refusal(text).map((p) => p.hint);
    expect(hints).toEqual(['put it in quotes to keep it as text: - "1e400"', 'put it in quotes to keep it as text: - "0x1F"']);
  });

  it('says what type was expected and what was found, at any depth, with a hint to quote numbers', () => {
    const text = VALID.replace('title: Staff talks', 'title: 8')
      .replace('        lead: true', '        lead: yes')
      .replace('  - title: Next meeting', '  - title: Next meeting\n    points: none');
    expect(printed(refusal(text))).toBe(
      [
        'brief.yaml:1:8: title: expected text, found the number 8',
        '  1 | title: 8',
        '             ^',
        '  hint: put it in quotes to keep it as text: title: "8"',
        'brief.yaml:8:15: participants[0].members[0].lead: expected true or false, found text "yes"',
        '  8 |         lead: yes',
        '                    ^',
        '  hint: did you mean `true`?',
        'brief.yaml:11:13: topics[0].points: expected a list, found text "none"',
        '  11 |     points: none',
        '                   ^',
      ].join('\n'),
    );
  });

  it('names both accepted forms when a shorthand-or-long-form key gets neither', () => {
    const text = VALID.replace('summary:\n  - The two staffs met.', 'summary: The two staffs met.');
    expect(heads(refusal(text))).toEqual([
      'brief.yaml:2:10: summary: expected a list of points or a mapping with `points` and `notes`, found text "The two staffs met."',
    ]);
    const background = `${VALID}background: 2023\n`;
    expect(heads(refusal(background))).toEqual(['brief.yaml:11:13: background: expected a mapping with `title`, or a list of them, found the number 2023']);
  });

  it('refuses empty text and empty lists, saying so', () => {
    const text = VALID.replace('title: Staff talks', 'title: "   "')
      .replace('  - The two staffs met.', '  - ""')
      .replace('topics:\n  - title: Next meeting', 'topics: []');
    expect(heads(refusal(text))).toEqual([
      'brief.yaml:1:8: title: expected non-empty text, found empty text "   "',
      'brief.yaml:3:5: summary[0]: expected non-empty text, found empty text ""',
      'brief.yaml:9:9: topics: must list at least one topic, found an empty list',
    ]);
  });

  it('reports a key given no value as nothing found', () => {
    const text = VALID.replace('      - name: Major General Dacian-Tiberiu Șerban', '      - name:');
    expect(heads(refusal(text))).toEqual(['brief.yaml:7:14: participants[0].members[0].name: expected text, found nothing (an empty value)']);
  });
});

describe('dates', () => {
  const withEvent = (date: string) => `${VALID}event:\n  date: ${date}\n`;

  it('refuses a date that is not YYYY-MM-DD and suggests the ISO form', () => {
    expect(printed(refusal(withEvent('14/03/2024')))).toBe(
      [
        'brief.yaml:12:9: event.date: expected an ISO date YYYY-MM-DD, found text "14/03/2024"',
        '  12 |   date: 14/03/2024',
        '               ^',
        '  hint: did you mean `2024-03-14`?',
      ].join('\n'),
    );
    expect(refusal(withEvent('14 March 2024'))[0].hint).toBe('did you mean `2024-03-14`?');
    expect(refusal(withEvent('2024-3-5'))[0].hint).toBe('did you mean `2024-03-05`?');
    expect(refusal(withEvent('05/03/2024'))[0].hint).toBeUndefined(); // 5 March or May 3: no guess
  });

  it('refuses a day that does not exist, saying why', () => {
    expect(heads(refusal(withEvent('2024-02-30')))).toEqual([
      'brief.yaml:12:9: event.date: expected a real calendar date, found text "2024-02-30" (February 2024 has 29 days)',
    ]);
    expect(heads(refusal(withEvent('2023-13-01')))).toEqual([
      'brief.yaml:12:9: event.date: expected a real calendar date, found text "2023-13-01" (there is no month 13)',
    ]);
  });

  it('accepts YYYY, YYYY-MM and YYYY-MM-DD where partial dates are allowed, and nothing else', () => {
    const withSource = (date: string) => `${VALID}sources:\n  - title: Press release\n    date: ${date}\n`;
    for (const date of ['2023', '2023-02', '2023-02-21']) expect(accepted(withSource(date)).brief.sources![0].date).toBe(date);
    expect(heads(refusal(withSource('20')))).toEqual([
      'brief.yaml:13:11: sources[0].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found the number 20',
    ]);
    expect(heads(refusal(withSource('Feb 2023')))).toEqual([
      'brief.yaml:13:11: sources[0].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found text "Feb 2023"',
    ]);
    expect(refusal(withSource('Feb 2023'))[0].hint).toBe('did you mean `2023-02`?');
  });
});

describe('URLs and language tags', () => {
  it('refuses a URL that is not absolute and suggests the https form', () => {
    const text = `${VALID}sources:\n  - title: Press release\n    url: www.example.org/press?id=8&lang=en\n`;
    expect(printed(refusal(text))).toBe(
      [
        'brief.yaml:13:10: sources[0].url: expected an absolute http(s) or mailto URL, found text "www.example.org/press?id=8&lang=en"',
        '  13 |     url: www.example.org/press?id=8&lang=en',
        '                ^',
        '  hint: did you mean `https://www.example.org/press?id=8&lang=en`?',
      ].join('\n'),
    );
    expect(refusal(`${VALID}sources:\n  - title: A\n    url: "javascript:alert(1)"\n`)[0].message).toMatch(/^expected an absolute http\(s\) or mailto URL/);
  });

  it('refuses a malformed language tag, with a did-you-mean', () => {
    expect(printed(refusal(`${VALID}language: en_GB\n`))).toBe(
      [
        'brief.yaml:11:11: language: expected a BCP 47 language tag such as en-GB, fr-FR or zh-CN, found text "en_GB"',
        '  11 | language: en_GB',
        '                 ^',
        '  hint: did you mean `en-GB`?',
      ].join('\n'),
    );
  });

  it('warns (and builds) when a well-formed tag names no language the system knows', () => {
    const { warnings } = accepted(`${VALID}language: French\n`);
    expect(heads(warnings)).toEqual([
      'brief.yaml:11:11: warning: language: expected a language tag this system knows, such as en-GB, fr-FR or zh-CN, found text "French"; did you mean `fr-FR`?',
    ]);
  });
});

describe('all problems at once', () => {
  it('reports every problem of a badly broken brief in one run, sorted by line then column', () => {
    const text = withLines(
      'title: ""',
      'subtitle: 3',
      'event:',
      '  date: 2024-02-30',
      '  locaton: Beijing',
      'summary: {points: [a], note: b}',
      'participants:',
      '  - delegation: NATO',
      '    members:',
      '      - name: A',
      '        lead: no',
      'topics:',
      '  - title: T',
      '    points: [1, ""]',
      'sources:',
      '  - url: ftp://example.org',
    );
    const problems = refusal(text);
    expect(heads(problems)).toEqual([
      'brief.yaml:1:8: title: expected non-empty text, found empty text ""',
      'brief.yaml:2:11: subtitle: expected text, found the number 3',
      'brief.yaml:4:9: event.date: expected a real calendar date, found text "2024-02-30" (February 2024 has 29 days)',
      'brief.yaml:5:3: event.locaton: unknown key; did you mean `location`?',
      'brief.yaml:6:24: summary.note: unknown key; did you mean `notes`?',
      'brief.yaml:11:15: participants[0].members[0].lead: expected true or false, found text "no"',
      'brief.yaml:14:14: topics[0].points[0]: expected text, found the number 1',
      'brief.yaml:14:17: topics[0].points[1]: expected non-empty text, found empty text ""',
      'brief.yaml:16:5: sources[0].title: required key is missing; expected text',
      'brief.yaml:16:10: sources[0].url: expected an absolute http(s) or mailto URL, found text "ftp://example.org"',
    ]);
    const positions = problems.map((p) => [p.line!, p.column!]);
    expect(positions).toEqual([...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });
});

describe('empty and odd documents', () => {
  it('refuses an empty file and a file of only comments, pointing at line 1', () => {
    for (const text of ['', '# just a comment\n', '\n\n']) {
      expect(heads(refusal(text))).toEqual(['brief.yaml:1:1: expected a mapping with title, summary, participants and topics, found an empty brief']);
    }
  });

  it('refuses a list or plain text where the brief mapping belongs', () => {
    expect(heads(refusal('- a\n- b\n'))).toEqual([
      'brief.yaml:1:1: (top level): expected a mapping with `title`, `summary`, `participants` and `topics`, found a list',
    ]);
    expect(heads(refusal('just some text\n'))).toEqual([
      'brief.yaml:1:1: (top level): expected a mapping with `title`, `summary`, `participants` and `topics`, found text "just some text"',
    ]);
  });

  it('reads Windows line endings and a byte-order mark like any other brief, with the same positions', () => {
    const crlf = `\uFEFF${VALID.replace('summary:', 'sumary:')}`.replace(/\n/g, '\r\n');
    expect(printed(refusal(crlf)).split('\n')).toEqual(['brief.yaml:2:1: sumary: unknown key; did you mean `summary`?', '  2 | sumary:', '      ^']);
  });
});
