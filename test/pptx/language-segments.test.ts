// Text of Latin, Greek or Cyrillic letters and common punctuation is one piece in the deck's language, as the character-by-character rule gives it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageSegments } from '../../src/pptx/elements.js';

const oneScript = fc.string({
  unit: fc
    .oneof(fc.integer({ min: 0x20, max: 0x58f }), fc.integer({ min: 0x2000, max: 0x206f }), fc.integer({ min: 0x20a0, max: 0x20cf }))
    .map((cp) => String.fromCodePoint(cp)),
  minLength: 1,
  maxLength: 20,
});

describe('languageSegments', () => {
  it('gives Latin-script text one piece in the deck language, exactly as the full rule does (an emoji after it takes the full rule)', () => {
    fc.assert(
      fc.property(oneScript, fc.constantFrom('en-GB', 'ar', 'zh-CN', 'he', 'ru-RU'), (text, lang) => {
        const alone = languageSegments(text, lang);
        expect(alone).toEqual([{ text, lang }]);
        const full = languageSegments(`${text} 😀`, lang); // the emoji sends the whole text through the per-character rule
        expect(full.slice(0, -1)).toEqual([{ text: `${text} `, lang }]);
        expect(full.at(-1)).toMatchObject({ text: '😀', emoji: true });
      }),
      { numRuns: 400 },
    );
  });

  it('still cuts mixed scripts and emoji', () => {
    expect(languageSegments('Talks 会谈 in Beijing', 'en-GB').map((s) => s.lang)).toEqual(['en-GB', 'zh-CN', 'en-GB']);
    expect(languageSegments('Hello 👋', 'en-GB')).toEqual([
      { text: 'Hello ', lang: 'en-GB' },
      { text: '👋', lang: 'en-GB', emoji: true },
    ]);
  });
});
