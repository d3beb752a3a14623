// Edits to a presentation package's parts as text: which parts are masters and layouts, relationships, content-type defaults, shape ids.
import { posix } from 'node:path';
import { escapeXml, unescapeXml } from '../shared/xml.js';
import { NS, relationships } from './ooxml.js';

export type Parts = Record<string, Uint8Array>;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export const readPart = (parts: Parts, path: string): string | undefined => (parts[path] ? decoder.decode(parts[path]) : undefined);
export const writePart = (parts: Parts, path: string, xml: string) => {
  parts[path] = encoder.encode(xml);
};

/** The parts [Content_Types].xml declares with a content type ending in `kind` (e.g. "slideMaster+xml"), in package order. */
export function partsOfType(parts: Parts, kind: string): string[] {
  const types = readPart(parts, '[Content_Types].xml') ?? '';
  const found = [...types.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)]
    .map((m) => ({ name: /PartName="([^"]*)"/.exec(m[0])?.[1], type: /ContentType="([^"]*)"/.exec(m[0])?.[1] }))
    .filter((o): o is { name: string; type: string } => Boolean(o.name && o.type?.endsWith(kind)))
    .map((o) => decodeURIComponent(unescapeXml(o.name)).replace(/^\//, ''))
    .filter((name) => parts[name] !== undefined);
  return found.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** The relationships part of a part: ppt/slideMasters/slideMaster1.xml → ppt/slideMasters/_rels/slideMaster1.xml.rels */
export function relsPath(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** Adds a relationship from `part` to the package part `target`; returns its new Id (unique in that part's relationships). */
export function addRelationship(parts: Parts, part: string, type: string, target: string): string {
  const path = relsPath(part);
  const xml = readPart(parts, path) ?? relationships([]);
  const taken = new Set([...xml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const relative = posix.relative(posix.dirname(part), target);
  const element = `<Relationship Id="${id}" Type="${NS.relType}/${type}" Target="${escapeXml(relative)}"/>`;
  const end = xml.lastIndexOf('</Relationships>');
  writePart(
    parts,
    path,
    end >= 0 ? `${xml.slice(0, end)}${element}${xml.slice(end)}` : xml.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${element}</Relationships>`),
  );
  return id;
}

/** Declares `extension` with `contentType` in [Content_Types].xml unless a Default for it (in any letter case) is there. */
export function ensureDefaultType(parts: Parts, extension: string, contentType: string): void {
  const xml = readPart(parts, '[Content_Types].xml');
  if (xml === undefined) throw new Error('package without [Content_Types].xml');
  const known = [...xml.matchAll(/<(?:\w+:)?Default\b[^>]*Extension="([^"]*)"/g)].some((m) => m[1].toLowerCase() === extension.toLowerCase());
  if (known) return;
  const end = xml.lastIndexOf('</');
  writePart(parts, '[Content_Types].xml', `${xml.slice(0, end)}<Default Extension="${extension}" ContentType="${contentType}"/>${xml.slice(end)}`);
}

/** A part path not yet in the package: `base` + `ext`, else base-2, base-3 … */
export function freePartName(parts: Parts, base: string, ext: string): string {
  let name = `${base}.${ext}`;
  for (let n = 2; parts[name] !== undefined; n++) name = `${base}-${n}.${ext}`;
  return name;
}

/** The next free shape id of a master or layout: one more than the largest cNvPr id in it. */
export function nextShapeId(xml: string): number {
  const ids = [...xml.matchAll(/<(?:\w+:)?cNvPr\b[^>]*?\bid="(\d+)"/g)].map((m) => Number(m[1]));
  return Math.max(1, ...ids) + 1;
}

/**
 * Inserts shapes as the last children of the part's shape tree (so they draw above the part's other shapes).
 * The shapes are written with the prefixes p:, a: and r:; any of them the part's root does not bind to its
 * namespace is declared on each inserted element.
 */
export function appendToShapeTree(xml: string, shapes: string[]): string {
  const close = [...xml.matchAll(/<\/([\w.-]+:)?spTree\s*>/g)].pop();
  if (!close || close.index === undefined) throw new Error('part without a shape tree');
  const root = /<([\w.-]+:)?(sldMaster|sldLayout)\b[^>]*>/.exec(xml)?.[0] ?? '';
  const missing = (['p', 'a', 'r'] as const).filter((prefix) => !root.includes(`xmlns:${prefix}="${NS[prefix]}"`));
  const declarations = missing.map((prefix) => ` xmlns:${prefix}="${NS[prefix]}"`).join('');
  const declared = shapes.map((shape) => (declarations ? shape.replace(/^<p:(sp|pic)\b/, `<p:$1${declarations}`) : shape));
  return `${xml.slice(0, close.index)}${declared.join('')}${xml.slice(close.index)}`;
}
