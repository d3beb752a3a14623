// The package's plumbing (Open Packaging Conventions): relationship parts, target paths, reachable parts and [Content_Types].xml.
import { strFromU8, strToU8 } from 'fflate';
import { escapeXml, unescapeXml } from '../shared/xml.js';
import type { Parts } from './parts.js';

export interface Relationship {
  id: string;
  type: string; // full relationship type URI
  target: string; // as written (relative to the source part's folder unless external)
  external: boolean;
}

export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

/**
 * The attributes of every empty (or empty-bodied) `<tag …>` element, values trimmed and unescaped. Relationship and
 * content-type parts are flat lists of such elements; a regular expression reads a 1,000-slide deck's 4,000 of them
 * without building an XML tree for each (an XML parser per part was a tenth of packaging).
 */
function elementAttributes(xml: string, tag: 'Relationship' | 'Default' | 'Override'): Record<string, string>[] {
  const text = xml.includes('<!--') ? xml.replace(/<!--[\s\S]*?-->/g, '') : xml; // a commented-out element is no element
  const out: Record<string, string>[] = [];
  for (const element of text.matchAll(ELEMENTS[tag])) {
    const attributes: Record<string, string> = {};
    for (const [, name, double, single] of element[1].matchAll(ATTRIBUTE)) attributes[name] = attributeValue(double ?? single);
    out.push(attributes);
  }
  return out;
}
const elementsNamed = (tag: string) => new RegExp(`<${tag}\\b((?:[^>"']|"[^"]*"|'[^']*')*?)/?>`, 'g');
const ELEMENTS = { Relationship: elementsNamed('Relationship'), Default: elementsNamed('Default'), Override: elementsNamed('Override') };
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributeValue(raw: string): string {
  const value = raw.trim();
  if (!value.includes('&')) return value;
  try {
    return unescapeXml(value);
  } catch {
    return value; // a character reference past U+10FFFF: kept as written
  }
}

/** The relationships part of a part: ppt/slides/slide1.xml → ppt/slides/_rels/slide1.xml.rels; '' (the package) → _rels/.rels. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function readRels(parts: Parts, part: string): Relationship[] {
  const bytes = parts[relsPath(part)];
  if (!bytes) return [];
  return elementAttributes(strFromU8(bytes), 'Relationship').map((r) => ({ id: r.Id, type: r.Type, target: r.Target, external: r.TargetMode === 'External' }));
}

export function writeRels(parts: Parts, part: string, rels: Relationship[]): void {
  const items = rels.map(
    (r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
  );
  parts[relsPath(part)] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${items.join('')}</Relationships>`,
  );
}

/** The package path a relationship of `part` points at ('/x' is from the package root; '../' climbs). */
export function resolveTarget(part: string, target: string): string {
  const segments = target.startsWith('/') ? [] : part.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** `to` written relative to the folder of `from`, as relationship targets are. */
export function relativeTarget(from: string, to: string): string {
  const base = from.split('/').slice(0, -1);
  const parts = to.split('/');
  let common = 0;
  while (common < base.length && common < parts.length - 1 && base[common] === parts[common]) common++;
  return [...Array<string>(base.length - common).fill('..'), ...parts.slice(common)].join('/');
}

/** Every part reachable from `roots` through internal relationships (the roots included), not following relationships `skip` names. */
export function reachable(
  parts: Parts,
  roots: string[],
  skip: (rel: Relationship) => boolean = () => false,
  relsOf: (part: string) => Relationship[] = (part) => readRels(parts, part),
): Set<string> {
  const seen = new Set<string>();
  const queue = roots.filter((root) => parts[root]);
  while (queue.length) {
    const part = queue.pop()!;
    if (seen.has(part)) continue;
    seen.add(part);
    for (const rel of relsOf(part)) {
      const target = resolveTarget(part, rel.target);
      if (!rel.external && !skip(rel) && parts[target] && !seen.has(target)) queue.push(target);
    }
  }
  return seen;
}

export interface ContentTypes {
  defaults: Map<string, string>; // extension (lower case) → type
  overrides: Map<string, string>; // part path without the leading slash → type
}

export function readContentTypes(parts: Parts): ContentTypes {
  const bytes = parts['[Content_Types].xml'];
  const xml = bytes ? strFromU8(bytes) : '';
  return {
    defaults: new Map(elementAttributes(xml, 'Default').map((d) => [d.Extension.toLowerCase(), d.ContentType])),
    overrides: new Map(elementAttributes(xml, 'Override').map((o) => [o.PartName.replace(/^\//, ''), o.ContentType])),
  };
}

/** [Content_Types].xml for exactly the parts present: a Default per extension in use, an Override per part that had one. */
export function writeContentTypes(parts: Parts, known: ContentTypes): void {
  const names = Object.keys(parts).filter((name) => name !== '[Content_Types].xml');
  const extensions = [...new Set(names.map((name) => name.slice(name.lastIndexOf('.') + 1).toLowerCase()))].sort();
  const defaults = extensions
    .filter((ext) => known.defaults.has(ext))
    .map((ext) => `<Default Extension="${ext}" ContentType="${escapeXml(known.defaults.get(ext)!)}"/>`);
  const overrides = names
    .filter((name) => known.overrides.has(name))
    .sort()
    .map((name) => `<Override PartName="/${escapeXml(name)}" ContentType="${escapeXml(known.overrides.get(name)!)}"/>`);
  parts['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${TYPES_NS}">${defaults.join('')}${overrides.join('')}</Types>`,
  );
}
