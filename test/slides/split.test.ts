// Splitting one paragraph too tall for a slide: at sentences first, then clauses, words, characters; styles kept.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/slides/model.js';
import { sentences, sliceRuns, splitParagraph } from '../../src/slides/split.js';

const text = (p: Paragraph) => p.runs.map((r) => r.text).join('');
const byLength = (max: number) => (p: Paragraph) => text(p).length <= max;

describe('splitParagraph', () => {
  it('cuts at the last sentence end that fits, keeps the bullet on the first part only', () => {
    const p: Paragraph = { runs: [{ text: 'One two three. Four five six. Seven eight nine. Ten.' }], level: 0, bullet: true };
    const parts = splitParagraph(p, byLength(32));
    expect(parts.map(text)).toEqual(['One two three. Four five six.', 'Seven eight nine. Ten.']);
    expect(parts.map((q) => [q.bullet, q.continued ?? false])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('falls back to clauses, then words, then characters', () => {
    const clauses: Paragraph = { runs: [{ text: 'alpha beta, gamma delta, epsilon zeta' }], level: 0, bullet: true };
    expect(splitParagraph(clauses, byLength(25)).map(text)).toEqual(['alpha beta, gamma delta,', 'epsilon zeta']);
    const words: Paragraph = { runs: [{ text: 'alpha beta gamma delta' }], level: 0, bullet: false };
    expect(splitParagraph(words, byLength(11)).map(text)).toEqual(['alpha beta', 'gamma delta']);
    const cjk: Paragraph = { runs: [{ text: '中华人民共和国国防部新闻发言人' }], level: 0, bullet: true };
    const parts = splitParagraph(cjk, byLength(6));
    expect(parts.map(text).join('')).toBe('中华人民共和国国防部新闻发言人');
    for (const part of parts) expect(text(part).length).toBeLessThanOrEqual(6);
  });

  it('keeps bold, links and line breaks of the runs it cuts through', () => {
    const p: Paragraph = {
      runs: [{ text: 'Lead sentence here. ', bold: true }, { text: 'See the site. ' }, { text: 'example.org', href: 'https://example.org' }],
      level: 1,
      bullet: true,
    };
    const parts = splitParagraph(p, byLength(20));
    expect(parts[0].runs).toEqual([{ text: 'Lead sentence here.', bold: true }]);
    expect(parts[1].runs).toEqual([{ text: 'See the site.' }]);
    expect(parts[2].runs).toEqual([{ text: 'example.org', href: 'https://example.org' }]);
    expect(parts.every((q) => q.level === 1)).toBe(true);
  });

  it('finds sentences, CJK full stops included', () => {
    expect(sentences('A b. C d! E f? G')).toEqual(['A b. ', 'C d! ', 'E f? ', 'G']);
    expect(sentences('双方交换了意见。同意继续对话。')).toEqual(['双方交换了意见。', '同意继续对话。']);
    expect(sliceRuns([{ text: 'ab' }, { text: 'cd', breakBefore: true }], 1, 4)).toEqual([{ text: 'b' }, { text: 'cd', breakBefore: true }]);
  });
});
