// `--templates DIR` overlays the bundled set file by file: only theme.yaml, only topics.hbs, a new slide, errors naming the real file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { BUNDLED_TEMPLATES } from '../../src/templates/bundled.js';
import { loadTemplates } from '../../src/templates/render.js';
import { followed } from '../../src/watch/inputs.js';
import { openDeck } from '../helpers/pptx.js';
import { BIN, REPO, saveAndWaitForBuild, startCli } from '../watch/child.js';

const root = mkdtempSync(join(tmpdir(), 'briefdeck-overlay-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const SAMPLE = join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml');
const BUNDLED_ACCENT = /accent: ([0-9A-F]{6})/.exec(readFileSync(join(DEFAULT_TEMPLATES, 'theme.yaml'), 'utf8'))![1];
let count = 0;

/** A fresh folder under the test root holding these files (name → text). */
function overlay(files: Record<string, string>): string {
  const dir = join(root, `overlay-${++count}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const bundled = (name: string) => readFileSync(join(DEFAULT_TEMPLATES, name), 'utf8');
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });

/** Builds the sample brief (with --templates when given) and opens the deck. */
function build(templates?: string) {
  const out = join(root, `out-${++count}`);
  const run = cli('build', SAMPLE, '-o', out, ...(templates ? ['--templates', templates] : []));
  expect(run.status, run.stderr).toBe(0);
  return { run, bytes: readFileSync(join(out, 'china-nato-8th-dialogue.pptx')) };
}

const slidesWith = (deck: ReturnType<typeof openDeck>, text: string) =>
  Array.from({ length: deck.slideCount }, (_, i) => i + 1).filter((n) => deck.slideXml(n).includes(text));

describe('--templates DIR overlays the bundled templates', () => {
  let plain: ReturnType<typeof openDeck>;
  beforeAll(() => {
    plain = openDeck(build().bytes); // the sample with the bundled set alone
  });

  it('a folder with only theme.yaml: its accent colour is drawn, every template is the bundled one', () => {
    const dir = overlay({ 'theme.yaml': bundled('theme.yaml').replace(`accent: ${BUNDLED_ACCENT}`, 'accent: C0FFEE') });
    const deck = openDeck(build(dir).bytes);
    // the accent is the theme part's accent1, which slides, rules and tags name: no part keeps the bundled one
    expect(deck.parts['ppt/theme/theme1.xml']).toMatch(/<a:accent1><a:srgbClr val="C0FFEE"\/>/);
    expect(Object.values(deck.parts).filter((xml) => xml.includes(BUNDLED_ACCENT))).toEqual([]);
    expect(slidesWith(plain, 'schemeClr val="accent1"').length).toBeGreaterThan(0);
    expect(slidesWith(deck, 'schemeClr val="accent1"')).toEqual(slidesWith(plain, 'schemeClr val="accent1"'));
    expect(deck.slideCount).toBe(plain.slideCount);
    for (let n = 1; n <= deck.slideCount; n++) expect(deck.slideText(n)).toEqual(plain.slideText(n));
    expect(cli('check', SAMPLE, '--templates', dir)).toMatchObject({ status: 0, stderr: '' });
  });

  it('a folder with only topics.hbs: its output appears, the other slides are as bundled', () => {
    const dir = overlay({ 'topics.hbs': bundled('topics.hbs').replace('<title>{{title}}</title>', '<title>Discussed: {{title}}</title>') });
    const deck = openDeck(build(dir).bytes);
    const topicSlides = Array.from({ length: deck.slideCount }, (_, i) => i + 1).filter((n) => deck.slideText(n)[0].startsWith('Discussed: '));
    expect(topicSlides.length).toBeGreaterThan(1);
    expect(deck.slideCount).toBe(plain.slideCount);
    for (let n = 1; n <= deck.slideCount; n++) {
      const [title, ...rest] = plain.slideText(n);
      expect(deck.slideText(n)).toEqual(topicSlides.includes(n) ? [`Discussed: ${title}`, ...rest] : [title, ...rest]);
    }
  });

  it('a new template named in the theme\'s deck list is added', () => {
    const theme = bundled('theme.yaml').replace(/^ {2}- sources$/m, '  - sources\n  - closing');
    const dir = overlay({
      'theme.yaml': theme,
      'closing.hbs': '<slide layout="section" kind="closing">\n  <title>Questions?</title>\n</slide>\n',
    });
    const deck = openDeck(build(dir).bytes);
    expect(deck.slideCount).toBe(plain.slideCount + 1);
    expect(deck.slideText(deck.slideCount)).toContain('Questions?');
  });

  it('a broken overlay template: exit 1, the error names the overlay file and line', () => {
    const broken = bundled('topics.hbs').replace('<title>{{title}}</title>', '<title>{{titel}}</title>');
    const line = broken.split('\n').findIndex((text) => text.includes('{{titel}}')) + 1;
    const dir = overlay({ 'topics.hbs': broken });
    const run = cli('build', SAMPLE, '-o', join(root, 'never'), '--templates', dir);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${join(dir, 'topics.hbs')}:${line}:\\d+: .*titel`, 'm'));
    expect(run.stderr).not.toMatch(/internal error/);
  });

  it('a labels.yaml of its own overlays the bundled labels: its words win, labels it lacks (added since it was copied) stay the bundled ones', () => {
    const dir = overlay({ 'labels.yaml': 'en:\n  summary: Overview\n' }); // no `agenda`, none of the notes' sentences
    const { run, bytes } = build(dir);
    expect(run.stderr).toBe('');
    const deck = openDeck(bytes);
    const titles = Array.from({ length: deck.slideCount }, (_, i) => deck.slideText(i + 1)[0]);
    expect(titles).toEqual(Array.from({ length: plain.slideCount }, (_, i) => plain.slideText(i + 1)[0]).map((t) => (t === 'Summary' ? 'Overview' : t)));
    expect(titles).toContain('Agenda');
    for (let n = 1; n <= deck.slideCount; n++) expect(deck.notes(n)).toEqual(plain.notes(n).map((line) => line.replace(/^Summary, /, 'Overview, ').replace(/: Summary, /, ': Overview, ')));
  });

  it('the bundled set alone is unchanged: no --templates, an empty folder and the bundled folder give the same deck', () => {
    const alone = build().bytes;
    expect(build(overlay({})).bytes.equals(alone)).toBe(true);
    expect(build(DEFAULT_TEMPLATES).bytes.equals(alone)).toBe(true);
  });

  it('check: an unreadable theme.yaml in the folder is exit 1 naming it; a missing folder exit 2', () => {
    const dir = overlay({});
    mkdirSync(join(dir, 'theme.yaml'));
    const unreadable = cli('check', SAMPLE, '--templates', dir);
    expect(unreadable.status, unreadable.stderr).toBe(1);
    expect(unreadable.stderr).toContain(`${join(dir, 'theme.yaml')}: cannot read the theme: a directory has this name`);
    const missing = cli('check', SAMPLE, '--templates', join(root, 'missing'));
    expect(missing.status, missing.stderr).toBe(2);
    expect(missing.stderr).toContain('cannot use this templates folder: no such file or directory');
    expect(missing.stderr + unreadable.stderr).not.toMatch(/internal error/);
  });

  it('watch: a template added to the overlay folder replaces the bundled one, and removing it brings the bundled one back', async () => {
    const dir = overlay({ 'theme.yaml': bundled('theme.yaml') });
    const w = startCli(['watch', SAMPLE, '-o', join(dir, 'out'), '--templates', dir], root);
    try {
      await w.waitFor(({ stdout }) => stdout.includes('Ctrl-C to stop'), 'the first build');
      const deckFile = join(dir, 'out', 'china-nato-8th-dialogue.pptx');
      const titles = () => {
        const deck = openDeck(deckFile);
        return Array.from({ length: deck.slideCount }, (_, i) => deck.slideText(i + 1)[0]);
      };
      expect(titles().some((title) => title.startsWith('Discussed: '))).toBe(false);
      const topics = bundled('topics.hbs').replace('<title>{{title}}</title>', '<title>Discussed: {{title}}</title>');
      await saveAndWaitForBuild(w, () => writeFileSync(join(dir, 'topics.hbs'), topics), 'the rebuild after topics.hbs is added');
      expect(titles().some((title) => title.startsWith('Discussed: '))).toBe(true);
      await saveAndWaitForBuild(w, () => rmSync(join(dir, 'topics.hbs')), 'the rebuild after topics.hbs is removed');
      expect(titles().some((title) => title.startsWith('Discussed: '))).toBe(false);
    } finally {
      w.stop();
    }
  });

  it("the templates layer's bundled folder is the CLI's default one", () => {
    expect(BUNDLED_TEMPLATES).toBe(DEFAULT_TEMPLATES);
  });

  it('watch follows the overlay folder (files added later included) and the bundled files it uses', () => {
    const dir = overlay({ 'theme.yaml': bundled('theme.yaml') });
    const set = loadTemplates(dir);
    const { interest } = followed({ files: [], dirs: [] }, set.files, dir);
    const inOverlay = interest.get(dir)!;
    for (const name of ['theme.yaml', 'labels.yaml', 'topics.hbs', 'closing.hbs']) expect(inOverlay(name), name).toBe(true);
    const inBundled = interest.get(DEFAULT_TEMPLATES)!;
    for (const name of ['labels.yaml', 'topics.hbs', 'title.hbs']) expect(inBundled(name), name).toBe(true);
    expect(inBundled('theme.yaml')).toBe(false); // the overlay's theme is the one in use
  });

  it('watch follows both labels files when the folder has its own: its labels overlay the bundled ones', () => {
    const dir = overlay({ 'labels.yaml': 'en:\n  summary: Overview\n' });
    const { interest } = followed({ files: [], dirs: [] }, loadTemplates(dir).files, dir);
    expect(interest.get(dir)!('labels.yaml')).toBe(true);
    expect(interest.get(DEFAULT_TEMPLATES)!('labels.yaml')).toBe(true);
  });
});
