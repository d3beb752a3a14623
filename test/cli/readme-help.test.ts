// The README shows `briefdeck --help`, `briefdeck help build` and `briefdeck build --help` exactly as they print (scripts/readme-help.js --check).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../watch/child.js';

describe('README help blocks', () => {
  it('are what the CLI prints, for --help, help build and build --help', () => {
    const run = spawnSync(process.execPath, [join(REPO, 'scripts', 'readme-help.js'), '--check'], { cwd: REPO, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
