// Schemas of the brief's richer parts: points with sub-points, messages, pictures, points sections and the brief's own sections.
import { z } from 'zod';
import { notes, optionalText, text } from './schema-values.js';

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

export const points = z.array(point).meta({
  title: 'Points',
  description: 'Bullet points in the order shown: each a string, or {text, points} with sub-points (two levels below the top at most).',
  examples: [['The two sides exchanged views on defence exchanges.', 'Both sides agreed to keep military channels open.']],
});

/** The one-sentence "so what" of a topic or section. */
export const message = text(
  'Message',
  'The one-sentence "so what", shown prominently on each of its slides and first in its notes.',
  'Both sides want incidents at sea handled by the staff channel.',
);

/** A picture: a PNG, JPEG or SVG file beside the brief, with alt text and an optional caption. */
export const image = z
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

const section = z.strictObject({ points: points.optional(), notes: notes.optional() }).meta({
  title: 'Points and notes',
  description: 'Bullet points with optional speaker notes.',
  examples: [{ points: ['The two sides exchanged views on defence exchanges.'], notes: 'Open with the bottom line.' }],
});

/** `summary:` and `takeaways:` take `{points, notes}` or the shorthand of a plain list of points. */
export const pointsSection = (title: string, description: string, example: string) =>
  z
    .union([points.transform((list) => ({ points: list, notes: undefined as string | undefined })), section])
    .meta({ title, description, examples: [{ points: [example] }, [example]] });

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

export const ownSection = z
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
