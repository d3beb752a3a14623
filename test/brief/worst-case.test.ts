// Worst-case briefs at the brief layer: thousands of unknown keys are reported quickly; more topics than a deck may hold are refused by check.
import { describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { refusal, VALID } from './refusal.js';

describe('many unknown keys', () => {
  it('reports 30,000 unknown keys, each at its own line, in a few seconds (it was quadratic: minutes)', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `k${i}: 1`).join('\n');
    const started = performance.now();
    const problems = refusal(`${VALID}${keys}\n`);
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(problems).toHaveLength(30_000);
    const lines = VALID.split('\n').length;
    expect(problems[29_999]).toMatchObject({ line: lines + 29_999, column: 1, path: 'k29999', message: 'unknown key', sourceLine: 'k29999: 1' });
  });

  it('still suggests the key that was meant, and still reports a key given twice at the second one', () => {
    expect(refusal(VALID.replace('summary:', 'sumary:'))[0]).toMatchObject({ line: 2, message: 'unknown key; did you mean `summary`?' });
    const twice = refusal(`${VALID}title: Again\n`);
    expect(twice[0]).toMatchObject({ line: VALID.split('\n').length, column: 1, message: expect.stringMatching(/the key `title` appears twice/) });
  });
});

describe('many duplicate keys', () => {
  it('reports 60,000 repeats of one key, each pointing at the first, in a few seconds (it was quadratic: over a minute)', () => {
    const lines = VALID.split('\n').length;
    const started = performance.now();
    const problems = refusal(`${VALID}again: 0\n${'again: 1\n'.repeat(60_000)}`);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(problems).toHaveLength(60_000);
    expect(problems[59_999]).toMatchObject({ line: lines + 60_000, column: 1, hint: `first given on line ${lines}; keep one of them` });
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

  it('accepts 2,000 of them', () => {
    expect(briefFromText(VALID.replace('  - title: Next meeting', topics(2_000)), 'brief.yaml').brief.topics).toHaveLength(2_000);
  });
});
