// Build step (run by `npm run build`, so by `npm ci`): data computed once at build time instead of at every start, in dist/precomputed/.
// Every entry is keyed by the content it was computed from (and the file by the package version), so a changed input is computed again at run time.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRECOMPUTED_DIR } from '../dist/shared/package.js';
import { packageVersion } from '../dist/shared/precomputed.js';
import { precomputeDescriptions } from '../dist/master/described.js';

/** Writes dist/precomputed/NAME.json atomically (a concurrent reader sees the old file or the new one, never half of one). */
function write(name, entries) {
  mkdirSync(PRECOMPUTED_DIR, { recursive: true });
  const file = join(PRECOMPUTED_DIR, `${name}.json`);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ version: packageVersion(), entries }));
  renameSync(temp, file);
  console.log(`precompute: ${file} (${Object.keys(entries).length} entries)`);
}

const started = performance.now();
write('template-descriptions', precomputeDescriptions());
console.log(`precompute: done in ${Math.round(performance.now() - started)} ms`);
