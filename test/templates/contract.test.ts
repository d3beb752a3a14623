// Templates are held to the markup contract and to the data they see: unknown tags, attributes, layouts and fields are errors at FILE:LINE.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBrief } from '../../src/brief/load.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { BIN, REPO } from '../watch/child.js';
import { layoutOf, openDeck, placeholderShape } from '../helpers/pptx.js';

const root = mkdtempSync(join(tmpdir(), 'briefdeck-contract-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const MINIMAL = join(REPO, 'test', 'fixtures', 'valid-minimal.yaml');
const FULL = join(REPO, 'test', 'fixtures', 'valid-full.yaml');
let count = 0;

/** A copy of the bundled templates with text replaced in one file (every occurrence; `from` must occur). */
function templatesWith(file: string, from: string, to: string): string {
  const dir = join(root, `t${++count}`);
  cpSync(join(REPO, 'templates'), dir, { recursive: true });
  const text = readFileSync(join(dir, file), 'utf8');
  expect(text, `${file} holds ${from}`).toContain(from);
  writeFileSync(join(dir, file), text.split(from).join(to));
  return dir;
}

/** The line (1-based) of the first occurrence of `text` in a template of `dir`. */
const lineOf = (dir: string, file: string, text: string) => readFileSync(join(dir, file), 'utf8').slice(0, readFileSync(join(dir, file), 'utf8').indexOf(text)).split('\n').length;

const build = (templates: string, brief = MINIMAL) => {
  const out = join(root, `out${++count}`);
  const run = spawnSync(process.execPath, [BIN, 'build', brief, '-o', out, '--templates', templates], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { ...run, out };
};

describe('refused when the templates are loaded, at templates/FILE.hbs:LINE:COLUMN, nothing built', () => {
  const cases: [string, string, string, string, RegExp, string?][] = [
    ['an unknown tag', 'summary.hbs', 'bullets>', 'bulets>', /unknown tag <bulets> \(did you mean bullets\?\)/],
    ['a tag where the renderer does not draw it', 'summary.hbs', "<subtitle>{{t 'bottomLine'}}</subtitle>", "<li>{{t 'bottomLine'}}</li>", /<li> is not allowed inside <slide>/],
    ['an unknown attribute', 'agenda.hbs', 'layout="content"', 'layuot="content"', /unknown attribute layuot on <slide> \(did you mean layout\?\)/],
    ['an unknown kind of message', 'summary.hbs', '<message kind="lead">', '<message kind="laed">', /kind="laed" on <message>: expected lead \(did you mean lead\?\)/],
    ['an unknown layout', 'agenda.hbs', 'layout="content"', 'layout="sectoin"', /layout="sectoin" on <slide>: expected title, content, section \(did you mean section\?\)/],
    ['content on a section slide, which draws only its title and subtitle', 'agenda.hbs', 'layout="content"', 'layout="section"', /<bullets> is not drawn on a layout="section" slide/, '<bullets numbered="true">'],
    ['text that no element holds', 'summary.hbs', '<bullets>', '<bullets>stray words', /text directly inside <bullets> would be lost \("stray words"\)/],
    ['a misspelt field', 'title.hbs', '<title>{{title}}</title>', '<title>{{titel}}</title>', /\{\{titel\}\}: no field "titel" in the top level of the brief data \(did you mean "title"\?\)/],
    ['a misspelt field in a helper\'s argument', 'title.hbs', '{{#if subtitle}}', '{{#if subtitel}}', /\{\{subtitel\}\}: no field "subtitel"/],
    ['a misspelt field inside #each', 'topics.hbs', '<title>{{title}}</title>', '<title>{{titl}}</title>', /no field "titl" in each item of topics \(did you mean "title"\?\); it has title, message, points, image, notes/],
    ['a misspelt label', 'agenda.hbs', "<title>{{t 'agenda'}}</title>", "<title>{{t 'agnda'}}</title>", /unknown label "agnda" \(did you mean "agenda"\?\)/],
    ['an unknown helper', 'title.hbs', '{{date prepared_on}}', '{{fromat prepared_on}}', /unknown helper "fromat"/],
    ['brief text put into the markup unescaped', 'title.hbs', '<title>{{title}}</title>', '<title>{{{title}}}</title>', /\{\{\{title\}\}\} puts brief text into the markup unescaped/],
  ];
  for (const [what, file, from, to, message, at = to] of cases) {
    it(what, () => {
      const templates = templatesWith(file, from, to);
      const run = build(templates);
      expect(run.status, run.stderr).toBe(1);
      const line = lineOf(templates, file, at);
      const reported = run.stderr.split('\n').find((l) => message.test(l));
      expect(reported, run.stderr).toBeDefined();
      expect(reported!.startsWith(`${join(templates, file)}:${line}:`), reported).toBe(true);
      expect(run.stderr).not.toMatch(/internal error|^\s+at /m);
      expect(existsSync(run.out)).toBe(false);
    });
  }
});

describe('refused when rendered: what only the brief decides', () => {
  it('a layout chosen by an expression is checked on the rendered slide, at the template\'s line', async () => {
    const templates = templatesWith('agenda.hbs', 'layout="content"', 'layout="{{#if title}}sectoin{{else}}content{{/if}}"');
    const run = build(templates);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain(`${join(templates, 'agenda.hbs')}:2: layout="sectoin" on <slide>: expected title, content, section`);
    expect(existsSync(run.out)).toBe(false);
  });
});

describe('every layout is drawn', () => {
  it('a section slide shows its title and subtitle', async () => {
    const templates = templatesWith('summary.hbs', '{{!-- Summary: the bottom line up front. --}}', `{{!-- A section divider before the summary. --}}
<slide layout="section" kind="divider" section="Part one">
  <title>Part one: the bottom line</title>
  <subtitle>What was agreed</subtitle>
  <notes>Now the summary.</notes>
</slide>`);
    const loaded = await loadBrief(FULL);
    const deck = await buildDeck(loaded, loadTemplates(templates));
    const index = deck.slides.findIndex((s) => s.kind === 'divider');
    expect(index).toBeGreaterThan(0);
    const view = openDeck(deck.bytes);
    expect(view.slideText(index + 1)).toEqual(expect.arrayContaining(['Part one: the bottom line', 'What was agreed']));
    // on the Section Header layout: its title large (the title slide's 40 pt, not a content title's 30 pt) and centred
    const layout = layoutOf(view, index + 1);
    expect(layout.name).toBe('Section Header');
    expect(placeholderShape(layout.xml, 'title')).toMatch(/<a:lvl1pPr algn="ctr"><a:defRPr sz="4000"/);
    expect(placeholderShape(view.slideXml(index + 1), 'body')).toContain('What was agreed');
  });
});

describe('the bundled templates pass every check', () => {
  it('with the minimal and the full brief', async () => {
    const templates = loadTemplates(join(REPO, 'templates'));
    for (const file of [MINIMAL, FULL, join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml')]) {
      const deck = await buildDeck(await loadBrief(file), templates);
      expect(deck.slides.length, file).toBeGreaterThan(3);
    }
  });
});
