// presentation.xml on a template: the template's masters, slide size and default text style; our slides, notes master, sections and settings.
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { REL, resolveTarget, relativeTarget, type Relationship } from './opc.js';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const options = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: true,
  htmlEntities: false,
  trimValues: false,
} as const;
const parser = new XMLParser(options);
const builder = new XMLBuilder({ ...options, suppressEmptyNode: true });

export interface PresentationSources {
  masters: Relationship[]; // the template's slide-master relationships, in presentation.xml order
  rendered: Relationship[]; // the rendered deck's other relationships (slides, notes master, properties, theme)
  rename: Map<string, string>; // rendered parts renamed on the template (e.g. the notes master's theme)
  theme?: string; // the first master's theme part: the presentation's theme
}

export interface PresentationOnTemplate {
  xml: string;
  rels: Relationship[];
}

const PRESENTATION = 'ppt/presentation.xml';

/** The rendered presentation.xml with the template's master list, slide size and default text style, and relationships renumbered. */
export function presentationOnTemplate(renderedXml: string, templateXml: string, sources: PresentationSources): PresentationOnTemplate {
  const rels: Relationship[] = [];
  const templateIds = new Map<string, string>();
  for (const master of sources.masters) {
    const id = `rId${rels.length + 1}`;
    templateIds.set(master.id, id);
    rels.push({ ...master, id });
  }
  const renderedIds = new Map<string, string>();
  for (const rel of sources.rendered) {
    const id = `rId${rels.length + 1}`;
    renderedIds.set(rel.id, id);
    const target = resolveTarget(PRESENTATION, rel.target);
    rels.push({ ...rel, id, target: relativeTarget(PRESENTATION, sources.rename.get(target) ?? target) });
  }
  const ours = childrenOf(parser.parse(renderedXml) as XmlNode[]);
  const theirs = childrenOf(parser.parse(templateXml) as XmlNode[]);
  const take = (name: string) => theirs.nodes.find((node) => name in node);
  const replaced = ours.nodes.map((node) => {
    if ('p:sldMasterIdLst' in node) return withIds(take('p:sldMasterIdLst') ?? node, templateIds);
    if ('p:sldSz' in node) return take('p:sldSz') ?? node;
    if ('p:defaultTextStyle' in node) return take('p:defaultTextStyle') ?? node;
    return withIds(node, renderedIds);
  });
  ours.root['p:presentation'] = replaced;
  const theme = sources.theme && relativeTarget(PRESENTATION, sources.theme);
  return { xml: builder.build(ours.document) as string, rels: rels.map((rel) => (rel.type === `${REL}/theme` && theme ? { ...rel, target: theme } : rel)) };
}

function childrenOf(document: XmlNode[]): { document: XmlNode[]; root: XmlNode; nodes: XmlNode[] } {
  const root = document.find((node) => 'p:presentation' in node);
  if (!root) throw new Error('presentation.xml has no p:presentation');
  return { document, root, nodes: root['p:presentation'] as XmlNode[] };
}

/** A copy of the node with every r:id attribute below it renumbered through `ids`. */
function withIds(node: XmlNode, ids: Map<string, string>): XmlNode {
  const copy: XmlNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === ':@') {
      const attributes = { ...(value as Record<string, string>) };
      if (attributes['r:id'] && ids.has(attributes['r:id'])) attributes['r:id'] = ids.get(attributes['r:id'])!;
      copy[key] = attributes;
    } else copy[key] = Array.isArray(value) ? (value as XmlNode[]).map((child) => withIds(child, ids)) : value;
  }
  return copy;
}
