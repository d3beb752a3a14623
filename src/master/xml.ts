// A template part's XML as a small element tree (fast-xml-parser, document order kept), with local names and lookups by path.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BriefdeckError, problem } from '../errors.js';

/** One element: its local name (namespace prefix dropped), its attributes as written (prefixes kept, e.g. r:id), its child elements. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
}

type RawNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true, // numeric character references (&#228;) too
  trimValues: true,
  stopNodes: ['*.a:custGeom', '*.a:extLst', '*.p:extLst'], // drawn outlines and extensions: left unparsed, never read (most of a decorated master)
});

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function toElement(raw: RawNode): XmlElement | undefined {
  const tag = Object.keys(raw).find((key) => key !== ':@');
  if (tag === undefined || tag.startsWith('#') || tag.startsWith('?')) return undefined; // text, comments, declarations
  const content = raw[tag];
  const children = Array.isArray(content) ? (content as RawNode[]).map(toElement).filter((e): e is XmlElement => e !== undefined) : [];
  return { name: localName(tag), attrs: raw[':@'] ?? {}, children };
}

/** The root element of a part, or a template error naming the part when it is not well-formed XML. */
export function parseXml(text: string, part: string, file?: string): XmlElement {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new BriefdeckError([problem('template', `expected well-formed XML in ${part}, found: ${valid.err.msg} (line ${valid.err.line})`, { file })]);
  }
  const root = (parser.parse(text) as RawNode[]).map(toElement).find((e) => e !== undefined);
  if (!root) throw new BriefdeckError([problem('template', `expected an XML element in ${part}, found none`, { file })]);
  return root;
}

/** The first child element with this local name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** Every child element with this local name. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

/** The element reached by following local names, one level each. */
export function descend(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let at = element;
  for (const name of names) at = child(at, name);
  return at;
}

/** A numeric attribute, or undefined when it is missing or not a number. */
export function numberAttr(element: XmlElement | undefined, name: string): number | undefined {
  const text = element?.attrs[name];
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** An OOXML boolean attribute (1/0/true/false/on/off), or undefined when it is missing. */
export function booleanAttr(element: XmlElement | undefined, name: string): boolean | undefined {
  const text = element?.attrs[name];
  if (text === undefined) return undefined;
  return text === '1' || text === 'true' || text === 'on';
}

/** A relationship id attribute (r:id, whatever the prefix). */
export function relationshipId(element: XmlElement | undefined): string | undefined {
  const key = element && Object.keys(element.attrs).find((k) => k.endsWith(':id'));
  return key ? element.attrs[key] : undefined;
}
