// Classification markings through the CLI: unknown ones refused at their position by check, build and preview (nothing written);
// known ones on every slide and notes page; an organisation's own markings from its theme (--templates).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBrief } from '../../src/brief/load.js';
import { formatProblem } from '../../src/cli/output.js';
import { isBriefdeckError } from '../../src/errors.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { briefdeck, inherited, shapes, slideHeight } from '../deck/decks.js';
import { openDeck, type DeckView } from '../helpers/pptx.js';
import { REPO } from '../watch/child.js';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-markings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MINIMAL = readFileSync(join(REPO, 'test', 'fixtures', 'valid-minimal.yaml'), 'utf8');

/** The minimal fixture with a classification line added as line 3 (after the two comment lines). */
function brief(name: string, marking: string, extra = ''): string {
  const lines = MINIMAL.split('\n');
  lines.splice(2, 0, `classification: ${marking}`);
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, lines.join('\n') + extra);
  return file;
}

const notesParts = (deck: DeckView) => Object.keys(deck.parts).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name));

describe('an unknown marking', () => {
  it("is an error at its line and column in `check`, with a did-you-mean from the theme's list and the known markings", () => {
    const file = brief('secert', 'SECERT');
    const run = briefdeck(['check', file]);
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `${file}:3:17: classification: expected a marking the theme lists, found text "SECERT"; did you mean \`SECRET\`?`,
      '  3 | classification: SECERT',
      '                      ^',
    ]);
    expect(lines[3]).toMatch(
      /^ {2}hint: known markings — US: UNCLASSIFIED, CUI, CONFIDENTIAL, SECRET, TOP SECRET; UK: OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET; NATO: .*France: DIFFUSION RESTREINTE, SECRET, TRÈS SECRET; Germany: /,
    );
    expect(lines[4]).toBe(`${file}: refused (1 problem); nothing written`);
  });

  it('suggests the marking of the same scheme: DIFFUSION RESTRICTED → DIFFUSION RESTREINTE; none for CONFIDENTIEL DÉFENSE', () => {
    expect(briefdeck(['check', brief('dr', 'DIFFUSION RESTRICTED')]).stderr).toContain(
      'found text "DIFFUSION RESTRICTED"; did you mean `DIFFUSION RESTREINTE`?\n',
    );
    const cd = briefdeck(['check', brief('cd', 'CONFIDENTIEL DÉFENSE')]);
    expect(cd.status).toBe(1);
    expect(cd.stderr).toContain('classification: expected a marking the theme lists, found text "CONFIDENTIEL DÉFENSE"\n');
  });

  it("is reported with the schema's problems, all at once, sorted by line", () => {
    const file = brief('both', 'SECRET//NOFRON', 'prepared_on: 14/03/2024\n');
    const run = briefdeck(['check', file]);
    const heads = run.stderr.split('\n').filter((line) => line.startsWith(file));
    expect(heads).toEqual([
      `${file}:3:17: classification: expected caveats the theme lists for SECRET, found "NOFRON" in text "SECRET//NOFRON"; did you mean \`SECRET//NOFORN\`?`,
      `${file}:13:14: prepared_on: expected an ISO date YYYY-MM-DD, found text "14/03/2024"`,
      `${file}: refused (2 problems); nothing written`,
    ]);
  });

  it('makes `build` and `preview` refuse before writing anything', () => {
    const file = brief('cd-build', 'CONFIDENTIEL DÉFENSE');
    for (const command of ['build', 'preview']) {
      const out = join(dir, `out-${command}`);
      const run = briefdeck([command, file, '--pdf', '--handout', '-o', out]);
      expect(run.status, command).toBe(1);
      expect(run.stderr, command).toContain(`${file}:3:17: classification: expected a marking the theme lists`);
      expect(existsSync(out) ? readdirSync(out) : [], command).toEqual([]);
    }
  });

  it('is refused at its position by the library pipeline too (what `watch` runs), even when loaded without the theme', async () => {
    const loaded = await loadBrief(brief('lib', 'Unclassifed'));
    const refusal = await buildDeck(loaded, loadTemplates(DEFAULT_TEMPLATES)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isBriefdeckError(refusal) && refusal.problems.map((p) => formatProblem(p).split('\n').slice(0, 2))).toEqual([
      [
        `${join(dir, 'lib.yaml')}:3:17: classification: expected a marking the theme lists, found text "Unclassifed"; did you mean \`UNCLASSIFIED\`?`,
        '  3 | classification: Unclassifed',
      ],
    ]);
  });
});

describe('a known marking', () => {
  it.each([
    ['OFFICIAL-SENSITIVE', '502B85'],
    ['CUI', '502B85'],
    ['secret//noforn', 'C8102E'],
  ])('%s: banners top and bottom of every slide and every notes page, in %s', (marking, fill) => {
    const file = brief(`known-${fill}-${marking.length}`, marking);
    const out = join(dir, 'known');
    const run = briefdeck(['build', file, '-o', out]);
    expect(run.status, run.stderr).toBe(0);
    const deck = openDeck(join(out, `${file.split('/').pop()!.replace('.yaml', '')}.pptx`));
    const text = marking.toUpperCase();
    const height = slideHeight(deck);
    for (let n = 1; n <= deck.slideCount; n++) {
      const banners = inherited(deck, n).shapes.filter((s) => s.text === text);
      expect(banners.map((s) => [s.y === 0 ? 'top' : s.y + s.height === height ? 'bottom' : s.y, s.fill]).sort(), `slide ${n}`).toEqual([
        ['bottom', fill],
        ['top', fill],
      ]);
    }
    const notes = notesParts(deck);
    expect(notes).toHaveLength(deck.slideCount);
    const pageHeight = Number(/<p:notesSz cx="\d+" cy="(\d+)"/.exec(deck.parts['ppt/presentation.xml'])?.[1]);
    for (const part of notes) {
      const banners = shapes(deck.parts[part]).filter((s) => s.text === text);
      expect(banners.map((s) => [s.y === 0 ? 'top' : s.y + s.height === pageHeight ? 'bottom' : s.y, s.fill]).sort(), part).toEqual([
        ['bottom', fill],
        ['top', fill],
      ]);
    }
  });

  it('adds no banner to notes pages when the brief has no classification', () => {
    const out = join(dir, 'none');
    const file = join(dir, 'none.yaml');
    writeFileSync(file, MINIMAL);
    expect(briefdeck(['build', file, '-o', out]).status).toBe(0);
    const deck = openDeck(join(out, 'none.pptx'));
    for (const part of notesParts(deck)) expect(deck.parts[part], part).not.toContain('name="Classification');
  });
});

describe("an organisation's own markings (--templates)", () => {
  const templates = join(dir, 'templates');
  mkdirSync(templates, { recursive: true });
  cpSync(DEFAULT_TEMPLATES, templates, { recursive: true });
  const theme = readFileSync(join(templates, 'theme.yaml'), 'utf8');
  writeFileSync(
    join(templates, 'theme.yaml'),
    theme.replace(/^ {2}schemes:\n/m, '  schemes:\n    ACME:\n      markings:\n        ACME PROPRIETARY: { level: confidential, aliases: [ACME PROP] }\n'),
  );

  it("are known to `check --templates` and `build --templates`, drawn in their level's colour with their full name", () => {
    const file = brief('acme', 'acme prop');
    expect(briefdeck(['check', file, '--templates', templates])).toMatchObject({ status: 0, stderr: '' });
    const out = join(dir, 'acme-out');
    expect(briefdeck(['build', file, '--templates', templates, '-o', out]).status).toBe(0);
    const deck = openDeck(join(out, 'acme.pptx'));
    expect(
      inherited(deck, 1)
        .shapes.filter((s) => s.text === 'ACME PROPRIETARY')
        .map((s) => s.fill),
    ).toEqual(['0033A0', '0033A0']);
  });

  it('are unknown to the bundled theme', () => {
    const run = briefdeck(['check', brief('acme-default', 'ACME PROPRIETARY')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('classification: expected a marking the theme lists, found text "ACME PROPRIETARY"');
  });
});
