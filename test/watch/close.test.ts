// watchBriefs().close() releases every file watcher, so a process that closes it can exit on its own.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

describe('watchBriefs().close()', () => {
  it('lets the process exit by itself, also when closed before the first build ran', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-close-'));
    copyFileSync('briefs/china-nato-8th-dialogue.yaml', join(dir, 'brief.yaml'));
    const script = `
      import { watchBriefs, DEFAULT_TEMPLATES } from ${JSON.stringify(resolve('dist/index.js'))};
      const w = watchBriefs({ inputs: [${JSON.stringify(join(dir, 'brief.yaml'))}], outDir: ${JSON.stringify(join(dir, 'out'))}, templatesDir: DEFAULT_TEMPLATES }, (e) => { if (e.kind === 'built') console.log('built'); });
      await w.ready; await w.close(); console.log('closed');
      const early = watchBriefs({ inputs: [${JSON.stringify(join(dir, 'brief.yaml'))}], outDir: ${JSON.stringify(join(dir, 'out2'))}, templatesDir: DEFAULT_TEMPLATES }, () => {});
      await early.close(); console.log('closed early');`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stdout).toContain('built');
    expect(run.stdout).toContain('closed');
    expect(run.stdout).toContain('closed early');
    expect(run.signal, 'the process had to be killed: a watcher stayed open').toBeNull();
    expect(run.status).toBe(0);
  });
});
