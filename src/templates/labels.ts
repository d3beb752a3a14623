// Slide labels by language (templates/labels.yaml): the table for a brief's language, falling back to English.
import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { BriefdeckError, problem } from '../errors.js';
import { byContent, contentHash } from '../shared/precomputed.js';

export type Labels = Record<string, string>;
export type LabelTables = Record<string, Labels>;

const tablesSchema = z.record(z.string(), z.record(z.string(), z.string()));

/** The precomputed file's name (dist/precomputed/labels.json): the bundled labels, parsed at build time. */
export const LABELS = 'labels';

/** labels.yaml read and parsed, once per content (the bundled labels at build time). */
export function loadLabels(file: string): LabelTables {
  if (!existsSync(file)) return { en: {} };
  const text = readFileSync(file, 'utf8');
  return byContent(LABELS, contentHash([text]), () => parseLabels(text, file));
}

function parseLabels(text: string, file: string): LabelTables {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const { line, col } = lines.linePos(error.pos[0]);
    throw new BriefdeckError([problem('template', error.message.split('\n')[0], { file, line, column: col })]);
  }
  const parsed = tablesSchema.safeParse(doc.toJS());
  if (!parsed.success || !parsed.data.en) {
    throw new BriefdeckError([problem('template', 'expected a mapping of language → { label: text }, with an `en` table', { file, line: 1, column: 1 })]);
  }
  return parsed.data;
}

/** The suffix of a label's variant for an event still to come: `topicsDiscussed_future`. */
export const FUTURE = '_future';

/**
 * `top`'s labels over `base`'s. A label `top` gives without its `_future` variant loses `base`'s variant too, so the
 * future form never comes from another language (or another wording) than the label it stands for.
 */
function overlay(base: Labels, top: Labels): Labels {
  const labels = { ...base, ...top };
  for (const key of Object.keys(top)) if (!key.endsWith(FUTURE) && top[key + FUTURE] === undefined) delete labels[key + FUTURE];
  return labels;
}

/** en-GB → the `en-GB` table, else `en`, each label falling back to English. */
export function labelsFor(tables: LabelTables, lang: string): Labels {
  const primary = lang.split('-')[0].toLowerCase();
  const exact = Object.keys(tables).find((key) => key.toLowerCase() === lang.toLowerCase() && key.toLowerCase() !== primary);
  return [tables[primary], exact ? tables[exact] : undefined].reduce<Labels>((labels, table) => (table ? overlay(labels, table) : labels), tables.en ?? {});
}

/** A --templates folder's own labels over the bundled ones, language by language: a label it does not give stays the bundled one. */
export function overlayTables(bundled: LabelTables, own: LabelTables): LabelTables {
  const langs = [...new Set([...Object.keys(bundled), ...Object.keys(own)])];
  return Object.fromEntries(langs.map((lang) => [lang, overlay(bundled[lang] ?? {}, own[lang] ?? {})]));
}

/** "Topic {n} of {total}" with {n} and {total} filled in. */
export function fillLabel(text: string, values: Record<string, unknown>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));
}
