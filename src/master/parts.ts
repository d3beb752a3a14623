// A template's parts as XML: reading a part, and following its relationships (the .rels beside it) to other parts.
import { strFromU8 } from 'fflate';
import { BriefdeckError, problem } from '../errors.js';
import { childrenNamed, parseXml, relationshipId, type XmlElement } from './xml.js';

export type Parts = Record<string, Uint8Array>;

const RELATIONSHIP_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** The package of one template, with the file name its errors carry. */
export interface TemplatePackage {
  parts: Parts;
  file?: string;
}

/** A part's root element; a missing part is a template error. */
export function readPart(pkg: TemplatePackage, path: string, from?: string): XmlElement {
  const bytes = pkg.parts[path];
  if (!bytes) {
    const named = from ? `, named by ${from},` : '';
    throw new BriefdeckError([problem('template', `expected the part ${path}${named} in the template, found none`, { file: pkg.file })]);
  }
  return parseXml(strFromU8(bytes), path, pkg.file);
}

/** The relationships part of a part: ppt/slideMasters/slideMaster1.xml → ppt/slideMasters/_rels/slideMaster1.xml.rels. */
const relsPath = (path: string) => {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
};

/** A relationship target resolved against the folder of its source part ("../slideLayouts/x.xml", "/ppt/x.xml"). */
export function resolveTarget(source: string, target: string): string {
  const folders = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const step of target.replace(/^\/+/, '').split('/')) {
    if (step === '..') folders.pop();
    else if (step !== '.' && step !== '') folders.push(step);
  }
  return folders.join('/');
}

export interface Relationship {
  type: string; // the last segment of the type URI, e.g. "slideLayout", "theme"
  target: string; // package path
}

/** The internal relationships of a part by id; none when it has no .rels part. */
export function relationships(pkg: TemplatePackage, path: string): Map<string, Relationship> {
  const rels = relsPath(path);
  const found = new Map<string, Relationship>();
  if (!pkg.parts[rels]) return found;
  for (const rel of childrenNamed(readPart(pkg, rels), 'Relationship')) {
    if (rel.attrs.TargetMode === 'External' || !rel.attrs.Id || !rel.attrs.Target) continue;
    const type = (rel.attrs.Type ?? '').replace(RELATIONSHIP_TYPE, '').split('/').pop() ?? '';
    found.set(rel.attrs.Id, { type, target: resolveTarget(path, rel.attrs.Target) });
  }
  return found;
}

/** The parts an id list names (p:sldMasterIdLst, p:sldLayoutIdLst), in its order, through the source part's relationships. */
export function listedParts(pkg: TemplatePackage, source: string, list: XmlElement | undefined): string[] {
  const rels = relationships(pkg, source);
  return (list?.children ?? []).flatMap((entry) => {
    const target = rels.get(relationshipId(entry) ?? '')?.target;
    return target ? [target] : [];
  });
}

/** The first part of a relationship type (e.g. a master's theme). */
export function relatedPart(pkg: TemplatePackage, source: string, type: string): string | undefined {
  for (const rel of relationships(pkg, source).values()) if (rel.type === type) return rel.target;
  return undefined;
}
