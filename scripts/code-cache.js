// Build step after scripts/bundle.js: V8's code caches for the CLI bundle: its top level (`start`), and after a warm-up run, so that the functions a build runs are in it (`build`).
// Run once per compiler setting (bin/bundle-loader.cjs turns TurboFan off on one CPU; V8 takes a cache only under the flags it was made with):
// `node scripts/code-cache.js DIR` makes both, each pair in a child process whose BRIEFDECK_NO_OPT says which.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2]; // the bundle's folder (scripts/bundle.js makes it beside dist/bundle, then puts it in place)
const SAMPLE = join(root, 'briefs', 'china-nato-8th-dialogue.yaml');

/** The two caches for the flags this process runs under (bin/bundle-loader.cjs sets them from BRIEFDECK_NO_OPT). */
async function makeCaches() {
  const { cacheFile, compileBundle } = createRequire(import.meta.url)('../bin/bundle-loader.cjs');

  const { script, exports: cli } = compileBundle({ dir, cache: false });
  writeFileSync(join(dir, cacheFile('start')), script.createCachedData());
  const out = mkdtempSync(join(tmpdir(), 'briefdeck-code-cache-'));
  try {
    for (const argv of [['build', SAMPLE, '-o', out], ['check', SAMPLE], ['--help']]) {
      const code = await cli.run(argv);
      if (code !== 0) throw new Error(`code cache warm-up: briefdeck ${argv.join(' ')} exited ${code}`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  writeFileSync(join(dir, cacheFile('build')), script.createCachedData());
}

if (process.env.BRIEFDECK_NO_OPT === undefined)
  for (const noOpt of ['0', '1'])
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), dir], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BRIEFDECK_NO_OPT: noOpt },
    });
else await makeCaches();
