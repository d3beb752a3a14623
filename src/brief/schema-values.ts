// Schemas of the brief's single values: text, dates, notes, language, URLs (each with its JSON Schema help).
import { z } from 'zod';
import { ISO_DATE, isRealDate, PARTIAL_DATE } from './dates.js';

export const text = (title: string, description: string, example: string) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .meta({ title, description, examples: [example] });

export const optionalText = (title: string, description: string, example: string) =>
  z
    .string()
    .trim()
    .meta({ title, description, examples: [example] });

export const isoDate = (title: string, description: string, example: string) =>
  z
    .string()
    .refine((s) => ISO_DATE.test(s), { message: 'expected an ISO date YYYY-MM-DD' })
    .refine((s) => !ISO_DATE.test(s) || isRealDate(s, ISO_DATE), { message: 'is not a real calendar date' })
    .meta({ title, description, examples: [example], pattern: ISO_DATE.source, patternErrorMessage: 'expected an ISO date YYYY-MM-DD' });

export const partialDate = z
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

export const notes = z.string().meta({
  title: 'Speaker notes',
  description: 'What the briefer says on this slide; blank lines separate paragraphs.',
  examples: ['Open with the bottom line.'],
});

export const language = z
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

export const webUrl = z
  .string()
  .refine((s) => URL.canParse(s) && /^(https?|mailto):/i.test(s), { message: 'expected an absolute http(s) or mailto URL' })
  .meta({ title: 'URL', description: 'Link to the source; becomes a hyperlink on the sources slide.', examples: ['https://www.nato.int/'] });
