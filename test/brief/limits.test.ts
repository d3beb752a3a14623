// Hostile and broken YAML is refused quickly with a position: alias bombs, circular and dangling aliases, deep nesting, odd keys.
import { describe, expect, it } from 'vitest';
import { MAX_ALIAS_COUNT, MAX_DEPTH } from '../../src/brief/parse.js';
import { accepted, heads, printed, refusal, VALID } from './refusal.js';

/** The classic "billion laughs": each level repeats the one before nine times. */
export function aliasBomb(levels = 9): string {
  const lines = ['lol0: &lol0 "lol"'];
  for (let i = 1; i < levels; i++)
    lines.push(
      `lol${i}: &lol${i} [${Array(9)
        .fill(`*lol${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

describe('YAML aliases', () => {
  it('refuses an alias bomb at the alias where expansion passes the limit, quickly', () => {
    const started = performance.now();
    const problems = refusal(aliasBomb());
    expect(performance.now() - started).toBeLessThan(1000);
    expect(printed(problems)).toBe(
      [
        // lol1 expands 9 aliases, lol2 9 × 10 = 90 more (99 in all); the first *lol2 passes the limit
        `brief.yaml:4:14: expected at most ${MAX_ALIAS_COUNT} alias expansions, found more; refused as a resource-exhaustion risk`,
        '  4 | lol3: &lol3 [*lol2, *lol2, *lol2, *lol2, *lol2, *lol2, *lol2, *lol2, *lol2]',
        '                   ^',
        '  hint: write the repeated text out instead of using YAML aliases',
      ].join('\n'),
    );
  });

  it('accepts a brief that uses a few aliases, as YAML allows', () => {
    const text = VALID.replace('  - delegation: NATO', '  - delegation: &nato NATO').replace(
      '  - title: Next meeting',
      '  - title: Next meeting\n    points: [*nato]',
    );
    expect(accepted(text).brief.topics[0].points).toEqual(['NATO']);
  });

  it('refuses an alias inside the value it repeats (it would expand forever)', () => {
    const text = VALID.replace('topics:\n  - title: Next meeting', 'topics: &loop\n  - title: Next meeting\n    points: *loop');
    expect(heads(refusal(text))).toEqual([
      'brief.yaml:11:13: expected an alias to repeat a value defined before it, found an alias inside the value it repeats (it would expand forever)',
    ]);
  });

  it('refuses an alias whose anchor is never defined', () => {
    expect(printed(refusal(`${VALID}subtitle: *missing\n`))).toBe(
      [
        'brief.yaml:11:11: YAML syntax error: expected an anchor &missing before this alias, found none',
        '  11 | subtitle: *missing',
        '                 ^',
        '  hint: an alias *name repeats the value marked &name earlier in the file',
      ].join('\n'),
    );
  });
});

describe('nesting and keys', () => {
  it(`refuses nesting deeper than ${MAX_DEPTH} levels without exhausting the stack`, () => {
    const deep = `title: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const started = performance.now();
    const [only, ...rest] = refusal(deep);
    expect(performance.now() - started).toBeLessThan(500);
    expect(rest).toEqual([]);
    expect(only.message).toBe(`expected lists and mappings nested at most ${MAX_DEPTH} deep, found deeper nesting`);
    expect([only.line, only.column]).toEqual([1, 8 + MAX_DEPTH]); // the first bracket past the limit
    expect(printed([only]).split('\n')[1].length).toBeLessThan(120); // the 200,000-character line is shown as a window
  });

  it(`refuses flow nesting one past ${MAX_DEPTH} at its bracket (a text with few brackets skips the lexer pass)`, () => {
    const [only] = refusal(`title: ${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}\n`);
    expect(only.message).toBe(`expected lists and mappings nested at most ${MAX_DEPTH} deep, found deeper nesting`);
    expect([only.line, only.column]).toEqual([1, 8 + MAX_DEPTH]);
  });

  it('accepts the nesting a real brief has', () => {
    const nested = `${VALID}background:\n  - title: Earlier\n    points:\n      - Point\n`;
    expect(accepted(nested).brief.background![0].points).toEqual(['Point']);
  });

  it('refuses a list used as a key', () => {
    expect(heads(refusal(`${VALID}? [a, b]\n: c\n`))).toEqual([
      'brief.yaml:11:3: YAML syntax error: expected a key name, found a list or mapping used as a key',
    ]);
  });

  it('refuses an unknown YAML tag at the tag (it used to be read as plain text with a warning)', () => {
    expect(heads(refusal(VALID.replace('title: Staff talks', 'title: !important Staff talks')))).toEqual([
      'brief.yaml:1:8: YAML tag: expected plain YAML, found the tag `!important`, which briefdeck does not read',
    ]);
  });
});

describe('briefs with thousands of problems', () => {
  it('are refused with every problem, each with its line, in about linear time', () => {
    const sources = Array.from({ length: 15_000 }, (_, i) => `  - titel: Source ${i}`).join('\n');
    const text = `${VALID}sources:\n${sources}\n`;
    const first = VALID.split('\n').length + 1; // the line of the first source
    const started = performance.now();
    const problems = refusal(text);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(problems.filter((p) => p.message.startsWith('unknown key'))).toHaveLength(15_000);
    const last = problems.find((p) => p.path === 'sources[14999].titel');
    expect(last).toMatchObject({ line: first + 14_999, sourceLine: '  - titel: Source 14999' });
  });
});
