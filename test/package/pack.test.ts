// What `npm publish` would ship: everything the installed CLI and library run (bin, dist with the bundle and its caches, templates, fonts, schema, licence), nothing of the repository's own (sources, tests, fixtures, bench, CI, README pictures); and no warning but the one about not being logged in.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXCLUDED, filesIn, REQUIRED_FILES, SHIPPED_FOLDERS } from '../../scripts/package-files.js';
import { REPO } from '../watch/child.js';

/** `npm publish --dry-run` of the tree as built (`npm test` builds first; prepack's clean build is left out here). */
function dryRun() {
  const run = spawnSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts', '--offline'], { cwd: REPO, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const report = JSON.parse(run.stdout) as Record<string, { files: { path: string }[]; unpackedSize: number }>;
  return { ...report.briefdeck, warnings: run.stderr.split('\n').filter((line) => line.startsWith('npm warn')) };
}

describe('the published package', () => {
  const published = dryRun();
  const files = published.files.map((file) => file.path);

  it('holds every file the installed package runs', () => {
    expect(REQUIRED_FILES.filter((file) => !files.includes(file))).toEqual([]);
    for (const folder of SHIPPED_FOLDERS)
      expect(
        filesIn(REPO, folder).filter((file) => !files.includes(file)),
        folder,
      ).toEqual([]);
  });

  it('holds nothing of the repository itself: sources, tests, fixtures, bench, scripts, CI, pictures, source maps', () => {
    expect(files.filter((file) => EXCLUDED.test(file))).toEqual([]);
    expect(files.filter((file) => !/^(bin|dist|templates|fonts|schema)\//.test(file) && !file.includes('/')).sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'package.json',
    ]);
    expect(published.unpackedSize).toBeLessThan(15_000_000);
  });

  it('has no script an install of the tarball would run (npm asks consumers to allow each one)', () => {
    const { scripts } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(Object.keys(scripts).filter((name) => /^(pre|post)?(install|prepare)$/.test(name))).toEqual([]);
    expect(scripts.prepack).toBe('node scripts/prepack.js');
  });

  it('publishes cleanly: no warning but the one a dry run gives without a login', () => {
    expect(published.warnings.filter((line) => !/requires you to be logged in/.test(line))).toEqual([]);
  });
});
