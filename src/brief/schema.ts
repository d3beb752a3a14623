// The brief's single schema: runtime validation, the TypeScript types and the JSON Schema all come from here.
import { z } from 'zod';
import { image, message, ownSection, points, pointsSection, SECTION_PLACES } from './schema-parts.js';
import { isoDate, language, notes, optionalText, partialDate, text, webUrl } from './schema-values.js';

export { SECTION_PLACES };

const member = z
  .strictObject({
    name: text('Name', 'Full name with rank, as it should appear on the slide.', 'Major General Yao Qin'),
    role: optionalText('Role', 'Post or title.', 'Deputy Director, Office for International Military Cooperation').optional(),
    lead: z
      .boolean()
      .meta({ title: 'Head of delegation', description: 'true when this person heads the delegation.', examples: [true] })
      .optional(),
    photo: text('Portrait', "A portrait (PNG, JPEG or SVG), relative to the brief's folder; its alt text is the name.", 'img/serban.jpg').optional(),
  })
  .meta({
    title: 'Member',
    description: 'One participant.',
    examples: [{ name: 'Major General Yao Qin', role: 'Deputy Director, Office for International Military Cooperation', lead: true }],
  });

const delegation = z
  .strictObject({
    delegation: text('Delegation', 'Name of the delegation.', 'NATO'),
    members: z
      .array(member)
      .min(1, 'must list at least one member')
      .meta({ title: 'Members', description: 'The people in this delegation.', examples: [[{ name: 'Major General Yao Qin', lead: true }]] }),
  })
  .meta({
    title: 'Delegation',
    description: 'One delegation and its members.',
    examples: [{ delegation: 'NATO', members: [{ name: 'Major General Dacian-Tiberiu Șerban', lead: true }] }],
  });

const delegationExample = { delegation: 'China', members: [{ name: 'Major General Yao Qin', lead: true }] };

const delegations = z
  .array(delegation)
  .min(1, 'must list at least one delegation')
  .meta({ title: 'Delegations', description: 'One entry per delegation.', examples: [[delegationExample]] });

const participants = z
  .union([
    delegations.transform((list) => ({ delegations: list, notes: undefined as string | undefined })),
    z.strictObject({ delegations, notes: notes.optional() }).meta({
      title: 'Delegations and notes',
      description: 'The long form: the delegations plus speaker notes for the participants slide.',
      examples: [{ delegations: [delegationExample], notes: 'Introduce the heads of delegation.' }],
    }),
  ])
  .meta({
    title: 'Participants',
    description: 'One entry per delegation; or {delegations, notes} to add speaker notes.',
    examples: [[delegationExample]],
  });

const topic = z
  .strictObject({
    title: text('Topic title', 'The topic as a slide title.', 'Global and regional security landscapes'),
    message: message.optional(),
    points: points.optional(),
    image: image.optional(),
    notes: notes.optional(),
  })
  .meta({
    title: 'Topic',
    description: 'One topic discussed; gets a slide of its own.',
    examples: [{ title: 'Global and regional security landscapes', points: ["Emphasis on Russia's invasion of Ukraine"] }],
  });

const earlierEvent = z
  .strictObject({
    title: text('Title', 'Name of the earlier event.', '7th Security Policy Dialogue'),
    date: partialDate.optional(),
    location: optionalText('Location', 'Where it took place.', 'NATO Headquarters, Brussels').optional(),
    points: points.optional(),
    image: image.optional(),
    notes: notes.optional(),
  })
  .meta({
    title: 'Earlier event',
    description: 'An earlier session or event that gives background.',
    examples: [{ title: '7th Security Policy Dialogue', date: '2023-02', location: 'NATO Headquarters, Brussels' }],
  });
const source = z
  .strictObject({
    title: text('Title', 'Title of the source document.', 'Press release on the 8th China–NATO security policy dialogue'),
    publisher: optionalText('Publisher', 'Who published it.', 'Ministry of National Defense of the PRC').optional(),
    date: partialDate.optional(),
    url: webUrl.optional(),
  })
  .meta({
    title: 'Source',
    description: 'A source the brief draws on.',
    examples: [{ title: 'Press release', publisher: 'Ministry of National Defense of the PRC', date: '2024-03-14', url: 'https://example.org/press-release' }],
  });

/**
 * The brief's schema (zod): `briefSchema.parse(data)` validates data already parsed from YAML and expands the shorthands
 * (a point as plain text, a name without a role) to their long form. `loadBrief` and `briefFromText` use it, with positions.
 */
export const briefSchema = z
  .strictObject({
    title: text('Title', 'Title of the brief and of the deck.', '8th China–NATO Security Policy Dialogue'),
    subtitle: optionalText('Subtitle', 'Shown under the title on the title slide.', 'Readout and background').optional(),
    event: z
      .strictObject({
        date: isoDate('Event date', 'When the event took place (YYYY-MM-DD).', '2024-03-14').optional(),
        location: optionalText('Location', 'Where the event took place.', 'Beijing').optional(),
        host: optionalText('Host', 'Who hosted the event.', "People's Republic of China").optional(),
      })
      .meta({
        title: 'Event',
        description: 'The meeting or dialogue this brief is about.',
        examples: [{ date: '2024-03-14', location: 'Beijing', host: "People's Republic of China" }],
      })
      .optional(),
    classification: text(
      'Classification',
      "Marking shown in a banner at the top and bottom of every slide, notes page and contact sheet, coloured by level. It must be a marking the theme lists (templates/theme.yaml): US UNCLASSIFIED, CUI, CONFIDENTIAL, SECRET, TOP SECRET with caveats after // (SECRET//NOFORN, SECRET//REL TO USA, FVEY); UK OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET; NATO UNCLASSIFIED … COSMIC TOP SECRET; EU RESTREINT UE/EU RESTRICTED …; France DIFFUSION RESTREINTE, SECRET, TRÈS SECRET; Germany VS-NUR FÜR DEN DIENSTGEBRAUCH, VS-VERTRAULICH, GEHEIM, STRENG GEHEIM; or an organisation's own. Case and accents do not matter; any other marking is refused.",
      'UNCLASSIFIED',
    ).optional(),
    prepared_by: optionalText('Prepared by', 'Author or desk shown on the title slide.', 'Policy Analysis Desk').optional(),
    prepared_on: isoDate(
      'Prepared on',
      'When the brief was written (YYYY-MM-DD); an event after this date makes the deck a pre-brief, written in the future tense.',
      '2024-03-15',
    ).optional(),
    language: language.optional(),
    summary: pointsSection(
      'Summary',
      'The bottom line up front: {points, notes}, or a plain list of points.',
      'The two sides exchanged views on defence exchanges.',
    ),
    participants,
    topics: z
      .array(topic)
      .min(1, 'must list at least one topic')
      .meta({ title: 'Topics', description: 'The topics discussed, in order.', examples: [[{ title: 'Global and regional security landscapes' }]] }),
    background: z
      .union([
        earlierEvent.transform((event) => [event]),
        z
          .array(earlierEvent)
          .meta({ title: 'Earlier events', description: 'Several earlier events, oldest first.', examples: [[{ title: '7th Security Policy Dialogue' }]] }),
      ])
      .meta({
        title: 'Background',
        description: 'One earlier event, or a list of them.',
        examples: [{ title: '7th Security Policy Dialogue', date: '2023-02' }],
      })
      .optional(),
    takeaways: pointsSection(
      'Takeaways',
      'Assessment and next steps: {points, notes}, or a plain list of points.',
      'Both sides agreed on the value of continued engagement.',
    ).optional(),
    sections: z
      .array(ownSection)
      .meta({
        title: 'Sections',
        description: "Sections of the brief's own, each placed after the part named by `after:` and listed in the agenda.",
        examples: [[{ title: 'Lines to take', after: 'summary', points: ['Welcome the continued staff talks.'] }]],
      })
      .optional(),
    timeline: z
      .boolean()
      .meta({
        title: 'Timeline slide',
        description:
          'A timeline of the series (every dated background event and the event itself). Default: drawn when a background event has a date; false turns it off.',
        examples: [false],
      })
      .optional(),
    sources: z
      .array(source)
      .meta({
        title: 'Sources',
        description: 'Sources the brief draws on.',
        examples: [[{ title: 'Press release', url: 'https://example.org/press-release' }]],
      })
      .optional(),
  })
  .meta({ title: 'briefdeck brief', description: 'A YAML briefing that briefdeck turns into an editable PowerPoint deck.' });

/** What a user writes (before shorthands are expanded). */
export type BriefInput = z.input<typeof briefSchema>;
/** The validated brief with every shorthand expanded to its long form. */
export type Brief = z.output<typeof briefSchema>;
/** One topic of the brief: its title, points, message, notes and picture (a slide, continued on more when long). */
export type Topic = Brief['topics'][number];
/** One delegation of the participants: its name and members (name, role, portrait); its head leads the list. */
export type Delegation = Brief['participants']['delegations'][number];
/** An earlier event in the brief's background: its date, title and points (dated ones can make a timeline). */
export type EarlierEvent = NonNullable<Brief['background']>[number];
/** A source the brief draws on: title, publisher, date and URL (cited on the sources slide). */
export type Source = NonNullable<Brief['sources']>[number];
export type Point = NonNullable<Topic['points']>[number];
export type Picture = NonNullable<Topic['image']>;
export type OwnSection = NonNullable<Brief['sections']>[number];
export type SectionPlace = (typeof SECTION_PLACES)[number];

/** Where the published schema lives: the npm package's file, served by a CDN (the latest release). */
export const SCHEMA_ID = 'https://unpkg.com/briefdeck/schema/brief.schema.json';

/**
 * The JSON Schema for editors (what a user may write). Draft-07: the YAML language server (VS Code's Red Hat
 * YAML extension) ships with draft-07 support, and nothing here needs a later draft.
 */
export function briefJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(briefSchema, { target: 'draft-07', io: 'input', unrepresentable: 'any', override: keepInputExamples }) as Record<
    string,
    unknown
  >;
  return { $id: SCHEMA_ID, ...schema };
}

/** The schema as written to schema/brief.schema.json and printed by `briefdeck schema`. */
export function briefJsonSchemaText(): string {
  return `${JSON.stringify(briefJsonSchema(), null, 2)}\n`;
}

/**
 * zod drops `examples` from schemas that transform (it takes them for output values); ours are all
 * written as a user types them (input), so they are put back for the editor.
 */
function keepInputExamples({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const examples = z.globalRegistry.get(zodSchema as z.ZodType)?.examples;
  if (examples && !jsonSchema.examples) jsonSchema.examples = examples;
}
