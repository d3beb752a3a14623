// Test helpers: read an HTML deck (the standalone page or one slide's HTML) with a real parser: its slides, their lines, links, pictures and notes.
import { XMLParser } from 'fast-xml-parser';

/** HTML's void elements: never closed, so the XML parser must not wait for their end tag. */
const VOID = ['img', 'col', 'br', 'meta', 'link', 'input', 'hr', 'source', 'wbr', 'area', 'base', 'embed', 'track'];
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  unpairedTags: VOID,
  processEntities: true,
  htmlEntities: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

export interface HtmlNode {
  tag: string; // '#text' for text
  attrs: Record<string, string>;
  children: HtmlNode[];
  text?: string;
}

type Raw = Record<string, unknown> & { ':@'?: Record<string, string> };

function toNode(raw: Raw): HtmlNode {
  const tag = Object.keys(raw).find((k) => k !== ':@')!;
  if (tag === '#text') return { tag, attrs: {}, children: [], text: String(raw[tag]) };
  const children = Array.isArray(raw[tag]) ? (raw[tag] as Raw[]).map(toNode) : [];
  return { tag, attrs: raw[':@'] ?? {}, children };
}

/** The page's element tree (script and style contents, which are not markup, are kept as their raw text). */
export function parseHtml(html: string): HtmlNode[] {
  const raw: { text: string; tag: string }[] = [];
  const shielded = html
    .replace(/^<!DOCTYPE html>/i, '')
    .replace(
      /<(script|style)([^>]*)>([\s\S]*?)<\/\1>/gi,
      (_m, tag: string, attrs: string, text: string) => `<${tag}${attrs} data-raw="${raw.push({ tag, text }) - 1}"></${tag}>`,
    );
  const nodes = (parser.parse(shielded) as Raw[]).map(toNode);
  const restore = (node: HtmlNode) => {
    if (node.attrs['data-raw'] !== undefined) node.children = [{ tag: '#text', attrs: {}, children: [], text: raw[Number(node.attrs['data-raw'])].text }];
    node.children.forEach(restore);
  };
  nodes.forEach(restore);
  return nodes;
}

export const hasClass = (node: HtmlNode, name: string) => (node.attrs.class ?? '').split(/\s+/).includes(name);

/** Every element below the nodes (depth first, in document order) for which `test` holds. */
export function findAll(nodes: HtmlNode[], test: (node: HtmlNode) => boolean): HtmlNode[] {
  const found: HtmlNode[] = [];
  const walk = (node: HtmlNode) => {
    if (node.tag !== '#text' && test(node)) found.push(node);
    node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return found;
}

export function textContent(node: HtmlNode): string {
  return node.tag === '#text' ? (node.text ?? '') : node.children.map(textContent).join('');
}

export interface HtmlSlideView {
  n: number;
  node: HtmlNode;
  lines: string[]; // each <span class="line">'s text, in document order
}

/** The slides (<section class="slide" data-n>) of a page or of slide fragments, each with its lines. */
export function htmlSlides(html: string): HtmlSlideView[] {
  return findAll(parseHtml(html), (node) => node.tag === 'section' && hasClass(node, 'slide')).map((node) => ({
    n: Number(node.attrs['data-n']),
    node,
    lines: findAll([node], (el) => el.tag === 'span' && hasClass(el, 'line')).map(textContent),
  }));
}
