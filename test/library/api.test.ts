// The library API as a Node user reaches for it: the bundled templates by default, one call from a brief file to the deck `briefdeck build` writes, refusals as positioned problems.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BriefdeckError, buildDeck, buildDeckFromFile, buildDeckFromText, DEFAULT_TEMPLATES, loadBrief, loadTemplates, writeDeck } from '../../src/index.js';
import { BIN, REPO } from '../watch/child.js';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-library-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MINIMAL = join(REPO, 'test', 'fixtures', 'valid-minimal.yaml');
const LONG_TITLES = join(REPO, 'test', 'fixtures', 'stress-long-titles.yaml');
const BROKEN = join(REPO, 'test', 'fixtures', 'invalid-misspelt-keys.yaml');
const SAMPLE = join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml');

/** Runs the repository's CLI from the repository, so the paths it prints are relative to it. */
function cli(args: string[]) {
  const { SOURCE_DATE_EPOCH: _, ...env } = process.env;
  return spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });
}

/** The error a promise rejects with (the test fails when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<BriefdeckError> {
  const outcome = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(BriefdeckError);
  return outcome as BriefdeckError;
}

describe('loadTemplates', () => {
  it('loads the bundled templates when no folder is given', () => {
    const templates = loadTemplates();
    expect(templates.dir).toBe(DEFAULT_TEMPLATES);
    expect(templates.theme.deck.length).toBeGreaterThan(3);
    expect(loadTemplates(undefined, { theme: 'print' }).themeFile).not.toBe(templates.themeFile);
  });
});

describe('buildDeckFromFile', () => {
  it('makes the bytes `briefdeck build` writes, with the slides and no warnings for the sample', async () => {
    const built = cli(['build', relative(REPO, SAMPLE), '-o', join(dir, 'cli')]);
    expect(built.status, built.stderr).toBe(0);
    const deck = await buildDeckFromFile(SAMPLE);
    expect(Buffer.from(deck.bytes).equals(readFileSync(join(dir, 'cli', 'china-nato-8th-dialogue.pptx')))).toBe(true);
    expect(built.stdout).toContain(`${deck.slides.length} slides`);
    expect(deck.warnings).toEqual([]);
    expect(deck.file).toBe(SAMPLE);
    expect(deck.brief.title).toMatch(/China.NATO/);
  });

  it('takes the options `build` takes: a built-in theme, or a template set already loaded', async () => {
    const print = await buildDeckFromFile(MINIMAL, { theme: 'print' });
    const built = cli(['build', relative(REPO, MINIMAL), '--theme', 'print', '-o', join(dir, 'print')]);
    expect(built.status, built.stderr).toBe(0);
    expect(Buffer.from(print.bytes).equals(readFileSync(join(dir, 'print', 'valid-minimal.pptx')))).toBe(true);
    const preloaded = await buildDeckFromFile(MINIMAL, { templates: loadTemplates(undefined, { theme: 'print' }) });
    expect(Buffer.from(preloaded.bytes).equals(Buffer.from(print.bytes))).toBe(true);
    const byHand = await buildDeck(await loadBrief(MINIMAL), loadTemplates());
    expect(Buffer.from(byHand.bytes).equals(Buffer.from((await buildDeckFromFile(MINIMAL)).bytes))).toBe(true);
  });

  it('refuses a brief with the problems `briefdeck check` prints, each at FILE:LINE:COLUMN', async () => {
    const error = await rejection(buildDeckFromFile(relative(REPO, BROKEN).split('\\').join('/')));
    const checked = cli(['check', relative(REPO, BROKEN)]);
    expect(checked.status).toBe(error.exitCode);
    expect(error.exitCode).toBe(1);
    expect(error.problems.length).toBe(3);
    for (const problem of error.problems) {
      expect(problem.line).toBeGreaterThan(0);
      expect(checked.stderr).toContain(`${problem.file}:${problem.line}:${problem.column}: ${problem.path}: ${problem.message}`);
    }
  });

  it('refuses a marking the theme does not list, as the CLI does', async () => {
    const text = readFileSync(MINIMAL, 'utf8').replace('title: Staff talks readout', 'title: Staff talks readout\nclassification: SECRETISH');
    const error = await rejection(buildDeckFromText(text, { file: 'marked.yaml' }));
    expect(error.problems.map((p) => [p.file, p.line, p.path])).toEqual([['marked.yaml', 4, 'classification']]);
  });

  it('returns warnings, and refuses them as errors with strict', async () => {
    const deck = await buildDeckFromFile(LONG_TITLES);
    expect(deck.warnings.length).toBeGreaterThan(0);
    expect(deck.warnings.every((w) => w.severity === 'warning')).toBe(true);
    const error = await rejection(buildDeckFromFile(LONG_TITLES, { strict: true }));
    expect(error.problems.map((p) => p.message)).toEqual(deck.warnings.map((w) => w.message));
    expect(error.problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('refuses template options beside a template set already loaded (they would be ignored)', async () => {
    const error = await rejection(buildDeckFromFile(MINIMAL, { templates: loadTemplates(), theme: 'print' }));
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('theme');
  });
});

describe('buildDeckFromText', () => {
  it('builds the same deck as the file holding the text', async () => {
    const fromText = await buildDeckFromText(readFileSync(MINIMAL, 'utf8'), { file: MINIMAL });
    expect(Buffer.from(fromText.bytes).equals(Buffer.from((await buildDeckFromFile(MINIMAL)).bytes))).toBe(true);
  });
});

describe('writeDeck', () => {
  it('writes the deck, creating folders, and replaces an earlier one whole', async () => {
    const target = join(dir, 'written', 'sub', 'deck.pptx');
    await writeDeck(await buildDeckFromFile(MINIMAL), target);
    const sample = await buildDeckFromFile(SAMPLE);
    await writeDeck(sample, target);
    expect(readFileSync(target).equals(Buffer.from(sample.bytes))).toBe(true);
  });

  it('refuses a path it cannot write, naming it, and leaves nothing behind', async () => {
    const blocker = join(dir, 'blocker');
    mkdirSync(dir, { recursive: true });
    writeFileSync(blocker, 'a file where a folder should be');
    const target = join(blocker, 'deck.pptx');
    const error = await rejection(writeDeck(await buildDeckFromFile(MINIMAL), target));
    expect(error.problems[0]).toMatchObject({ code: 'write', file: target });
    expect(readFileSync(blocker, 'utf8')).toBe('a file where a folder should be');
  });
});
