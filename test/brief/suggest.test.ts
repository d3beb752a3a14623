// Did-you-mean: misspelt keys, and the intended form of near-miss values.
import { describe, expect, it } from 'vitest';
import { suggestBoolean, suggestDate, suggestLanguage, suggestUrl } from '../../src/brief/suggest.js';
import { closest } from '../../src/shared/closest.js';

const KEYS = [
  'title',
  'subtitle',
  'event',
  'classification',
  'prepared_by',
  'prepared_on',
  'language',
  'summary',
  'participants',
  'topics',
  'background',
  'takeaways',
  'sources',
];

describe('closest key', () => {
  it('finds typos, swapped letters, other separators and case', () => {
    expect(closest('sumary', KEYS)).toBe('summary');
    expect(closest('partcipants', KEYS)).toBe('participants');
    expect(closest('tpoics', KEYS)).toBe('topics');
    expect(closest('prepared-by', KEYS)).toBe('prepared_by');
    expect(closest('Prepared By', KEYS)).toBe('prepared_by');
    expect(closest('Title', KEYS)).toBe('title');
  });

  it('says nothing when no key is close', () => {
    expect(closest('colour', KEYS)).toBeUndefined();
    expect(closest('x', KEYS)).toBeUndefined();
  });
});

describe('near-miss values', () => {
  it('maps YAML 1.1 booleans to true and false', () => {
    expect(['yes', 'Yes', 'on', 'y', 'TRUE'].map(suggestBoolean)).toEqual(['true', 'true', 'true', 'true', 'true']);
    expect(['no', 'off', 'N'].map(suggestBoolean)).toEqual(['false', 'false', 'false']);
    expect(suggestBoolean('maybe')).toBeUndefined();
  });

  it('rewrites dates people write into ISO form, and does not guess an ambiguous day and month', () => {
    expect(suggestDate('2024-3-14')).toBe('2024-03-14');
    expect(suggestDate('2024/03/14')).toBe('2024-03-14');
    expect(suggestDate('14.03.2024')).toBe('2024-03-14');
    expect(suggestDate('03/14/2024')).toBe('2024-03-14');
    expect(suggestDate('14 March 2024')).toBe('2024-03-14');
    expect(suggestDate('March 14, 2024')).toBe('2024-03-14');
    expect(suggestDate('Feb 2023')).toBe('2023-02');
    expect(suggestDate('05/03/2024')).toBeUndefined();
    expect(suggestDate('soon')).toBeUndefined();
  });

  it('turns language names and underscores into tags', () => {
    expect(suggestLanguage('en_GB')).toBe('en-GB');
    expect(suggestLanguage('French')).toBe('fr-FR');
    expect(suggestLanguage('chinese')).toBe('zh-CN');
    expect(suggestLanguage('en-BG')).toBe('en-GB');
    expect(suggestLanguage('Klingon')).toBeUndefined();
  });

  it('adds the scheme to a web address written without one', () => {
    expect(suggestUrl('www.nato.int/cps/en?x=1&y=2')).toBe('https://www.nato.int/cps/en?x=1&y=2');
    expect(suggestUrl('ftp://example.org')).toBeUndefined();
    expect(suggestUrl('not a url')).toBeUndefined();
  });
});
