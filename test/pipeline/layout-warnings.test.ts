// Layout warnings (text cut to fit) point at the brief value that caused them: FILE:LINE:COLUMN, the key path and the source line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../watch/child.js';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-layout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const longTitle = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
const longRole = Array.from({ length: 700 }, (_, i) => `duty${i}`).join(' ');
const BRIEF = `title: Layout warnings
summary: [A point.]
participants:
  - delegation: NATO
    members:
      - name: Someone
        role: ${longRole}
topics:
  - title: Short
  - title: ${longTitle}
    points: [${Array.from({ length: 30 }, (_, i) => `"Point ${i} with enough words to take a line of its own on the slide"`).join(', ')}]
`;

describe('layout warnings', () => {
  it('are positioned at the brief value, once each, with the source line', () => {
    const file = join(dir, 'brief.yaml');
    writeFileSync(file, BRIEF);
    const run = spawnSync(process.execPath, [BIN, 'build', file, '-o', join(dir, 'out')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status, run.stderr).toBe(0);
    const titleWarnings = run.stderr.split('\n').filter((line) => line.includes('slide title was too long'));
    expect(titleWarnings).toHaveLength(1); // one per title, not one per continuation slide
    expect(titleWarnings[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:10:12: warning: topics\\[1\\]\\.title: `));
    expect(run.stderr).toMatch(/brief\.yaml:7:15: warning: participants\[0\]\.members\[0\]\.role: a table row was too long/);
    expect(run.stderr).toMatch(/^ +7 \| {9}role: duty0 duty1/m);
  });
});
