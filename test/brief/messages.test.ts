// Messages a person can act on (issue 8): YAML tags, the %YAML directive, the alias limit's edge, dates in any year, the two commonest YAML slips, schema problems beside syntax errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ALIAS_COUNT } from '../../src/brief/parse.js';
import { formatDate } from '../../src/templates/helpers.js';
import { accepted, heads, printed, refusal, VALID } from './refusal.js';

const SAMPLE = readFileSync(new URL('../../briefs/china-nato-8th-dialogue.yaml', import.meta.url), 'utf8');
const TAGS_READ = 'the only tags briefdeck reads are !!str, !!int, !!float, !!bool, !!null, !!seq and !!map';

describe('YAML tags beyond the core schema are refused at the tag, never dropped', () => {
  it('refuses `summary: !!set {…}`, which used to build with the point gone', () => {
    const text = VALID.replace('summary:\n  - The two staffs met.', 'summary: !!set {Important point}');
    expect(printed(refusal(text))).toBe(
      [
        'brief.yaml:2:10: YAML tag: expected plain YAML, found the tag `!!set`, which briefdeck does not read',
        '  2 | summary: !!set {Important point}',
        '               ^',
        `  hint: remove the tag and write the value as plain YAML; ${TAGS_READ}`,
      ].join('\n'),
    );
  });

  it('refuses `takeaways: !!omap […]`, `!!binary`, `!!timestamp` and custom `!tags`, each at its tag', () => {
    const text = `${VALID}takeaways: !!omap [a: one, b: two]\nsubtitle: !!binary aGVsbG8=\nprepared_by: !important Desk\nprepared_on: !!timestamp 2024-03-15\n`;
    expect(heads(refusal(text))).toEqual([
      'brief.yaml:11:12: YAML tag: expected plain YAML, found the tag `!!omap`, which briefdeck does not read',
      'brief.yaml:12:11: YAML tag: expected plain YAML, found the tag `!!binary`, which briefdeck does not read',
      'brief.yaml:13:14: YAML tag: expected plain YAML, found the tag `!important`, which briefdeck does not read',
      'brief.yaml:14:14: YAML tag: expected plain YAML, found the tag `!!timestamp`, which briefdeck does not read',
    ]);
  });

  it('refuses a tag spelt through a %TAG handle as it is written', () => {
    const text = `%TAG !e! tag:yaml.org,2002:\n---\n${VALID.replace('summary:\n  - The two staffs met.', 'summary: !e!set {Important point}')}`;
    expect(heads(refusal(text))).toEqual(['brief.yaml:4:10: YAML tag: expected plain YAML, found the tag `!e!set`, which briefdeck does not read']);
  });

  it('reads the core tags, and refuses one that does not fit its value', () => {
    const text = VALID.replace('title: Staff talks', 'title: !!str 2024').replace('        lead: true', '        lead: !!bool true');
    expect(accepted(text).brief.title).toBe('2024');
    expect(heads(refusal(`${VALID}subtitle: !!map [a]\nprepared_by: !!seq {a: 1}\n`))).toEqual([
      'brief.yaml:11:11: YAML tag: expected a value that `!!map` can read, found one it cannot',
      'brief.yaml:12:14: YAML tag: expected a value that `!!seq` can read, found one it cannot',
    ]);
    expect(printed(refusal(VALID.replace('        lead: true', '        lead: !!int yes')))).toBe(
      [
        'brief.yaml:8:15: YAML tag: expected a value that `!!int` can read, found one it cannot',
        '  8 |         lead: !!int yes',
        '                    ^',
        '  hint: remove `!!int` and write the value plainly',
      ].join('\n'),
    );
  });
});

describe('the %YAML directive', () => {
  it('warns about a version it does not know and reads the brief as YAML 1.2, saying nothing about plain text', () => {
    expect(heads(accepted(`%YAML 1.3\n---\n${VALID}`).warnings)).toEqual(['brief.yaml:1:7: warning: YAML: unsupported YAML version 1.3']);
  });

  it('builds the sample under `%YAML 1.1`, read with the core schema (dates stay text)', () => {
    const { brief, warnings } = accepted(`%YAML 1.1\n---\n${SAMPLE}`);
    expect([brief.event?.date, brief.prepared_on]).toEqual(['2024-03-14', '2024-03-15']);
    expect(warnings).toEqual([]);
  });

  it('keeps YAML 1.1 booleans as text under `%YAML 1.1`, so `yes` gets the usual did-you-mean', () => {
    expect(heads(refusal(`%YAML 1.1\n---\n${VALID.replace('lead: true', 'lead: yes')}`))).toEqual([
      'brief.yaml:10:15: participants[0].members[0].lead: expected true or false, found text "yes"',
    ]);
  });
});

describe('the alias limit', () => {
  const withAliases = (count: number) =>
    `${VALID.replace('title: Staff talks', 'title: &t Staff talks').replace('  - title: Next meeting', '  - title: Next meeting\n    points:')}${'      - *t\n'.repeat(count)}`;

  it(`accepts exactly ${MAX_ALIAS_COUNT} aliases ("at most ${MAX_ALIAS_COUNT}")`, () => {
    expect(accepted(withAliases(MAX_ALIAS_COUNT)).brief.topics[0].points).toHaveLength(MAX_ALIAS_COUNT);
  });

  it(`refuses ${MAX_ALIAS_COUNT + 1} at the alias that passes the limit, with its line`, () => {
    expect(printed(refusal(withAliases(MAX_ALIAS_COUNT + 1)))).toBe(
      [
        `brief.yaml:${12 + MAX_ALIAS_COUNT}:9: expected at most ${MAX_ALIAS_COUNT} alias expansions, found more; refused as a resource-exhaustion risk`,
        `  ${12 + MAX_ALIAS_COUNT} |       - *t`,
        `  ${' '.repeat(`${12 + MAX_ALIAS_COUNT} | `.length)}        ^`,
        '  hint: write the repeated text out instead of using YAML aliases',
      ].join('\n'),
    );
  });
});

describe('dates in any year 0001-9999', () => {
  const dated = (date: string) => `${VALID}prepared_on: ${date}\n`;

  it('accepts real days in the years 0001-0099 (JavaScript Date reads them as 1901-1999)', () => {
    for (const date of ['0001-01-01', '0050-06-30', '0099-12-31', '0004-02-29', '0400-02-29', '9999-12-31'])
      expect(accepted(dated(date)).brief.prepared_on).toBe(date);
  });

  it('shows those years on the slides as written, not as 19xx', () => {
    expect([formatDate('0050-06-15'), formatDate('0001-01'), formatDate('2024-03-14')]).toEqual(['15 June 50', 'January 1', '14 March 2024']);
  });

  it('refuses days that do not exist in those years, naming the month as written', () => {
    expect(heads(refusal(dated('0050-06-31')))).toEqual([
      'brief.yaml:11:14: prepared_on: expected a real calendar date, found text "0050-06-31" (June 0050 has 30 days)',
    ]);
    expect(heads(refusal(dated('0100-02-29')))).toEqual([
      'brief.yaml:11:14: prepared_on: expected a real calendar date, found text "0100-02-29" (February 0100 has 28 days)',
    ]);
  });

  it('refuses year 0000 plainly', () => {
    expect(heads(refusal(dated('0000-01-01')))).toEqual([
      'brief.yaml:11:14: prepared_on: expected a real calendar date, found text "0000-01-01" (there is no year 0000; years run from 0001 to 9999)',
    ]);
    expect(heads(refusal(`${VALID}background:\n  - title: Earlier\n    date: "0000"\n`))[0]).toMatch(
      /background\[0\]\.date: expected a real calendar date, found text "0000" \(there is no year 0000/,
    );
  });
});

describe('a colon inside a point', () => {
  it('says to put the point in quotes, showing the quoted line', () => {
    const text = VALID.replace('  - The two staffs met.', '  - UK: the staffs met "as planned"');
    expect(printed(refusal(text))).toBe(
      [
        'brief.yaml:3:5: summary[0]: expected text, found a mapping',
        '  3 |   - UK: the staffs met "as planned"',
        '          ^',
        '  hint: a colon followed by a space makes `key: value`; put the point in quotes: - "UK: the staffs met \\"as planned\\""',
      ].join('\n'),
    );
  });

  it('gives no such hint for a real mapping where text belongs', () => {
    const text = VALID.replace('  - The two staffs met.', '  - UK: one\n    US: two');
    expect(printed(refusal(text))).not.toContain('hint');
  });
});

describe('a missing colon', () => {
  it('says so at the line, with the line as it should be', () => {
    const text = VALID.replace('title: Staff talks', 'title: Staff talks\nsubtitle 8th dialogue');
    expect(printed(refusal(text))).toBe(
      [
        'brief.yaml:2:1: YAML syntax error: missing colon after the key: expected `key: value`, found `subtitle 8th dialogue`',
        '  2 | subtitle 8th dialogue',
        '      ^',
        '  hint: write it as `subtitle: 8th dialogue`, with a colon and a space after the key',
      ].join('\n'),
    );
  });

  it('says so for the last line, a key alone, and a nested key', () => {
    expect(heads(refusal(`${VALID}subtitle 8th dialogue\n`))).toEqual([
      'brief.yaml:11:1: YAML syntax error: missing colon after the key: expected `key: value`, found `subtitle 8th dialogue`',
    ]);
    expect(heads(refusal(VALID.replace('summary:', 'summary')))[0]).toBe(
      'brief.yaml:2:1: YAML syntax error: missing colon after the key: expected `key: value`, found `summary`',
    );
    expect(heads(refusal(VALID.replace('lead: true', 'lead true')))).toEqual([
      'brief.yaml:8:9: YAML syntax error: missing colon after the key: expected `key: value`, found `lead true`',
    ]);
  });

  it('says so when the whole brief is one line without its colon', () => {
    expect(printed(refusal('title 8th dialogue\n')).split('\n').slice(-1)).toEqual(['  hint: missing colon after the key? write `title: 8th dialogue`']);
  });

  it('asks for the space a colon needs', () => {
    expect(
      printed(refusal(`${VALID}subtitle:Readout\n`))
        .split('\n')
        .slice(-1),
    ).toEqual(['  hint: write it as `subtitle: Readout`']);
  });
});

describe('schema problems beside a syntax error', () => {
  it('reports them for the top-level entries the syntax error does not touch, in line order', () => {
    const text =
      VALID.replace('title: Staff talks', 'title: Staff talks\nsubtitle 8th dialogue').replace('  - title: Next meeting', '  - titel: Next meeting') +
      'language: 5\n';
    expect(heads(refusal(text))).toEqual([
      'brief.yaml:2:1: YAML syntax error: missing colon after the key: expected `key: value`, found `subtitle 8th dialogue`',
      'brief.yaml:11:5: topics[0].titel: unknown key; did you mean `title`?',
      'brief.yaml:12:11: language: expected a BCP 47 language tag such as en-GB, fr-FR or zh-CN, found the number 5',
    ]);
  });

  it('reports none inside the entry with the error, and no key as missing (the error may hide it)', () => {
    const text = 'title: [Staff talks\nsummary: 5\n'; // the open list runs on into line 2, so `summary` is not trusted
    expect(heads(refusal(text))).toEqual(['brief.yaml:1:8: YAML syntax error: expected a closing ] for the list that opens here, found none']);
    const broken = VALID.replace('    members:', '   members:').replace('  - title: Next meeting', '  - titel: Next meeting');
    expect(heads(refusal(broken))).toEqual([
      'brief.yaml:6:1: YAML syntax error: sequence item without - indicator',
      'brief.yaml:10:5: topics[0].titel: unknown key; did you mean `title`?',
    ]);
  });

  it('reports nothing beyond an unclosed quote, which swallows the rest of the file', () => {
    const text = VALID.replace('title: Staff talks', 'title: "Staff talks').replace('  - title: Next meeting', '  - titel: Next meeting');
    expect(heads(refusal(text))).toEqual(['brief.yaml:1:8: YAML syntax error: expected a closing " for the quoted text that starts here, found none']);
  });

  it('reports schema problems beside a refused tag too', () => {
    const text = `${VALID}takeaways: !!omap [a: 1]\nlanguage: 5\n`;
    expect(heads(refusal(text)).map((line) => line.split(': ').slice(0, 2).join(': '))).toEqual(['brief.yaml:11:12: YAML tag', 'brief.yaml:12:11: language']);
  });
});
