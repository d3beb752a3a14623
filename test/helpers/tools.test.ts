// Tests that need a program or font this machine lacks: skipped and counted, one line saying what to install; with CI set, the run fails instead.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../watch/child.js';
import { inCi, installLine } from './tools.js';

const bare = mkdtempSync(join(tmpdir(), 'briefdeck-bare-path-'));
afterAll(() => rmSync(bare, { recursive: true, force: true }));
symlinkSync(process.execPath, join(bare, 'node')); // a PATH with Node and nothing else

/** vitest on one test file that needs LibreOffice and poppler, with PATH holding only Node (as on a fresh machine). */
function vitestWithOnlyNode(env: NodeJS.ProcessEnv = {}) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|CI$|NODE_OPTIONS$)/.test(key)));
  const run = spawnSync(process.execPath, [join(REPO, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/render/default-template.test.ts'], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...inherited, PATH: bare, NO_COLOR: '1', ...env },
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('what the tests need from the machine', () => {
  it('names what is missing and what installs it, on Debian and with Homebrew, in one line', () => {
    expect(installLine(['soffice', 'pdftotext', 'pdffonts', 'xmllint', 'fonts-noto-cjk'])).toBe(
      'soffice, pdftotext, pdffonts, xmllint, fonts-noto-cjk, which are not on this machine; to run them install: ' +
        'apt-get install libreoffice-impress poppler-utils libxml2-utils fonts-noto-cjk (macOS: brew install poppler libxml2; brew install --cask libreoffice)',
    );
  });

  it('takes CI as set unless it is empty, "false" or "0"', () => {
    expect([undefined, '', 'false', 'FALSE', '0', 'true', '1', 'yes'].map((value) => inCi({ CI: value }))).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('without them: the tests are skipped and counted, the run passes and says what to install', () => {
    const run = vitestWithOnlyNode();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/Tests +1 skipped \(1\)/);
    expect(run.output).toMatch(/^Skipped: the tests that need soffice, pdftoppm, .*; to run them install: apt-get install libreoffice-impress poppler-utils /m);
  });

  it('without them and CI set: the run fails, naming them', () => {
    const run = vitestWithOnlyNode({ CI: 'true' });
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toMatch(/CI is set: no test may be skipped, but the tests need soffice, pdftoppm, /);
    expect(run.output).not.toMatch(/Tests +1 skipped/);
  });
});
