// Reference templates for the master tests: the committed fixtures, unpacked, and rewritten copies of them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { describeTemplate } from '../../src/master/describe.js';
import type { TemplateInfo } from '../../src/master/model.js';
import { openTemplate } from '../../src/master/open.js';

export const REFERENCE = fileURLToPath(new URL('../fixtures/reference/', import.meta.url));

export const referenceBytes = (name: string) => new Uint8Array(readFileSync(`${REFERENCE}${name}.pptx`));

export const referenceParts = (name: string) => openTemplate(referenceBytes(name), `${name}.pptx`);

export const describeReference = (name: string): TemplateInfo => describeTemplate(referenceParts(name), `${name}.pptx`);

/** A copy of the parts with each named part's text rewritten. */
export function rewrite(parts: Record<string, Uint8Array>, edits: Record<string, (xml: string) => string>): Record<string, Uint8Array> {
  const copy = { ...parts };
  for (const [path, edit] of Object.entries(edits)) copy[path] = strToU8(edit(strFromU8(parts[path])));
  return copy;
}

/** Every part whose path matches, rewritten by the same edit. */
export function rewriteAll(parts: Record<string, Uint8Array>, pattern: RegExp, edit: (xml: string) => string): Record<string, Uint8Array> {
  const paths = Object.keys(parts).filter((path) => pattern.test(path));
  return rewrite(parts, Object.fromEntries(paths.map((path) => [path, edit])));
}

export const zip = (parts: Record<string, Uint8Array>) => zipSync(parts, { level: 1 });

/** The layout of a template by name (first master first). */
export function layoutNamed(info: TemplateInfo, name: string) {
  const layout = info.layouts.find((l) => l.name === name);
  if (!layout) throw new Error(`no layout “${name}” in ${info.layouts.map((l) => l.name).join(', ')}`);
  return layout;
}
