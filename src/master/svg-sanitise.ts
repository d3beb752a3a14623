// An SVG made safe to embed and render: parsed as XML, scripts, foreign content, event handlers and outside references removed.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

const XML_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false, // entities stay as written (and a DOCTYPE's own entities are never expanded)
  allowBooleanAttributes: true,
  ignoreDeclaration: false,
  ignorePiTags: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  suppressEmptyNode: true,
} as const;

/** Elements dropped with everything inside them. */
const DROPPED = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
/** A reference the SVG may keep: to a part of itself, or a picture written inside it. */
const INSIDE = /^\s*(#|data:image\/(png|jpeg|gif|webp|svg\+xml)[;,])/i;

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const localName = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();

/** A `url(…)` in a style or presentation attribute that points outside the SVG. */
function outsideUrl(value: string): boolean {
  return [...value.matchAll(/url\(\s*['"]?([^'")]*)/gi)].some((m) => !INSIDE.test(m[1])) || /@import/i.test(value);
}

function attributeKept(name: string, value: string): boolean {
  const local = localName(name);
  if (local.startsWith('on')) return false;
  if (local === 'href' || local === 'src') return INSIDE.test(value);
  return !outsideUrl(value);
}

function cleanNode(node: Node): Node | undefined {
  const tag = Object.keys(node).find((key) => key !== ':@')!;
  if (tag === '#comment') return undefined;
  if (tag === '#text' || tag === '?xml') return node;
  const local = localName(tag);
  if (DROPPED.has(local)) return undefined;
  const attributes = Object.entries(node[':@'] ?? {}).filter(([name, value]) => attributeKept(name, String(value)));
  if ((local === 'set' || local === 'animate') && attributes.some(([name, v]) => name === 'attributeName' && /href|^on/i.test(v))) return undefined;
  const children = (node[tag] as Node[]).map(cleanNode).filter((child): child is Node => child !== undefined);
  if (local === 'style' && children.some((child) => outsideUrl(String(child['#text'] ?? '')))) return undefined;
  const cleaned: Node = { [tag]: children };
  if (attributes.length) cleaned[':@'] = Object.fromEntries(attributes.map(([name, value]) => [name, String(value).replace(/"/g, '&quot;')]));
  return cleaned;
}

/** The SVG without script, foreign content, on* handlers and references outside itself; throws when it is not XML. */
export function sanitiseSvg(bytes: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`${valid.err.msg} (line ${valid.err.line})`);
  const tree = new XMLParser(XML_OPTIONS).parse(text) as Node[];
  const cleaned = tree.map(cleanNode).filter((node): node is Node => node !== undefined);
  return new TextEncoder().encode(new XMLBuilder(XML_OPTIONS).build(cleaned) as string);
}
