// A clone of the repository before and after its build: bin says what to run instead of failing with a missing module, and `npm run deck` builds only when dist/ is missing or older than the sources.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REQUIRED_FILES, staleReason } from '../../scripts/package-files.js';
import { REPO } from '../watch/child.js';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-clone-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A tree with the repository's bin/ and sources as files at `time` (seconds), without dist/. */
function clone(name: string, time: number): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'src'), { recursive: true });
  cpSync(join(REPO, 'bin'), join(root, 'bin'), { recursive: true });
  for (const file of ['package.json', 'src/index.ts', 'scripts/bundle.js']) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), file);
    utimesSync(join(root, file), time, time);
  }
  return root;
}

/** Writes the build's files (empty), as made at `time`. */
function build(root: string, time: number): void {
  for (const file of [...REQUIRED_FILES.filter((f) => f.startsWith('dist/')), 'dist/precomputed/data.json']) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), '');
    utimesSync(join(root, file), time, time);
  }
}

describe('a clone before its build', () => {
  it('bin/briefdeck.js says to run npm run build, exit 1, no stack trace', () => {
    const root = clone('unbuilt-bin', 1_700_000_000);
    const run = spawnSync(process.execPath, [join(root, 'bin', 'briefdeck.js'), 'build', 'briefs'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`briefdeck: not built yet (no ${join(root, 'dist', 'cli', 'main.js')}): run \`npm run build\` in ${root} first\n`);
  });

  it('needs a build until dist/ is there and newer than every source', () => {
    const root = clone('stale', 1_700_000_000);
    expect(staleReason(root)).toBe('dist/ is missing');
    build(root, 1_700_000_100);
    expect(staleReason(root)).toBeUndefined();
    utimesSync(join(root, 'src', 'index.ts'), 1_700_000_200, 1_700_000_200);
    expect(staleReason(root)).toBe('src/index.ts is newer than dist/');
  });
});
