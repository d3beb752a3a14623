// The broken-brief corpus through the real CLI: `check` and `build` exit 1 with FILE:LINE:COLUMN on stderr, no stack trace, nothing written.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO } from '../watch/child.js';

const FIXTURES = join(REPO, 'test', 'fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'briefdeck-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The problem lines each broken brief must print (the source line, caret and hint lines follow each). */
const EXPECTED: Record<string, string[]> = {
  'invalid-syntax.yaml': ['3:10: YAML syntax error: expected a closing ] for the list that opens here, found none'],
  'invalid-unclosed-quote.yaml': ['3:11: YAML syntax error: expected a closing " for the quoted text that starts here, found none'],
  'invalid-tabs.yaml': ['6:1: YAML syntax error: expected spaces for indentation, found a tab'],
  'invalid-duplicate-key.yaml': ['11:1: YAML syntax error: the key `title` appears twice in the same mapping'],
  'invalid-types-deep.yaml': [
    '10:17: participants.delegations[0].members[0].name: expected text, found the number 42',
    '11:17: participants.delegations[0].members[0].lead: expected true or false, found text "yes"',
    '14:13: topics[0].points: expected a list, found text "Emphasis on Russia’s invasion of Ukraine"',
  ],
  'invalid-misspelt-keys.yaml': [
    '3:1: sumary: unknown key; did you mean `summary`?',
    '7:5: participants[0].memebrs: unknown key; did you mean `members`?',
    '10:5: topics[0].titel: unknown key; did you mean `title`?',
  ],
  'invalid-missing-keys.yaml': [
    '2:1: summary: required key is missing; expected a list of points or a mapping with `points` and `notes`',
    '2:1: topics: required key is missing; expected a list',
    '6:9: participants[0].members[0].name: required key is missing; expected text',
  ],
  'invalid-dates.yaml': [
    '4:9: event.date: expected an ISO date YYYY-MM-DD, found text "14/03/2024"',
    '5:14: prepared_on: expected a real calendar date, found text "2023-02-29" (February 2023 has 28 days)',
    '16:9: background.date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found text "February 2023"',
  ],
  'invalid-values.yaml': [
    '3:11: language: expected a BCP 47 language tag such as en-GB, fr-FR or zh-CN, found text "en_GB"',
    '4:17: classification: expected non-empty text, found empty text ""',
    '15:10: sources[0].url: expected an absolute http(s) or mailto URL, found text "www.mod.gov.cn/press?id=8&lang=en"',
  ],
  'invalid-empty.yaml': ['1:1: expected a mapping with title, summary, participants and topics, found an empty brief'],
  'invalid-alias-bomb.yaml': ['5:8: expected at most 100 alias expansions, found more; refused as a resource-exhaustion risk'],
  'invalid-deep-nesting.yaml': ['35:65: expected lists and mappings nested at most 32 deep, found deeper nesting'],
  // generated below, at test time (the PNG signature's CR LF and LF start new lines before its first NUL byte)
  'invalid-binary.yaml': ['5:1: expected a YAML text file, found binary data (a NUL byte)'],
  'invalid-huge.yaml': ['15889:59: the file is 2.1 MiB; expected a brief of at most 1 MiB'],
  'invalid-latin1.yaml': ['2:25: expected UTF-8 text, found byte 0xE9, which is not valid UTF-8 here'],
  'invalid-utf16.yaml': ['1:1: expected UTF-8 text, found UTF-16 text'],
};

/** Broken briefs too big or too binary to commit: written into a temp dir for each run. */
function generated(): string[] {
  const huge = `title: A brief with a pasted log\nsummary:\n${'  - 2024-03-14T09:00:00Z line of a pasted log that goes on and on\n'.repeat(32_768)}`;
  const png = Buffer.concat([
    Buffer.from('title: Picture\nsubtitle: Pasted image\nimage: '),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  ]);
  const files: Record<string, Uint8Array | string> = {
    'invalid-huge.yaml': huge,
    'invalid-binary.yaml': png,
    'invalid-latin1.yaml': Buffer.from('title: Staff talks\nsubtitle: Compte rendu (\xe9t\xe9 2024)\n', 'latin1'),
    'invalid-utf16.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title: Staff talks\n', 'utf16le')]),
  };
  return Object.entries(files).map(([name, bytes]) => {
    writeFileSync(join(scratch, name), bytes);
    return join(scratch, name);
  });
}

const committed = readdirSync(FIXTURES)
  .filter((name) => name.startsWith('invalid-'))
  .map((name) => join(FIXTURES, name));
const corpus = [...committed, ...generated()];

function cli(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** The lines that name a place in the brief (the quoted source line, caret and hint are indented). */
const problemLines = (stderr: string, shown: string) => stderr.split('\n').filter((line) => line.startsWith(`${shown}:`) && !line.endsWith('nothing written'));

function expectCleanRefusal(result: ReturnType<typeof cli>, shown: string, expected: string[]) {
  expect(result.status, result.stderr).toBe(1);
  expect(problemLines(result.stderr, shown)).toEqual(expected.map((line) => `${shown}:${line}`));
  expect(result.stderr).toContain(`${shown}: refused (${expected.length} problem${expected.length === 1 ? '' : 's'}); nothing written`);
  expect(result.stderr).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m); // no stack trace
  expect(result.stderr).not.toContain('internal error');
  expect(result.stdout).toBe('');
}

describe('the broken-brief corpus', () => {
  it('has an expectation for every invalid-* fixture, and a fixture for every expectation', () => {
    expect(corpus.map((file) => basename(file)).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of corpus) {
    const name = basename(file);
    const shown = file.startsWith(REPO) ? relative(REPO, file) : file;

    it(`${name}: check exits 1 with the expected FILE:LINE:COLUMN and no stack trace`, () => {
      expectCleanRefusal(cli(['check', shown]), shown, EXPECTED[name]);
    });

    it(`${name}: build exits 1 the same way and writes nothing`, () => {
      const out = join(scratch, `out-${name}`);
      mkdirSync(out);
      expectCleanRefusal(cli(['build', shown, '-o', out]), shown, EXPECTED[name]);
      expect(readdirSync(out)).toEqual([]); // no deck, no temp file
    });
  }
});
