// When LibreOffice is missing, hangs or fails: a clear message, exit 1, and the .pptx still written.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOffice } from '../../src/export/office.js';
import { openDeck } from '../helpers/pptx.js';
import { runCli, SAMPLE } from './helpers.js';

const NAME = 'china-nato-8th-dialogue';
let work: string;
let emptyPath: string; // a PATH with no programs in it
let fakes: string;

/** An executable shell script standing in for soffice. */
function fakeProgram(name: string, body: string): string {
  const file = join(fakes, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

/** The environment less anything that would find LibreOffice. */
function envWith(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: emptyPath, ...extra };
  if (!('BRIEFDECK_SOFFICE' in extra)) delete env.BRIEFDECK_SOFFICE;
  return env;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'briefdeck-tools-test-'));
  emptyPath = join(work, 'empty-bin');
  fakes = join(work, 'fakes');
  for (const d of [emptyPath, fakes]) mkdirSync(d);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('LibreOffice missing', () => {
  it('is not found on a PATH without it', () => {
    expect(findOffice({ PATH: emptyPath })).toBeUndefined();
  });

  it('build --pdf: names the packages to install, exits 1, and still writes the .pptx', async () => {
    const out = join(work, 'missing');
    const result = await runCli(['build', SAMPLE, '--pdf', '--handout', '-o', out], envWith({}));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('LibreOffice (soffice) was not found');
    expect(result.stderr).toContain('apt-get install libreoffice-impress');
    expect(result.stderr).toContain('brew install --cask libreoffice');
    expect(result.stderr.match(/was not found/g)).toHaveLength(1); // said once, not once per file
    expect(result.stderr).not.toContain('refused');
    expect(openDeck(join(out, `${NAME}.pptx`)).slideCount).toBeGreaterThan(5);
    expect(existsSync(join(out, `${NAME}.pdf`))).toBe(false);
    expect(existsSync(join(out, `${NAME}-notes.pdf`))).toBe(false);
  });

  it('build without --pdf does not need LibreOffice', async () => {
    const result = await runCli(['build', SAMPLE, '-o', join(work, 'plain')], envWith({}));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('LibreOffice misbehaving', () => {
  it('stops a LibreOffice that hangs at the time limit, with a message saying so', async () => {
    const hanging = fakeProgram('soffice-hangs', 'exec /bin/sleep 60');
    const out = join(work, 'hang');
    const result = await runCli(['build', SAMPLE, '--pdf', '-o', out], envWith({ BRIEFDECK_SOFFICE: hanging, BRIEFDECK_SOFFICE_TIMEOUT: '1' }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('LibreOffice did not finish within 1 s and was stopped');
    expect(result.seconds).toBeLessThan(15);
    expect(existsSync(join(out, `${NAME}.pptx`))).toBe(true);
    expect(existsSync(join(out, `${NAME}.pdf`))).toBe(false);
  });

  it('reports a LibreOffice that writes nothing, with what it said', async () => {
    const silent = fakeProgram('soffice-fails', 'echo "Error: source file could not be loaded" >&2; exit 0');
    const result = await runCli(['build', SAMPLE, '--handout', '-o', join(work, 'fails')], envWith({ BRIEFDECK_SOFFICE: silent }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('LibreOffice could not convert the deck');
    expect(result.stderr).toContain('source file could not be loaded');
  });

  it('passes the isolated profile, headless mode and the notes-pages filter to soffice', async () => {
    const log = join(work, 'args.txt');
    const recorder = fakeProgram('soffice-records', `printf '%s\\n' "$@" > "${log}"; exit 1`);
    await runCli(['build', SAMPLE, '--handout', '-o', join(work, 'records')], envWith({ BRIEFDECK_SOFFICE: recorder }));
    const args = readFileSync(log, 'utf8').split('\n');
    expect(args).toContain('--headless');
    expect(args.find((a) => a.startsWith('-env:UserInstallation=file:///'))).toBeTruthy();
    const filter = args[args.indexOf('--convert-to') + 1];
    expect(filter).toMatch(/^pdf:impress_pdf_Export:\{/);
    expect(JSON.parse(filter.slice('pdf:impress_pdf_Export:'.length))).toMatchObject({
      ExportNotesPages: { type: 'boolean', value: 'true' },
      ExportOnlyNotesPages: { type: 'boolean', value: 'true' },
    });
  });
});
