// Templates compiled once per content: the bundled ones precompiled at build time, a --templates file recompiled when it changes, errors at FILE:LINE.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadBrief } from '../../src/brief/load.js';
import type { BriefdeckError } from '../../src/errors.js';
import { BUNDLED_TEMPLATES } from '../../src/templates/bundled.js';
import { handlebarsCompiler } from '../../src/templates/compiler.js';
import { SOURCE_ATTRIBUTE } from '../../src/templates/contract.js';
import { loadTemplates } from '../../src/templates/render.js';

const root = mkdtempSync(join(tmpdir(), 'briefdeck-compiled-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());
const SAMPLE = join(BUNDLED_TEMPLATES, '..', 'briefs', 'china-nato-8th-dialogue.yaml');
const SUMMARY = readFileSync(join(BUNDLED_TEMPLATES, 'summary.hbs'), 'utf8');
let count = 0;

/** A --templates folder holding summary.hbs with this text. */
function withSummary(text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(root, `set-${++count}-`));
  const file = join(dir, 'summary.hbs');
  writeFileSync(file, text);
  return { dir, file };
}

const problemsOf = (load: () => unknown) => {
  try {
    load();
  } catch (e) {
    return (e as BriefdeckError).problems;
  }
  throw new Error('expected the templates to be refused');
};

describe('templates compiled once per content', () => {
  it('renders the bundled set without the Handlebars compiler (precompiled at build time: run `npm run build` if this fails)', async () => {
    const precompile = vi.spyOn(handlebarsCompiler(), 'precompile');
    const parse = vi.spyOn(handlebarsCompiler(), 'parse');
    const markup = loadTemplates(BUNDLED_TEMPLATES).render((await loadBrief(SAMPLE)).brief, '2025-01-01');
    expect(precompile).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();
    // each slide points back at the bundled file it came from, wherever the package is installed
    expect(markup).toContain(`${SOURCE_ATTRIBUTE}="${encodeURIComponent(join(BUNDLED_TEMPLATES, 'summary.hbs'))}:`);
    expect(markup).not.toMatch(/briefdeck-template-file/);
  });

  it('recompiles an edited --templates file, and compiles an unchanged one only once', async () => {
    const brief = (await loadBrief(SAMPLE)).brief;
    const { dir, file } = withSummary(SUMMARY.replace("{{t 'bottomLine'}}</subtitle>", 'First wording</subtitle>'));
    const precompile = vi.spyOn(handlebarsCompiler(), 'precompile');
    expect(loadTemplates(dir).render(brief, '2025-01-01')).toContain('First wording</subtitle>');
    expect(precompile).toHaveBeenCalledTimes(1);
    expect(loadTemplates(dir).render(brief, '2025-01-01')).toContain('First wording</subtitle>');
    expect(precompile).toHaveBeenCalledTimes(1); // the same content: the compiled template is reused
    writeFileSync(file, SUMMARY.replace("{{t 'bottomLine'}}</subtitle>", 'Second wording</subtitle>'));
    const edited = loadTemplates(dir).render(brief, '2025-01-01');
    expect(edited).toContain('Second wording</subtitle>');
    expect(edited).not.toContain('First wording');
    expect(precompile).toHaveBeenCalledTimes(2);
    expect(edited).toContain(`${SOURCE_ATTRIBUTE}="${encodeURIComponent(file)}:`); // the overlay's own file
  });

  it('reports a syntax error at the template file and line, every time it is loaded', () => {
    const { dir, file } = withSummary('<slide layout="content">\n<title>Summary</title>\n{{#if headline}}\n<bullets><li>x</li></bullets>\n</slide>\n');
    for (let load = 0; load < 2; load++) {
      const problems = problemsOf(() => loadTemplates(dir));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file, line: 6 }); // Handlebars finds the unclosed block at the end
      expect(problems[0].message).toMatch(/^Parse error on line 6/);
    }
  });

  it('reports a misspelt field and a markup error at FILE:LINE:COLUMN, also once the file is fixed and broken again', async () => {
    const broken = '<slide layout="content">\n<title>{{sumary}}</title>\n<bullets><li>x</li></bulets>\n</slide>\n';
    const { dir, file } = withSummary(broken);
    const first = problemsOf(() => loadTemplates(dir));
    expect(first.map((p) => `${p.file}:${p.line}`).sort()).toEqual([`${file}:2`, `${file}:3`]); // the field, the closing tag
    writeFileSync(file, broken.replace('</bulets>', '</bullets>'));
    const misspelt = problemsOf(() => loadTemplates(dir));
    expect(misspelt).toHaveLength(1);
    expect(misspelt[0]).toMatchObject({ file, line: 2, column: 10 });
    expect(misspelt[0].message).toMatch(/no field "sumary".*did you mean "summary"/);
    writeFileSync(file, SUMMARY);
    expect(() => loadTemplates(dir)).not.toThrow();
    writeFileSync(file, broken);
    expect(problemsOf(() => loadTemplates(dir))).toEqual(first);
  });
});

describe('dates and lists in the brief\'s language (formatters kept per language and form)', () => {
  it('formats each form of a date in its own way, the French first of the month included', async () => {
    const { formatDate, listPhrase } = await import('../../src/templates/helpers.js');
    expect(formatDate('2024-11-01', 'fr')).toBe('1er novembre 2024');
    expect(formatDate('2024-11', 'fr')).toBe('novembre 2024');
    expect(formatDate('2024', 'fr')).toBe('2024');
    expect(formatDate('2024-03-14', 'en-GB')).toBe('14 March 2024');
    expect(formatDate('2024-03-01', 'not a language!')).toBe('1 March 2024'); // falls back to en-GB, no "1er"
    expect(listPhrase(['a', 'b', 'c'], 'de')).toBe('a, b und c');
    expect(listPhrase(['a', 'b', 'c'], 'not a language!')).toBe('a, b and c');
    expect(listPhrase(['a', 'b'], 'de')).toBe('a und b');
  });
});
