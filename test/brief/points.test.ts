// Points with sub-points: the folded "- sub-bullet" refused at its dash, and plain messages for points written wrongly.
import { describe, expect, it } from 'vitest';
import { accepted, printed, refusal, VALID } from './refusal.js';

const withSummary = (lines: string) => VALID.replace('summary:\n  - The two staffs met.\n', `summary:\n${lines}`);

describe('a sub-bullet folded into the point above', () => {
  it('is refused at the "- " of the folded line, saying how to write a sub-point', () => {
    const text = withSummary('  - The two staffs met.\n  - Funding line not yet identified\n    - ISF bid due January\n');
    expect(printed(refusal(text))).toBe(
      [
        'brief.yaml:5:5: summary[1]: this line was folded into the point above ("Funding line not yet identified - ISF b…"): YAML reads an indented "- " under text as more of that text, not as a sub-point',
        '  5 |     - ISF bid due January',
        '          ^',
        '  hint: for a sub-point write `- text: Funding line not yet identified` and below it `points: [ISF bid due January]` (or `points:` with a "- " list); to keep the dash as text, put the point in quotes',
      ].join('\n'),
    );
  });

  it('is found in sub-points and in `text:` too, with the schema problems of the same brief', () => {
    const text = VALID.replace(
      '  - title: Next meeting\n',
      '  - title: Next meeting\n    points:\n      - text: Plain\n        points:\n          - Folded here\n            - and here\n      - text: A point\n          - folded into text\n    notes: 7\n',
    );
    expect(refusal(text).map((p) => `${p.line}:${p.column}: ${p.path}: ${p.message.slice(0, 40)}`)).toEqual([
      '15:13: topics[0].points[0].points[0]: this line was folded into the point abov',
      '17:11: topics[0].points[1].text: this line was folded into the point abov',
      '18:12: topics[0].notes: expected text, found the number 7',
    ]);
  });

  it('is not found in quoted points, in points whose dash is not at a line start, or in a real sub-point list', () => {
    accepted(withSummary('  - "Funding line\n    - kept as text"\n  - A range - from here - to there\n  - text: Funding\n    points:\n      - ISF bid\n'));
  });
});

describe('points written wrongly', () => {
  it('a third level: at most two levels below the top', () => {
    const text = withSummary('  - text: One\n    points:\n      - text: Two\n        points:\n          - text: Three\n            points: [Four]\n');
    expect(printed(refusal(text))).toBe(
      [
        'brief.yaml:7:13: summary[0].points[0].points[0]: expected text, found a point with sub-points: points go at most two levels below the top',
        '  7 |           - text: Three',
        '                  ^',
        '  hint: write this third-level point as text only, and move its sub-points up a level or into its text',
      ].join('\n'),
    );
  });

  it('a point with sub-points but no `text`', () => {
    const text = withSummary('  - points: [ISF bid due January]\n');
    expect(printed(refusal(text))).toBe(
      [
        'brief.yaml:3:5: summary[0].text: required key is missing; expected text',
        '  3 |   - points: [ISF bid due January]',
        '          ^',
        '  hint: a point with sub-points is written `- text: The point` with its sub-points in a list under `points:`',
      ].join('\n'),
    );
  });

  it('a list where a point belongs, a misspelt `text`, and a number at the second level', () => {
    const text = withSummary('  - - a nested list\n  - txt: Funding\n    points: [a, 12]\n');
    expect(refusal(text).map((p) => `${p.line}:${p.column}: ${p.path}: ${p.message}${p.hint ? ` | ${p.hint}` : ''}`)).toEqual([
      '3:5: summary[0]: expected text, found a list | a point with sub-points is written `- text: The point` with its sub-points in a list under `points:`',
      '4:5: summary[1].txt: unknown key; did you mean `text`?',
      '5:17: summary[1].points[1]: expected text, found the number 12 | put it in quotes to keep it as text: - "12"',
    ]);
  });
});
