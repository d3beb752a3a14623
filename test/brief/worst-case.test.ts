// Worst-case briefs at the brief layer: thousands of unknown keys are reported quickly; more topics than a deck may hold are refused by check.
import { describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { MAX_KEYS, MAX_LIST_ITEMS } from '../../src/brief/size.js';
import { refusal, VALID } from './refusal.js';

describe('many unknown keys', () => {
  it('reports every unknown key at its own line, in about linear time (it was quadratic)', () => {
    const keys = Array.from({ length: 990 }, (_, i) => `k${i}: 1`).join('\n');
    const problems = refusal(`${VALID}${keys}\n`);
    expect(problems).toHaveLength(990);
    const lines = VALID.split('\n').length;
    expect(problems[989]).toMatchObject({ line: lines + 989, column: 1, path: 'k989', message: 'unknown key', sourceLine: 'k989: 1' });
  });

  it('refuses a mapping of thousands of keys at the key past the limit, before composing (30,000 keys took minutes)', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `k${i}: 1`).join('\n');
    const started = performance.now();
    const problems = refusal(`${VALID}${keys}\n`);
    expect(performance.now() - started).toBeLessThan(15_000);
    const lines = VALID.split('\n').length;
    const pastLimit = MAX_KEYS - 4; // the valid brief has four top-level keys
    expect(problems).toEqual([
      expect.objectContaining({
        line: lines + pastLimit,
        column: 1,
        message: `expected at most 1,000 keys in one mapping, found ${(30_004).toLocaleString('en')}`,
      }),
    ]);
  });

  it('still suggests the key that was meant, and still reports a key given twice at the second one', () => {
    expect(refusal(VALID.replace('summary:', 'sumary:'))[0]).toMatchObject({ line: 2, message: 'unknown key; did you mean `summary`?' });
    const twice = refusal(`${VALID}title: Again\n`);
    expect(twice[0]).toMatchObject({ line: VALID.split('\n').length, column: 1, message: expect.stringMatching(/the key `title` appears twice/) });
  });
});

describe('many duplicate keys', () => {
  it('reports every repeat of a key, each pointing at the first, in about linear time (it was quadratic)', () => {
    const lines = VALID.split('\n').length;
    const problems = refusal(`${VALID}again: 0\n${'again: 1\n'.repeat(900)}`);
    expect(problems).toHaveLength(900);
    expect(problems[899]).toMatchObject({ line: lines + 900, column: 1, hint: `first given on line ${lines}; keep one of them` });
  });
});

describe('the list-item and bracket limits', () => {
  it(`refuses more than ${MAX_LIST_ITEMS.toLocaleString('en')} list items at the first item past the limit, before composing`, () => {
    const points = Array.from({ length: 25_000 }, (_, i) => `      - Point ${i}`).join('\n');
    const text = VALID.replace('  - title: Next meeting', `  - title: Next meeting\n    points:\n${points}`);
    const started = performance.now();
    const problems = refusal(text);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^expected at most 20,000 list items in a brief \(points, members, topics, sources…\), found [\d,]+ or more$/);
    expect(problems[0].sourceLine).toMatch(/^ {6}- Point \d+$/);
  });

  it('refuses hundreds of thousands of bracketed lists before parsing them', () => {
    const lines = Array.from({ length: 2_000 }, (_, i) => `  k${i}: ${'['.repeat(30)}1${']'.repeat(30)}`).join('\n');
    const started = performance.now();
    const problems = refusal(`${VALID}extra:\n${lines}\n`);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(problems).toEqual([expect.objectContaining({ message: 'expected at most 40,000 lists and mappings written in brackets, found more' })]);
    expect(problems[0].line).toBeGreaterThan(VALID.split('\n').length);
  });
});

describe('the slide limit in check', () => {
  const topics = (n: number) => Array.from({ length: n }, (_, i) => `  - title: Topic ${i}\n    points: [Point ${i}]`).join('\n');

  it('refuses more than 2,000 topics and earlier events at the topics key (build once failed with "needs ZIP64")', () => {
    const text = VALID.replace('  - title: Next meeting', topics(2_001));
    const problems = refusal(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      line: VALID.split('\n').indexOf('topics:') + 1,
      column: 1,
      path: 'topics',
      sourceLine: 'topics:',
      message:
        'expected at most 2,000 topics and earlier events together (one slide each; a deck has at most 2,000 slides), found 2,001 topics and 0 earlier events',
    });
  });

  it('refuses them the same way when the brief is one flow mapping, which the syntax-tree count does not read', () => {
    const topics = Array.from({ length: 2_001 }, (_, i) => `{title: T${i}}`).join(', ');
    const problems = refusal(`{title: T, summary: [s], participants: [{delegation: D, members: [{name: N}]}], topics: [${topics}]}\n`);
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'topics',
        message: expect.stringMatching(/^expected at most 2,000 topics and earlier events together .*, found 2,001 topics and 0 earlier events$/),
      }),
    ]);
  });

  it('accepts 2,000 of them', () => {
    expect(briefFromText(VALID.replace('  - title: Next meeting', topics(2_000)), 'brief.yaml').brief.topics).toHaveLength(2_000);
  });
});
