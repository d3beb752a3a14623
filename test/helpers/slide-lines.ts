// Test helper: the lines a .pptx slide's text is drawn on, from its XML alone: each paragraph's text, size and boldness, wrapped at the inner width of its box, placeholder or table cell.
import { XMLParser } from 'fast-xml-parser';
import type { LayoutInfo, PlaceholderInfo } from '../../src/master/model.js';
import type { Measurer } from '../../src/slides/measure.js';
import type { Run } from '../../src/slides/model.js';
import { drawnLines } from '../../src/html/text.js';

const EMU = 914400;
const DEFAULT_SIDE_INSET = 91440; // EMU: DrawingML's default lIns/rIns
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  processEntities: true,
});

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text?: string;
}
type Raw = Record<string, unknown> & { ':@'?: Record<string, string> };

function toNode(raw: Raw): Node {
  const tag = Object.keys(raw).find((k) => k !== ':@')!;
  if (tag === '#text') return { name: '#text', attrs: {}, children: [], text: String(raw[tag]) };
  return { name: tag.replace(/^\w+:/, ''), attrs: raw[':@'] ?? {}, children: Array.isArray(raw[tag]) ? (raw[tag] as Raw[]).map(toNode) : [] };
}

const kid = (node: Node | undefined, name: string) => node?.children.find((c) => c.name === name);
const kids = (node: Node | undefined, name: string) => node?.children.filter((c) => c.name === name) ?? [];
const path = (node: Node | undefined, ...names: string[]) => names.reduce((at, name) => kid(at, name), node);
const textOf = (node: Node | undefined): string => (node ? (node.name === '#text' ? (node.text ?? '') : node.children.map(textOf).join('')) : '');
const emu = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value)) / EMU;

/** A paragraph's runs (an a:br starts the next run on a new line), its size (the largest run's) and whether all of it is bold. */
function paragraphRuns(p: Node, levelSize: number): { runs: Run[]; size: number } {
  const runs: (Run & { size: number })[] = [];
  let breakNext = false;
  for (const child of p.children) {
    if (child.name === 'br') breakNext = true;
    if (child.name !== 'r' && child.name !== 'fld') continue;
    const rPr = kid(child, 'rPr');
    const text = textOf(kid(child, 't')).replace(/[\u202a-\u202e]/g, '');
    runs.push({
      text,
      bold: rPr?.attrs.b === '1',
      italic: rPr?.attrs.i === '1',
      size: rPr?.attrs.sz ? Number(rPr.attrs.sz) / 100 : levelSize,
      breakBefore: breakNext || undefined,
    });
    breakNext = false;
  }
  const size = Math.max(levelSize > 0 && !runs.length ? levelSize : 0, ...runs.map((r) => r.size));
  // a smaller run is a tag (drawn smaller and bold): measured at its own size
  return { runs: runs.map(({ size: own, ...run }) => (own < size ? { ...run, style: 'tag' as const, minSize: own } : run)), size };
}

/** The layout's placeholder a slide's <p:ph> names (type, then idx). */
function placeholderOf(ph: Node, layout: LayoutInfo): PlaceholderInfo | undefined {
  const type = ph.attrs.type ?? 'obj';
  const idx = ph.attrs.idx === undefined ? undefined : Number(ph.attrs.idx);
  const same = layout.placeholders.filter((p) => p.type === type || (type === 'obj' && p.type === 'body'));
  return same.find((p) => p.idx === idx) ?? same[0];
}

/** Lines of a shape's paragraphs in a box `width` inches wide (side insets taken off). */
function boxLines(body: Node | undefined, width: number, ph: PlaceholderInfo | undefined, measurer: Measurer, forceBold: boolean): string[] {
  const bodyPr = kid(body, 'bodyPr');
  const inner = width - (ph ? ph.insets.left + ph.insets.right : emu(bodyPr?.attrs.lIns, DEFAULT_SIDE_INSET) + emu(bodyPr?.attrs.rIns, DEFAULT_SIDE_INSET));
  return kids(body, 'p').flatMap((p) => {
    const pPr = kid(p, 'pPr');
    const level = ph?.levels[Math.min(Number(pPr?.attrs.lvl ?? 0), 4)];
    const { runs, size } = paragraphRuns(p, level?.size ?? 18);
    if (!runs.length) return [];
    const marL = pPr?.attrs.marL !== undefined ? Number(pPr.attrs.marL) / EMU : (level?.marginLeft ?? 0);
    return drawnLines(measurer, runs, (inner - marL) * 72, size, forceBold || undefined).map((l) => l.text);
  });
}

/** Every line of text a slide draws, from its XML: placeholders (at their layout's box unless the slide gives one), text boxes and table cells. */
export function slideXmlLines(xml: string, layout: LayoutInfo, body: Measurer, heading: Measurer): string[] {
  const root = (parser.parse(xml) as Raw[]).map(toNode).find((n) => n.name === 'sld');
  const tree = path(root, 'cSld', 'spTree');
  return (tree?.children ?? []).flatMap((shape) => {
    if (shape.name === 'sp') {
      const phNode = path(shape, 'nvSpPr', 'nvPr', 'ph');
      const ph = phNode ? placeholderOf(phNode, layout) : undefined;
      const ext = path(shape, 'spPr', 'xfrm', 'ext');
      const width = ext ? Number(ext.attrs.cx) / EMU : ph?.box.w;
      if (width === undefined) return [];
      const title = ph?.type === 'title' || ph?.type === 'ctrTitle';
      return boxLines(kid(shape, 'txBody'), width, ph, title ? heading : body, title);
    }
    if (shape.name !== 'graphicFrame') return [];
    const table = path(shape, 'graphic', 'graphicData', 'tbl');
    const columns = kids(kid(table, 'tblGrid'), 'gridCol').map((col) => Number(col.attrs.w) / EMU);
    return kids(table, 'tr').flatMap((row) =>
      kids(row, 'tc').flatMap((cell, i) => {
        const tcPr = kid(cell, 'tcPr');
        const width = columns[i] - emu(tcPr?.attrs.marL, DEFAULT_SIDE_INSET) - emu(tcPr?.attrs.marR, DEFAULT_SIDE_INSET);
        const txBody = {
          ...kid(cell, 'txBody')!,
          children: [{ name: 'bodyPr', attrs: { lIns: '0', rIns: '0' }, children: [] }, ...kids(kid(cell, 'txBody'), 'p')],
        };
        return boxLines(txBody, width, undefined, body, false);
      }),
    );
  });
}

/** A line as both sides show it: direction marks dropped, no-break spaces as spaces, outer spaces trimmed. */
export const comparable = (line: string) =>
  line
    .replace(/[\u202a-\u202e\u200e\u200f]/g, '')
    .replace(/\u00a0/g, ' ')
    .trim();
