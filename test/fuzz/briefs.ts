// fast-check arbitraries for whole valid briefs, mirroring src/brief/schema.ts key by key (both shorthand and long forms), and the YAML styles they are written in.
import fc from 'fast-check';
import type { ToStringOptions } from 'yaml';
import type { BriefInput } from '../../src/brief/schema.js';
import { isoDate, notesText, partialDate, phrase, url, type Sizes } from './text.js';

/**
 * Markings of the common schemes named in issue 8 (US, UK, NATO, EU, France, Germany). Unknown markings
 * become an error, so only these are generated; a theme that drops one of them would fail here.
 */
export const KNOWN_MARKINGS = [
  'UNCLASSIFIED',
  'CONFIDENTIAL',
  'SECRET',
  'TOP SECRET',
  'OFFICIAL',
  'OFFICIAL-SENSITIVE',
  'NATO UNCLASSIFIED',
  'NATO RESTRICTED',
  'NATO CONFIDENTIAL',
  'NATO SECRET',
  'COSMIC TOP SECRET',
  'RESTREINT UE/EU RESTRICTED',
  'DIFFUSION RESTREINTE',
  'TRÈS SECRET',
  'VS-NUR FÜR DEN DIENSTGEBRAUCH',
  'VS-VERTRAULICH',
  'GEHEIM',
  'STRENG GEHEIM',
];

const LANGUAGES = [
  'en-GB',
  'en-US',
  'fr-FR',
  'de-DE',
  'el-GR',
  'ru-RU',
  'ar-EG',
  'he-IL',
  'hi-IN',
  'th-TH',
  'zh-CN',
  'zh-Hant-TW',
  'ja-JP',
  'ko-KR',
  'sr-Latn-RS',
  'tr',
];

/** An optional text key: absent, empty, blank or text. */
const optionalText = (sizes: Sizes) => fc.oneof({ weight: 6, arbitrary: phrase(sizes) }, { weight: 1, arbitrary: fc.constantFrom('', '   ') });

const points = (sizes: Sizes) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.array(phrase(sizes), { maxLength: 6 }) },
    { weight: 1, arbitrary: fc.array(phrase(sizes, 3), { maxLength: sizes.maxPoints }) }, // many short points
    { weight: 1, arbitrary: fc.array(phrase(sizes, sizes.maxWords * 4), { maxLength: 3 }) }, // a few long ones
  );

/** `summary:` and `takeaways:` — a plain list of points, or {points, notes}. */
const pointsSection = (sizes: Sizes) => fc.oneof(points(sizes), fc.record({ points: points(sizes), notes: notesText(sizes) }, { requiredKeys: [] }));

const member = (sizes: Sizes) => fc.record({ name: phrase(sizes, 6), role: optionalText(sizes), lead: fc.boolean() }, { requiredKeys: ['name'] });

const delegations = (sizes: Sizes) =>
  fc.array(fc.record({ delegation: phrase(sizes, 5), members: fc.array(member(sizes), { minLength: 1, maxLength: sizes.maxMembers }) }), {
    minLength: 1,
    maxLength: sizes.maxDelegations,
  });

/** `participants:` — a list of delegations, or {delegations, notes}. */
const participants = (sizes: Sizes) =>
  fc.oneof(delegations(sizes), fc.record({ delegations: delegations(sizes), notes: notesText(sizes) }, { requiredKeys: ['delegations'] }));

const topic = (sizes: Sizes) => fc.record({ title: phrase(sizes, 12), points: points(sizes), notes: notesText(sizes) }, { requiredKeys: ['title'] });

const earlierEvent = (sizes: Sizes) =>
  fc.record(
    { title: phrase(sizes, 10), date: partialDate, location: optionalText(sizes), points: points(sizes), notes: notesText(sizes) },
    { requiredKeys: ['title'] },
  );

const source = (sizes: Sizes) => fc.record({ title: phrase(sizes, 16), publisher: optionalText(sizes), date: partialDate, url }, { requiredKeys: ['title'] });

/** A brief the schema accepts, as a user would write it (shorthands and long forms both appear). */
export const briefInput = (sizes: Sizes): fc.Arbitrary<BriefInput> =>
  fc.record(
    {
      title: phrase(sizes, sizes.maxTitleWords),
      subtitle: optionalText(sizes),
      event: fc.record({ date: isoDate, location: optionalText(sizes), host: optionalText(sizes) }, { requiredKeys: [] }),
      classification: fc.constantFrom(...KNOWN_MARKINGS),
      prepared_by: optionalText(sizes),
      prepared_on: isoDate,
      language: fc.constantFrom(...LANGUAGES),
      summary: pointsSection(sizes),
      participants: participants(sizes),
      topics: fc.array(topic(sizes), { minLength: 1, maxLength: sizes.maxTopics }),
      background: fc.oneof(earlierEvent(sizes), fc.array(earlierEvent(sizes), { maxLength: sizes.maxListed })),
      takeaways: pointsSection(sizes),
      sources: fc.array(source(sizes), { maxLength: sizes.maxListed }),
    },
    { requiredKeys: ['title', 'summary', 'participants', 'topics'] },
  ) as fc.Arbitrary<BriefInput>;

/** The fewest slides the default templates make for a brief: title, agenda, summary, participants, one per topic (plus an overview), background, takeaways, sources. */
export function minimumSlides(brief: BriefInput): number {
  const topics = brief.topics.length;
  const background = brief.background === undefined ? 0 : Array.isArray(brief.background) ? brief.background.length : 1;
  const messages = brief.topics.some((topic) => typeof topic === 'object' && topic !== null && 'message' in topic && Boolean(topic.message));
  const overview = topics >= 5 || (topics > 1 && messages) ? 1 : 0; // theme topicsOverview: auto
  return 4 + topics + overview + background + (brief.takeaways === undefined ? 0 : 1) + (brief.sources?.length ? 1 : 0);
}

/** How the brief is written out: every scalar style, block or flow collections, narrow and wide lines. */
export const yamlStyle: fc.Arbitrary<ToStringOptions> = fc.record({
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  defaultKeyType: fc.constant('PLAIN'),
  collectionStyle: fc.constantFrom('any', 'any', 'block', 'flow'),
  lineWidth: fc.constantFrom(0, 20, 80, 400),
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
}) as fc.Arbitrary<ToStringOptions>;
