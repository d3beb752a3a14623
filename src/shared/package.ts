// Where the package's own files are: its root (above src/ or dist/) and the bundled templates, for every layer that reads them.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (two levels above src/shared/ or dist/shared/). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');
/** The bundled template set, templates/ at the package root. */
export const DEFAULT_TEMPLATES = join(PACKAGE_ROOT, 'templates');
/** Data computed at build time (`npm run build`: scripts/precompute.js), dist/precomputed/ at the package root. */
export const PRECOMPUTED_DIR = join(PACKAGE_ROOT, 'dist', 'precomputed');
