// Build step after scripts/bundle.js: V8's code caches for the CLI bundle: its top level (`start`), and after a warm-up run, so that the functions a build runs are in it (`build`).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { CACHES, compileBundle } = createRequire(import.meta.url)('../bin/bundle-loader.cjs');
const dir = process.argv[2]; // the bundle's folder (scripts/bundle.js makes it beside dist/bundle, then puts it in place)
const SAMPLE = join(root, 'briefs', 'china-nato-8th-dialogue.yaml');

const { script, exports: cli } = compileBundle({ dir, cache: false });
writeFileSync(join(dir, CACHES.start), script.createCachedData());
const out = mkdtempSync(join(tmpdir(), 'briefdeck-code-cache-'));
try {
  for (const argv of [['build', SAMPLE, '-o', out], ['check', SAMPLE], ['--help']]) {
    const code = await cli.run(argv);
    if (code !== 0) throw new Error(`code cache warm-up: briefdeck ${argv.join(' ')} exited ${code}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
writeFileSync(join(dir, CACHES.build), script.createCachedData());
