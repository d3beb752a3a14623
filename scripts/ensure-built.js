// `npm run deck` (and the bench, check:references) run this first: builds (npm run build) when dist/ is missing or older than the sources, so a fresh clone needs only `npm ci && npm run deck`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuild, staleReason } from './package-files.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reason = staleReason(root);
if (reason) {
  console.error(`building briefdeck first (${reason}): npm run build`);
  runBuild(root);
}
