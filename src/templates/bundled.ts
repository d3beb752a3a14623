// The bundled template set (templates/ at the package root), and which file a --templates folder overlaying it uses for each name.
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TEMPLATES as BUNDLED_TEMPLATES } from '../shared/package.js';

export { BUNDLED_TEMPLATES };

/**
 * The file a --templates folder uses for NAME (theme.yaml, labels.yaml, NAME.hbs): the folder's own when it has an entry of
 * that name (even one that cannot be read, so the error names it), else the bundled one: a folder overlays the bundled set.
 */
export function templateFile(dir: string, name: string): string {
  const own = join(dir, name);
  try {
    return lstatSync(own, { throwIfNoEntry: false }) ? own : join(BUNDLED_TEMPLATES, name);
  } catch {
    return own; // there but not reachable (a folder without search permission): reading it names it
  }
}
