// The built-in themes (default: templates/theme.yaml; print: templates/themes/print.yaml), and a theme written on top of one by `theme: NAME`.
import { join } from 'node:path';
import { BUNDLED_TEMPLATES } from './bundled.js';

/** Every built-in theme by name, with the file it is read from. */
export const BUILT_IN_THEMES: Record<string, string> = {
  default: join(BUNDLED_TEMPLATES, 'theme.yaml'),
  print: join(BUNDLED_TEMPLATES, 'themes', 'print.yaml'),
};

export const builtInThemeNames = (): string[] => Object.keys(BUILT_IN_THEMES);

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `own` written over `base`: mappings merge key by key (so `colours: { accent: … }` changes one colour), lists and values replace. */
export function overlay(base: unknown, own: unknown): unknown {
  if (!isPlain(base) || !isPlain(own)) return own === undefined ? base : own;
  const merged: Plain = { ...base };
  for (const [key, value] of Object.entries(own)) merged[key] = key in base ? overlay(base[key], value) : value;
  return merged;
}
