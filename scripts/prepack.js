// `npm pack` and `npm publish` run this first: a clean build (dist/ removed, so no module deleted from src/ ships), then a check that the package holds all it runs.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingFiles, runBuild } from './package-files.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
runBuild(root);
const missing = missingFiles(root);
if (missing.length) {
  console.error(`prepack: the build did not make what the package needs: ${missing.join(', ')}`);
  process.exitCode = 1;
}
