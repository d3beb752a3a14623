// Slide labels by language: lookup with fallback, filling, and the shipped tables' completeness.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { checkPaths } from '../../src/templates/check-paths.js';
import { contextShape } from '../../src/templates/context.js';
import { helpers, label } from '../../src/templates/helpers.js';
import { fillLabel, labelsFor, loadLabels, overlayTables } from '../../src/templates/labels.js';

const tables = loadLabels(join(DEFAULT_TEMPLATES, 'labels.yaml'));

describe('labels', () => {
  it('every shipped language has every English label', () => {
    const keys = Object.keys(tables.en).sort();
    expect(keys.length).toBeGreaterThan(10);
    for (const [lang, table] of Object.entries(tables)) expect(Object.keys(table).sort(), lang).toEqual(keys);
  });

  it('picks the table by primary language tag and falls back to English', () => {
    expect(labelsFor(tables, 'fr-CA').agenda).toBe('Ordre du jour');
    expect(labelsFor(tables, 'de').summary).toBe('Zusammenfassung');
    expect(labelsFor(tables, 'zh-CN').agenda).toBe('Agenda');
    expect(labelsFor({ en: { a: 'A', b: 'B' }, xx: { a: 'Ä' } }, 'xx-YY')).toEqual({ a: 'Ä', b: 'B' });
  });

  it('every shipped language is written with its own typography', () => {
    expect(Object.keys(tables).sort()).toEqual(['de', 'en', 'es', 'fr']);
    for (const [lang, table] of Object.entries(tables)) {
      for (const [key, text] of Object.entries(table)) {
        expect(text, `${lang}.${key}: typographic apostrophes and quotes`).not.toMatch(/['"]/);
        expect(text, `${lang}.${key}: the same placeholders as English`).toMatch(new RegExp((tables.en[key].match(/\{\w+\}/g) ?? []).map((p) => `(?=.*\\${p.slice(0, -1)}\\})`).join('')));
        if (lang === 'fr') expect(text, `fr.${key}: a no-break space before : and a narrow one before ; ! ?`).not.toMatch(/[^\u00a0]:|[^\u202f][;!?]/);
        else expect(text, `${lang}.${key}: no space before :`).not.toMatch(/\s[:;!?]/);
      }
    }
  });

  it('every _future variant has its present form, in every language', () => {
    const future = Object.keys(tables.en).filter((key) => key.endsWith('_future'));
    expect(future.length).toBeGreaterThan(4);
    for (const key of future) expect(tables.en[key.replace(/_future$/, '')], key).toBeDefined();
  });

  it('a label’s future form never comes from another language than the label itself', () => {
    const own = { en: { done: 'Discussed', done_future: 'To discuss' }, it: { done: 'Discussi' } };
    expect(label(labelsFor(own, 'it'), 'done', true)).toBe('Discussi'); // not the English future
    expect(label(labelsFor(own, 'en-GB'), 'done', true)).toBe('To discuss');
    expect(label(labelsFor(own, 'en-GB'), 'done', false)).toBe('Discussed');
    expect(label(labelsFor(tables, 'fr-CA'), 'topicsDiscussed', true)).toBe('Sujets à aborder');
  });

  it('a folder’s own labels.yaml overlays the bundled one: labels it lacks stay the bundled ones, its own words win', () => {
    const merged = overlayTables(tables, { en: { agenda: 'Programme' }, fr: { topicsDiscussed: 'Thèmes abordés' } });
    expect(labelsFor(merged, 'en').agenda).toBe('Programme');
    expect(labelsFor(merged, 'en').eventPlaceDate).toBe(tables.en.eventPlaceDate);
    expect(labelsFor(merged, 'de').agenda).toBe('Tagesordnung');
    expect(label(labelsFor(merged, 'fr'), 'topicsDiscussed', true)).toBe('Thèmes abordés'); // its word, not the bundled future of another word
    expect(label(labelsFor(merged, 'fr'), 'noDetail', true)).toBe(tables.fr.noDetail_future);
  });

  it('templates are checked against the labels with values and the `future` flag', () => {
    const keys = Object.keys(tables.en);
    const check = (source: string) => checkPaths(source, 'own.hbs', { shape: contextShape(keys), helpers: Object.keys(helpers), labels: keys }).map((p) => p.message);
    expect(check("{{#if future}}{{t 'eventPlace' place=event.location}}{{/if}} {{t 'topicsDiscussed_future'}} {{list agenda of='title'}}")).toEqual([]);
    expect(check("{{t 'eventPlace' place=event.locaton}}")).toEqual([expect.stringMatching(/no field "locaton" in event \(did you mean "location"\?\)/)]);
    expect(check("{{t 'evntPlace'}}")).toEqual([expect.stringMatching(/unknown label "evntPlace" \(did you mean "eventPlace"\?\)/)]);
    expect(check('{{#if futur}}x{{/if}}')).toEqual([expect.stringMatching(/no field "futur" .*did you mean "future"/)]);
  });

  it('fills {n} and {total}, leaving unknown placeholders visible', () => {
    expect(fillLabel(tables.en.topicOf, { n: 2, total: 5 })).toBe('Topic 2 of 5');
    expect(fillLabel('x {y}', {})).toBe('x {y}');
  });
});
