// fast-check arbitraries for brief text: every script, emoji sequences, XML specials, markup-looking text, URLs, odd whitespace, long words.
import fc from 'fast-check';

/** How big generated briefs get: modest for `npm test`, larger (still within the limits) under BRIEFDECK_FUZZ=long. */
export interface Sizes {
  maxWords: number;
  maxTitleWords: number;
  maxLongWord: number;
  maxPoints: number;
  maxTopics: number;
  maxDelegations: number;
  maxMembers: number;
  maxListed: number;
}

export const QUICK_SIZES: Sizes = {
  maxWords: 14,
  maxTitleWords: 40,
  maxLongWord: 300,
  maxPoints: 30,
  maxTopics: 8,
  maxDelegations: 3,
  maxMembers: 16,
  maxListed: 5,
};
export const LONG_SIZES: Sizes = {
  maxWords: 60,
  maxTitleWords: 200,
  maxLongWord: 3000,
  maxPoints: 150,
  maxTopics: 40,
  maxDelegations: 6,
  maxMembers: 60,
  maxListed: 20,
};

const range = (min: number, max: number) => fc.integer({ min, max }).map((cp) => String.fromCodePoint(cp));

/** Letters of one script each (code point ranges), so words come out in every writing system. */
const SCRIPT_LETTERS: Record<string, fc.Arbitrary<string>> = {
  latin: fc.oneof(range(0x41, 0x5a), range(0x61, 0x7a)),
  diacritics: fc.oneof(range(0xc0, 0x24f), range(0x1ea0, 0x1ef9)),
  greek: range(0x391, 0x3c9),
  cyrillic: range(0x410, 0x44f),
  arabic: range(0x621, 0x64a),
  hebrew: range(0x5d0, 0x5ea),
  devanagari: fc.oneof(range(0x905, 0x939), range(0x93e, 0x94d)),
  thai: fc.oneof(range(0xe01, 0xe2e), range(0xe31, 0xe3a)),
  cjk: fc.oneof(range(0x4e00, 0x9fff), range(0x3041, 0x3096), range(0x30a1, 0x30fa), range(0x20000, 0x2a6df)),
  hangul: range(0xac00, 0xd7a3),
};

/** A base letter with one to four combining marks stacked on it (Zalgo-style, and ordinary accents). */
const COMBINED = fc.tuple(SCRIPT_LETTERS.latin, fc.array(range(0x300, 0x36f), { minLength: 1, maxLength: 4 })).map(([base, marks]) => base + marks.join(''));

const WORDS = [
  'Șerban',
  'Nguyễn',
  'Guðmundsdóttir',
  'Dvořák',
  'Ελλάδα',
  'безопасность',
  'الأمن',
  'שָׁלוֹם',
  'सुरक्षा',
  'ความมั่นคง',
  '安全政策',
  '日本語の会談',
  '한국어 대화',
  'ﷺ',
  'ﬁnal',
  'Ǆ',
  'ß',
  'İstanbul',
];
const EMOJI = ['👨‍👩‍👧‍👦', '🏳️‍🌈', '❤️', '☺︎', '👍🏽', '🇪🇪', '🧑🏿‍🚀', '#️⃣', '🛡️', '1️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '✈︎', '⚠️'];
const XML_SPECIALS = [
  '&',
  '<',
  '>',
  '"',
  "'",
  ']]>',
  'R&D',
  'A<B>C',
  '&amp;',
  '&lt;b&gt;',
  '&#x41;',
  '&#0;',
  '&nbsp;',
  '<![CDATA[x]]>',
  '<?xml version="1.0"?>',
  '<!-- c -->',
  '</a:t>',
  '<a:t>',
  '"\'"',
  '\\',
];
const MARKUP = [
  '**bold**',
  '_it_',
  '[a](https://b.example/)',
  '<b>bold</b>',
  '<i>',
  '</li>',
  '<br/>',
  '<slide>',
  '<notes>',
  '# head',
  '- item',
  '1. item',
  '> quote',
  '`code`',
  '|a|b|',
  '{{title}}',
  '{{{x}}}',
  '${x}',
  '%s',
  '\\n',
];
const URLS_IN_TEXT = ['https://example.org/a?b=1&c=<2>#frag', 'http://例え.jp/パス?q=✓', 'mailto:a@example.org?subject=Hi%20there&body=x', 'www.example.com'];
const NUMBERS = ['0', '-1', '3.14', '1e9', '0x1F', 'NaN', '2024-03-14', 'yes', 'null', '~', 'true'];

/** Between words: ordinary and odd whitespace, zero-width and direction marks, line breaks. */
export const SEPARATOR = fc.oneof(
  { weight: 12, arbitrary: fc.constant(' ') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '  ',
      '\t',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\u200b',
      '\u200d',
      '\u2060',
      '\u200e',
      '\u200f',
      '\u202e',
      '\u2028',
      '\ufeff',
      ' \u00ad',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\n\n', ' \t \n ') },
);

const scriptWord = fc.constantFrom(...Object.keys(SCRIPT_LETTERS)).chain((script) => fc.string({ unit: SCRIPT_LETTERS[script], minLength: 1, maxLength: 12 }));

/** A very long word (no spaces to break at): forces character-level wrapping and cutting. */
const longWord = (sizes: Sizes) =>
  fc
    .tuple(fc.constantFrom(...Object.values(SCRIPT_LETTERS)), fc.integer({ min: 40, max: sizes.maxLongWord }))
    .chain(([letters, length]) => fc.string({ unit: letters, minLength: length, maxLength: length }));

/** One word: never blank, so a text that starts with one is never only whitespace. */
export const word = (sizes: Sizes): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 10, arbitrary: scriptWord },
    { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 2, arbitrary: COMBINED },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...EMOJI), fc.constantFrom('', '\ufe0f', '\ufe0e', '\u{1f3fb}')).map(([e, v]) => e + v) },
    { weight: 3, arbitrary: fc.constantFrom(...XML_SPECIALS) },
    { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
    { weight: 1, arbitrary: fc.constantFrom(...URLS_IN_TEXT) },
    { weight: 1, arbitrary: fc.constantFrom(...NUMBERS) },
    { weight: 1, arbitrary: longWord(sizes) },
  );

/** Words joined by separators, sometimes with whitespace around (which the schema trims). */
export const phrase = (sizes: Sizes, maxWords = sizes.maxWords): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('', '', '', ' ', '\t', '\u00a0'),
      word(sizes),
      fc.array(fc.tuple(SEPARATOR, word(sizes)), { maxLength: Math.max(0, maxWords - 1) }),
      fc.constantFrom('', '', '', ' ', '  ', '\n'),
    )
    .map(([before, first, rest, after]) => before + first + rest.map(([sep, w]) => sep + w).join('') + after);

/** Speaker notes: any text (may be empty), paragraphs, list-looking lines. */
export const notesText = (sizes: Sizes): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        phrase(sizes),
        fc.constant(''),
        phrase(sizes).map((p) => `- ${p}`),
        phrase(sizes).map((p) => `1. ${p}`),
      ),
      { maxLength: 6 },
    )
    .map((lines) => lines.join('\n'));

/** Absolute http(s) and mailto URLs with paths, ports, query strings, fragments and non-ASCII parts. */
export const url: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https'] }),
  fc.constantFrom(
    'https://example.org/search?q=a&b=<c>&d="e"&f=\'g\'#top',
    'https://例え.jp/パス?名前=値&x=1',
    'http://example.com:8080/a/../b/./c?x[]=1&x[]=2',
    'https://user:pass@example.org/%E2%9C%93?%26=%3D',
    'mailto:desk@example.org?subject=Readout%20%26%20notes&cc=a@b.org',
    'https://example.org/' + 'long/'.repeat(60) + '?q=' + 'x'.repeat(200),
    'HTTPS://EXAMPLE.ORG/UPPER]]>',
  ),
);

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A real calendar day, YYYY-MM-DD (years 1000–9999). */
export const isoDate: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }))
  .chain(([year, month]) => fc.integer({ min: 1, max: daysIn(year, month) }).map((day) => `${year}-${pad(month)}-${pad(day)}`));

/** A background or source date: YYYY, YYYY-MM, YYYY-MM-DD, or a year written as a number. */
export const partialDate: fc.Arbitrary<string | number> = fc.oneof(
  isoDate,
  isoDate.map((d) => d.slice(0, 7)),
  isoDate.map((d) => d.slice(0, 4)),
  fc.integer({ min: 1000, max: 9999 }),
);
