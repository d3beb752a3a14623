// `npm pack` and `npm publish` run this first: a clean build (dist/ removed, so no module deleted from src/ ships), then a check that the package holds all it runs.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingFiles } from './package-files.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.env.npm_execpath ? process.execPath : 'npm', [...(process.env.npm_execpath ? [process.env.npm_execpath] : []), 'run', 'build'], {
  cwd: root,
  stdio: 'inherit',
});
const missing = missingFiles(root);
if (missing.length) {
  console.error(`prepack: the build did not make what the package needs: ${missing.join(', ')}`);
  process.exitCode = 1;
}
