// The slide markup's XML tree: plain XML read by a small reader here (elements, attributes, text, XML's own entities) as fast-xml-parser's ordered tree; anything else validated and parsed by fast-xml-parser.
//
// fast-xml-parser validates and then parses the 2 MB markup of a 1,000-slide deck in about half a second when cold.
// The markup is plain XML: this reader gives exactly the tree that parser gives (preserveOrder, attributes under ':@',
// text kept with its whitespace, entities decoded) for that plain XML, and undefined for anything else (a comment,
// CDATA, a declaration, an HTML entity, or markup that is not well formed), which then takes the validator and parser
// as before, with their error messages.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BriefdeckError, problem } from '../errors.js';

export type MarkupNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** fast-xml-parser's settings for slide markup: elements in order, attributes as written, text with its whitespace. */
export const MARKUP_PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
} as const;
const parser = new XMLParser(MARKUP_PARSER_OPTIONS);

/** The markup's tree: plain XML read here, anything else validated (malformed markup refused at its line) and parsed. */
export function markupTree(markup: string, source: string): MarkupNode[] {
  const plain = readPlainMarkup(markup);
  if (plain) return plain;
  const valid = XMLValidator.validate(markup);
  if (valid !== true) {
    throw new BriefdeckError([problem('template', `the templates produced malformed slide markup: ${valid.err.msg}`, { file: source, line: valid.err.line })]);
  }
  return parser.parse(markup) as MarkupNode[];
}

interface Open {
  tag: string;
  children: MarkupNode[];
}

const NAME = /[A-Za-z_][A-Za-z0-9_.-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_][A-Za-z0-9_.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;
const CLOSE = /<\/([A-Za-z_][A-Za-z0-9_.-]*)\s*>/y;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/** Text with XML's entities decoded; undefined when it holds any other '&' (an HTML entity: the full parser knows those). */
function decoded(text: string): string | undefined {
  if (!text.includes('&')) return text;
  if (OTHER_AMPERSAND.test(text)) return undefined;
  let ok = true;
  const out = text.replace(ENTITY, (_m, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (named) return NAMED[named];
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) ok = false;
    return ok ? String.fromCodePoint(code) : '';
  });
  return ok ? out : undefined;
}
const OTHER_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});)/;

/** The ordered tree of plain, well-formed markup; undefined when the markup needs the full XML parser (see above). */
export function readPlainMarkup(markup: string): MarkupNode[] | undefined {
  const xml = markup.includes('\r') ? markup.replace(/\r\n?/g, '\n') : markup;
  if (xml.includes('<!') || xml.includes('<?') || xml.includes(']]>')) return undefined;
  const root: MarkupNode[] = [];
  const stack: Open[] = [];
  let roots = 0;
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const end = lt < 0 ? xml.length : lt;
    if (end > at) {
      const text = decoded(xml.slice(at, end));
      if (text === undefined) return undefined;
      if (!stack.length && text.trim()) return undefined; // text outside the one root element
      (stack.length ? stack[stack.length - 1].children : root).push({ '#text': text });
    }
    if (lt < 0) break;
    at = xml[lt + 1] === '/' ? closeTag(xml, lt, stack) : openTag(xml, lt, stack, root, () => ++roots);
    if (at < 0 || roots > 1) return undefined;
  }
  return stack.length || roots !== 1 ? undefined : root;
}

/** Reads `</name>` at `lt`, closing the innermost element; the offset after it, or -1. */
function closeTag(xml: string, lt: number, stack: Open[]): number {
  CLOSE.lastIndex = lt;
  const close = CLOSE.exec(xml);
  const open = stack.pop();
  if (!close || !open || close[1] !== open.tag) return -1;
  return CLOSE.lastIndex;
}

/** Reads `<name attr="value" …>` or `<name …/>` at `lt` into the tree; the offset after it, or -1. */
function openTag(xml: string, lt: number, stack: Open[], root: MarkupNode[], countRoot: () => number): number {
  NAME.lastIndex = lt + 1;
  const name = NAME.exec(xml)?.[0];
  if (!name || FORBIDDEN_NAMES.has(name)) return -1;
  let at = NAME.lastIndex;
  const attributes: Record<string, string> = {};
  let count = 0;
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const attribute = ATTRIBUTE.exec(xml);
    if (!attribute) break;
    const [, key, double, single] = attribute;
    const value = decoded(double ?? single);
    if (value === undefined || Object.hasOwn(attributes, key) || FORBIDDEN_NAMES.has(key)) return -1;
    attributes[key] = value;
    count++;
    at = ATTRIBUTE.lastIndex;
  }
  TAG_END.lastIndex = at;
  const tagEnd = TAG_END.exec(xml);
  if (!tagEnd) return -1;
  const children: MarkupNode[] = [];
  const node: MarkupNode = count ? { [name]: children, ':@': attributes } : { [name]: children };
  if (!stack.length) countRoot();
  (stack.length ? stack[stack.length - 1].children : root).push(node);
  if (!tagEnd[1]) stack.push({ tag: name, children });
  return TAG_END.lastIndex;
}
