// Checks a template's slide markup when it is loaded: well-formed, and every tag, attribute and layout in the contract.
import { XMLValidator } from 'fast-xml-parser';
import { problem, type Problem } from '../errors.js';
import { attributeIssue, elementIssue, SOURCE_ATTRIBUTE, textIssue } from './contract.js';

export interface MarkupCheck {
  problems: Problem[];
  slideTags: { offset: number; line: number }[]; // just after each literal "<slide", for the source marker
}

/** The source with every {{…}} blanked to spaces (newlines kept), so offsets, lines and columns still match. */
export function blankExpressions(source: string): string {
  return source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\n]/g, ' '));
}

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<(\/?)([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Line and column (1-based) of an offset; offsets are asked for in increasing order. */
function positions(text: string) {
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  return (offset: number) => {
    for (; scanned < offset; scanned++) if (text[scanned] === '\n') [line, lineStart] = [line + 1, scanned + 1];
    return { line, column: offset - lineStart + 1 };
  };
}

export function checkMarkup(source: string, file: string): MarkupCheck {
  const blanked = blankExpressions(source);
  const valid = XMLValidator.validate(`<deck>${blanked}</deck>`);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    return { problems: [problem('template', `malformed slide markup: ${msg}`, { file, line, column: line === 1 ? Math.max(1, col - 6) : col })], slideTags: [] };
  }
  const at = positions(blanked);
  const problems: Problem[] = [];
  const slideTags: MarkupCheck['slideTags'] = [];
  const stack: { tag: string; layout?: string }[] = [{ tag: 'deck' }];
  const report = (message: string | undefined, offset: number) => {
    if (message) problems.push(problem('template', message, { file, ...at(offset) }));
  };
  for (const m of blanked.matchAll(TOKEN)) {
    const [whole, cdata, closing, tag, attributeText, text] = m;
    const top = stack[stack.length - 1];
    if (text !== undefined || cdata !== undefined) report(textIssue(top.tag, text ?? cdata), m.index);
    if (!tag) continue;
    if (closing) {
      stack.pop();
      continue;
    }
    const attributes = readAttributes(source, blanked, m.index + 1 + tag.length, attributeText);
    const layout = tag === 'slide' ? (attributes.has('layout') ? attributes.get('layout') : 'content') : undefined;
    report(elementIssue(tag, top.tag, top.layout), m.index);
    for (const [name, value] of attributes) report(name === SOURCE_ATTRIBUTE ? `${name} is set by briefdeck, not by templates` : attributeIssue(tag, name, value), m.index);
    if (tag === 'slide') slideTags.push({ offset: m.index + '<slide'.length, ...at(m.index) });
    if (!whole.endsWith('/>')) stack.push({ tag, layout });
  }
  return { problems, slideTags };
}

/** Attribute name → value; undefined when a {{…}} makes the value known only at render time. */
function readAttributes(source: string, blanked: string, start: number, text: string): Map<string, string | undefined> {
  const attributes = new Map<string, string | undefined>();
  for (const a of text.matchAll(ATTRIBUTE)) {
    const from = start + a.index;
    const literal = source.slice(from, from + a[0].length) === a[0];
    attributes.set(a[1], literal ? (a[2] ?? a[3]) : undefined);
  }
  return attributes;
}
