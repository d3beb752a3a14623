// The words planning writes into speaker notes (full titles, text in full, continuations), in the deck's language.
import type { Labels } from '../templates/labels.js';

/** In English, for planning without labels; labels.yaml gives them in each language under the same keys. */
const ENGLISH = {
  fullTitle: 'Full title: {title}',
  inFull: 'In full:',
  continued: '(Continued, part {n} of {total}.)',
  notesOnFirstSlide: 'The notes for this section are on its first slide.',
};
export type NoteWords = typeof ENGLISH;

/** The deck language's words from its labels, English for any the labels do not give. */
export function noteWords(labels: Labels): NoteWords {
  const given = Object.keys(ENGLISH).filter((key) => labels[key] !== undefined);
  return { ...ENGLISH, ...Object.fromEntries(given.map((key) => [key, labels[key]])) };
}
