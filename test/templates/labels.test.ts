// Slide labels by language: lookup with fallback, filling, and the shipped tables' completeness.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { fillLabel, labelsFor, loadLabels } from '../../src/templates/labels.js';

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

  it('fills {n} and {total}, leaving unknown placeholders visible', () => {
    expect(fillLabel(tables.en.topicOf, { n: 2, total: 5 })).toBe('Topic 2 of 5');
    expect(fillLabel('x {y}', {})).toBe('x {y}');
  });
});
