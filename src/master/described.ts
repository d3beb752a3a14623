// A template package's description (layouts, placeholders, obstacles), kept per content: the bundled themes' at build time, others once per process.
import { contentHash, precomputed } from '../shared/precomputed.js';
import { BUILT_IN_THEMES, builtInThemeNames } from '../templates/builtin-themes.js';
import { loadTheme } from '../templates/theme.js';
import { defaultTemplate } from './default-template.js';
import { describeTemplate } from './describe.js';
import type { TemplateInfo } from './model.js';
import { withObstacles } from './obstacles.js';
import type { Parts } from './parts.js';

/** The precomputed file's name (dist/precomputed/template-descriptions.json). */
export const DESCRIPTIONS = 'template-descriptions';
/** Descriptions kept in memory (a watch session rebuilding with a few themes or reference decks). */
const KEPT = 16;
const kept = new Map<string, TemplateInfo>();

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
 * process. Each caller gets its own copy; a template that cannot be described throws as describeTemplate does (nothing kept).
 */
export function describeOnce(parts: Parts, file?: string): TemplateInfo {
  const key = partsKey(parts);
  const info = kept.get(key) ?? precomputed<TemplateInfo>(DESCRIPTIONS)[key] ?? describeWithObstacles(parts, file);
  kept.delete(key);
  kept.set(key, info);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  return structuredClone(info);
}

/** For the build (scripts/precompute.js): the descriptions of the built-in themes' default templates, left-to-right and right-to-left, by key. */
export function precomputeDescriptions(): Record<string, TemplateInfo> {
  const entries: Record<string, TemplateInfo> = {};
  for (const name of builtInThemeNames()) {
    const theme = loadTheme(BUILT_IN_THEMES[name]);
    for (const rtl of [false, true]) {
      const parts = defaultTemplate(theme, { rtl });
      entries[partsKey(parts)] = describeWithObstacles(parts);
    }
  }
  return entries;
}
