// Checks a .pptx is a well-formed package: a zip whose XML parts parse, whose relationships resolve, whose content types cover every part, with notes for every slide.
import { unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { plainText } from '../../src/shared/inline.js';

export interface PackageCheck {
  /** What is wrong, one line each; empty for a well-formed package. */
  problems: string[];
  /** Every part, decoded (XML and relationships as text). */
  parts: Record<string, string>;
  slideCount: number;
}

const attributes = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (_name, _path, _leaf, isAttribute) => !isAttribute });
const utf8 = new TextDecoder('utf-8', { fatal: true });

type Attrs = Record<string, string>;

/** The elements named `tag` directly under the root element `root`, as attribute maps. */
function elements(xml: string, root: string, tag: string): Attrs[] {
  const doc = attributes.parse(xml) as Record<string, Record<string, Attrs[]>[]>;
  return doc[root]?.[0]?.[tag] ?? [];
}

/** The part a relationship in `relsPart` points at: `dir/_rels/name.rels` resolves against `dir/`. */
export function resolveTarget(relsPart: string, target: string): string {
  if (target.startsWith('/')) return decodeURIComponent(target.slice(1));
  const base = relsPart
    .replace(/_rels\/[^/]*\.rels$/, '')
    .split('/')
    .filter(Boolean);
  for (const segment of decodeURIComponent(target).split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

function decodeParts(bytes: Uint8Array, problems: string[]): Record<string, string> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    problems.push(`not a readable zip: ${(e as Error).message}`);
    return {};
  }
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    if (!/\.(xml|rels)$/.test(name)) {
      parts[name] = '';
      continue;
    }
    try {
      parts[name] = utf8.decode(data);
    } catch {
      problems.push(`${name}: not UTF-8`);
      continue;
    }
    const valid = XMLValidator.validate(parts[name]);
    if (valid !== true) problems.push(`${name}: malformed XML at ${valid.err.line}:${valid.err.col}: ${valid.err.msg}`);
  }
  return parts;
}

/** Every part has a content type, and every XML part a specific one (PowerPoint reads no part typed only as application/xml). */
function checkContentTypes(parts: Record<string, string>, problems: string[]): void {
  const types = parts['[Content_Types].xml'];
  if (types === undefined) {
    problems.push('[Content_Types].xml is missing');
    return;
  }
  const defaults = new Map(elements(types, 'Types', 'Default').map((d) => [d.Extension.toLowerCase(), d.ContentType]));
  const overrides = new Set(elements(types, 'Types', 'Override').map((o) => o.PartName.toLowerCase()));
  for (const name of Object.keys(parts)) {
    if (name === '[Content_Types].xml' || overrides.has(`/${name}`.toLowerCase())) continue;
    const type = defaults.get(name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');
    if (!type || type === 'application/xml')
      problems.push(`${name}: no content type ([Content_Types].xml has no Override for it${type ? ', only the generic application/xml' : ' and no Default'})`);
  }
  for (const override of overrides)
    if (!Object.keys(parts).some((n) => `/${n}`.toLowerCase() === override)) problems.push(`[Content_Types].xml: Override for missing part ${override}`);
}

function checkRelationships(parts: Record<string, string>, problems: string[]): void {
  for (const [name, xml] of Object.entries(parts)) {
    if (!name.endsWith('.rels') || XMLValidator.validate(xml) !== true) continue;
    const seen = new Set<string>();
    for (const rel of elements(xml, 'Relationships', 'Relationship')) {
      if (seen.has(rel.Id)) problems.push(`${name}: relationship Id ${rel.Id} used twice`);
      seen.add(rel.Id);
      if (rel.TargetMode === 'External') {
        if (!rel.Target) problems.push(`${name}: ${rel.Id} has an empty external target`);
        continue;
      }
      const target = resolveTarget(name, rel.Target ?? '');
      if (!(target in parts)) problems.push(`${name}: ${rel.Id} points at ${rel.Target} (${target}), which is not in the package`);
    }
  }
}

/** Slides listed in presentation.xml, the slide parts, and each slide's notes part. */
function checkSlides(parts: Record<string, string>, problems: string[]): number {
  const slideParts = Object.keys(parts).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  const listed = (parts['ppt/presentation.xml']?.match(/<p:sldId /g) ?? []).length;
  if (listed !== slideParts.length) problems.push(`presentation.xml lists ${listed} slides but the package has ${slideParts.length} slide parts`);
  for (const slide of slideParts) {
    const relsName = slide.replace(/([^/]+)$/, '_rels/$1.rels');
    const notes = elements(parts[relsName] ?? '', 'Relationships', 'Relationship').filter((r) => r.Type?.endsWith('/notesSlide'));
    if (notes.length !== 1) problems.push(`${slide}: expected one notes part, found ${notes.length}`);
  }
  return slideParts.length;
}

export function checkPackage(bytes: Uint8Array): PackageCheck {
  const problems: string[] = [];
  const parts = decodeParts(bytes, problems);
  if (!Object.keys(parts).length) return { problems, parts, slideCount: 0 };
  checkContentTypes(parts, problems);
  checkRelationships(parts, problems);
  const slideCount = checkSlides(parts, problems);
  return { problems, parts, slideCount };
}

/** Whitespace collapsed the way slide markup collapses it (and trimmed, as the schema trims). */
const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The title is among a slide's paragraphs: whole, or cut with an ellipsis after a prefix of it. */
export function titleShown(slideParagraphs: string[], title: string): boolean {
  const expected = collapsed(plainText(collapsed(title))); // titles show their text without inline markers
  return slideParagraphs
    .map(collapsed)
    .some((shown) => shown.includes(expected) || (shown.endsWith('…') && shown.length > 1 && expected.startsWith(shown.slice(0, -1))));
}
