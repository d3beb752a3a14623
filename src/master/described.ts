// A template package's description (layouts, placeholders, obstacles), kept per content: the bundled themes' at build time, others once per process.
import { byContent, contentHash } from '../shared/precomputed.js';
import { describeTemplate } from './describe.js';
import type { TemplateInfo } from './model.js';
import { withObstacles } from './obstacles.js';
import type { Parts } from './parts.js';

/** The precomputed file's name (dist/precomputed/template-descriptions.json). */
export const DESCRIPTIONS = 'template-descriptions';

/** The key of a package's content: every part's path and bytes, in path order. */
export function partsKey(parts: Parts): string {
  const paths = Object.keys(parts).sort();
  return contentHash(paths.flatMap((path) => [path, parts[path]]));
}

/** describeTemplate + withObstacles, computed from the parts (no cache). */
export function describeWithObstacles(parts: Parts, file?: string): TemplateInfo {
  return withObstacles(describeTemplate(parts, file), parts);
}

/**
 * The description of these exact parts: the same as describeWithObstacles (the planner measures against exactly what is
 * drawn, as the key is the parts' bytes), read from the build's precomputed descriptions or from an earlier build in this
 * process. A template that cannot be described throws as describeTemplate does (nothing kept).
 */
export function describeOnce(parts: Parts, file?: string): TemplateInfo {
  return byContent(DESCRIPTIONS, partsKey(parts), () => describeWithObstacles(parts, file));
}
