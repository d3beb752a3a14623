// The brief's single schema: runtime validation, the TypeScript types and the JSON Schema all come from here.
import { z } from 'zod';
import { ISO_DATE, isRealDate, PARTIAL_DATE } from './dates.js';

const text = (title: string, description: string, example: string) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .meta({ title, description, examples: [example] });

const optionalText = (title: string, description: string, example: string) =>
  z
    .string()
    .trim()
    .meta({ title, description, examples: [example] });

const isoDate = (title: string, description: string, example: string) =>
  z
    .string()
    .refine((s) => ISO_DATE.test(s), { message: 'expected an ISO date YYYY-MM-DD' })
    .refine((s) => !ISO_DATE.test(s) || isRealDate(s, ISO_DATE), { message: 'is not a real calendar date' })
    .meta({ title, description, examples: [example], pattern: ISO_DATE.source, patternErrorMessage: 'expected an ISO date YYYY-MM-DD' });

const partialDate = z
  .union([
    z
      .string()
      .refine((s) => PARTIAL_DATE.test(s), { message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' })
      .refine((s) => !PARTIAL_DATE.test(s) || isRealDate(s), { message: 'is not a real calendar date' })
      .meta({
        title: 'Date as text',
        description: 'YYYY, YYYY-MM or YYYY-MM-DD.',
        examples: ['2023-02', '2023-02-21'],
        pattern: PARTIAL_DATE.source,
        patternErrorMessage: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
      }),
    z
      .int()
      .min(1000)
      .max(9999)
      .transform(String)
      .meta({ title: 'Year', description: 'A year on its own, written as a number.', examples: [2023] }),
  ])
  .meta({ title: 'Date', description: 'When it happened: YYYY, YYYY-MM or YYYY-MM-DD.', examples: ['2023-02'] });

/** A point at the deepest level: text only. */
const leafPoint = text('Point', 'One bullet point.', 'Hotline trial');

/** A point with sub-points one level further down (`below` is what those sub-points may be). */
const pointWithSubpoints = <Below extends z.ZodType>(below: Below, level: string) =>
  z
    .strictObject({
      text: text('Point', 'The point itself.', 'Various mutual issues were also discussed.'),
      points: z
        .array(below)
        .meta({ title: `Sub-points (${level})`, description: 'Sub-points of this point, drawn indented below it.', examples: [['Fisheries enforcement']] })
        .optional(),
    })
    .meta({
      title: 'Point with sub-points',
      description: 'A point with `text` and its sub-points under `points` (two levels below the top at most).',
      examples: [{ text: 'Various mutual issues were also discussed.', points: ['Fisheries enforcement', 'Search and rescue'] }],
    });

/** A second-level point: a string, or `{text, points}` whose sub-points are strings. */
const subPoint = z
  .union([leafPoint, pointWithSubpoints(leafPoint, 'third level')])
  .meta({ title: 'Sub-point', description: 'A string, or {text, points} with sub-points that are strings.', examples: ['Fisheries enforcement'] });

/** A top-level point: a string, or `{text, points}` (two levels below the top at most). */
const point = z
  .union([
    text(
      'Point',
      'One bullet point; **bold**, *italic*, [links](https://example.org) and bare URLs are allowed.',
      'The two sides exchanged views on defence exchanges.',
    ),
    pointWithSubpoints(subPoint, 'second level'),
  ])
  .meta({
    title: 'Point',
    description: 'One bullet point: a string, or {text, points} for a point with sub-points.',
    examples: [
      'The two sides exchanged views on defence exchanges.',
      { text: 'Various mutual issues were also discussed.', points: ['Fisheries enforcement'] },
    ],
  });

const points = z.array(point).meta({
  title: 'Points',
  description: 'Bullet points in the order shown: each a string, or {text, points} with sub-points (two levels below the top at most).',
  examples: [['The two sides exchanged views on defence exchanges.', 'Both sides agreed to keep military channels open.']],
});

/** The one-sentence "so what" of a topic or section. */
const message = text(
  'Message',
  'The one-sentence "so what", shown prominently on each of its slides and first in its notes.',
  'Both sides want incidents at sea handled by the staff channel.',
);

/** A picture: a PNG, JPEG or SVG file beside the brief, with alt text and an optional caption. */
const image = z
  .strictObject({
    file: text('Picture file', "PNG, JPEG or SVG file, relative to the brief's folder.", 'img/map.png'),
    alt: text('Alt text', 'What the picture shows, for screen readers (required).', 'Map of the incident sites'),
    caption: optionalText('Caption', 'Shown under the picture.', 'Incident sites, 2023').optional(),
  })
  .meta({
    title: 'Picture',
    description: "A picture on the slide: file (PNG, JPEG or SVG, relative to the brief's folder), alt text and an optional caption.",
    examples: [{ file: 'img/map.png', alt: 'Map of the incident sites', caption: 'Incident sites, 2023' }],
  });

const notes = z.string().meta({
  title: 'Speaker notes',
  description: 'What the briefer says on this slide; blank lines separate paragraphs.',
  examples: ['Open with the bottom line.'],
});

const language = z
  .string()
  .refine(
    (tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    },
    { message: 'expected a BCP 47 language tag such as en-GB, fr-FR or zh-CN' },
  )
  .meta({ title: 'Language', description: "BCP 47 tag for the deck's text; sets proofing language and date format.", examples: ['en-GB'] });

const webUrl = z
  .string()
  .refine((s) => URL.canParse(s) && /^(https?|mailto):/i.test(s), { message: 'expected an absolute http(s) or mailto URL' })
  .meta({ title: 'URL', description: 'Link to the source; becomes a hyperlink on the sources slide.', examples: ['https://www.nato.int/'] });

const section = z.strictObject({ points: points.optional(), notes: notes.optional() }).meta({
  title: 'Points and notes',
  description: 'Bullet points with optional speaker notes.',
  examples: [{ points: ['The two sides exchanged views on defence exchanges.'], notes: 'Open with the bottom line.' }],
});

/** `summary:` and `takeaways:` take `{points, notes}` or the shorthand of a plain list of points. */
const pointsSection = (title: string, description: string, example: string) =>
  z
    .union([points.transform((list) => ({ points: list, notes: undefined as string | undefined })), section])
    .meta({ title, description, examples: [{ points: [example] }, [example]] });

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

/** Where a section of the brief's own goes: after this part of the deck. */
export const SECTION_PLACES = ['title', 'summary', 'participants', 'topics', 'background', 'takeaways'] as const;

const cell = z
  .union([z.string(), z.number(), z.boolean()])
  .transform((value) => String(value).trim())
  .meta({ title: 'Cell', description: 'The text of one table cell (inline markup allowed).', examples: ['Medium'] });

const sectionTable = z
  .strictObject({
    columns: z
      .array(text('Column', 'A column heading.', 'Risk'))
      .min(1, 'must name at least one column')
      .meta({
        title: 'Columns',
        description: 'The column headings, repeated on every slide the table takes.',
        examples: [['Risk', 'Likelihood', 'Mitigation']],
      }),
    rows: z
      .array(
        z.array(cell).meta({ title: 'Row', description: 'One row: a cell per column, in column order.', examples: [['Incident at sea', 'Medium', 'Hotline']] }),
      )
      .min(1, 'must have at least one row')
      .meta({ title: 'Rows', description: 'The rows of the table, each a list of cells.', examples: [[['Incident at sea', 'Medium', 'Hotline']]] }),
  })
  .superRefine((table, ctx) => {
    table.rows.forEach((row, i) => {
      if (row.length !== table.columns.length) {
        ctx.addIssue({ code: 'custom', path: ['rows', i], message: `expected ${table.columns.length} cells (one per column), found ${row.length}` });
      }
    });
  })
  .meta({
    title: 'Table',
    description: "A table of the section's own: column headings and rows; long tables continue on further slides with the headings repeated.",
    examples: [{ columns: ['Risk', 'Likelihood', 'Mitigation'], rows: [['Incident at sea', 'Medium', 'Hotline; **staff talks**']] }],
  });

const ownSection = z
  .strictObject({
    title: text('Section title', 'The section as a slide title and an agenda entry.', 'Lines to take'),
    after: z
      .enum(SECTION_PLACES)
      .meta({
        title: 'Placed after',
        description:
          'The part of the deck this section follows: title, summary, participants, topics, background or takeaways. Without it the section goes just before the takeaways.',
        examples: ['summary'],
      })
      .optional(),
    message: message.optional(),
    points: points.optional(),
    table: sectionTable.optional(),
    image: image.optional(),
    notes: notes.optional(),
  })
  .refine((section) => section.points !== undefined || section.table !== undefined || section.image !== undefined, {
    message: 'expected at least one of points, table, image',
  })
  .meta({
    title: 'Section',
    description: "A section of the brief's own (objectives, lines to take, risks, asks…): a title and at least one of points, table, image.",
    examples: [{ title: 'Lines to take', after: 'summary', points: ['Welcome the continued staff talks.'] }],
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
export type Topic = Brief['topics'][number];
export type Delegation = Brief['participants']['delegations'][number];
export type EarlierEvent = NonNullable<Brief['background']>[number];
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
