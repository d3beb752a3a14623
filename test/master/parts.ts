// Test helpers for template packages: parts as text, zipped to a temp file for validate-pptx, shape trees and placeholders read back.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';

export type Parts = Record<string, Uint8Array>;

export const text = (parts: Parts, path: string): string => {
  const bytes = parts[path];
  if (!bytes) throw new Error(`no part ${path}`);
  return strFromU8(bytes);
};

export const readPackage = (file: string): Parts => unzipSync(new Uint8Array(readFileSync(file)));

/** The parts zipped into a .pptx in a fresh temp folder; returns its path. */
export function writePackage(parts: Parts, name = 'template.pptx'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'briefdeck-master-')), name);
  writeFileSync(file, zipSync(parts));
  return file;
}

/** The children of a part's shape tree, in order: element name, cNvPr id and name, and its <p:ph> attributes when it is a placeholder. */
export function shapeTree(xml: string): { element: string; id: number; name: string; ph?: string; xml: string }[] {
  const tree = /<p:spTree>([\s\S]*)<\/p:spTree>/.exec(xml)?.[1] ?? '';
  return [...tree.matchAll(/<p:(sp|pic)\b[\s\S]*?<\/p:\1>/g)].map((m) => ({
    element: m[1],
    id: Number(/<p:cNvPr id="(\d+)"/.exec(m[0])?.[1]),
    name: /<p:cNvPr id="\d+" name="([^"]*)"/.exec(m[0])?.[1] ?? '',
    ph: /<p:ph\b([^>]*?)\/>/.exec(m[0])?.[1].trim(),
    xml: m[0],
  }));
}

/** Every cNvPr id of a part (its group's too), to check they are unique. */
export const shapeIds = (xml: string) => [...xml.matchAll(/<(?:\w+:)?cNvPr\b[^>]*?\bid="(\d+)"/g)].map((m) => Number(m[1]));

const SLIDE_NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

/** A placeholder shape of a slide: the layout's placeholder (`ph` attributes) filled with paragraphs of text, one per level given. */
export function filledPlaceholder(id: number, ph: string, paragraphs: [text: string, level?: number][]): string {
  const body = paragraphs.map(([t, level]) => `<a:p>${level ? `<a:pPr lvl="${level}"/>` : ''}<a:r><a:rPr lang="en-GB"/><a:t>${t}</a:t></a:r></a:p>`).join('');
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Placeholder ${id}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph ${ph}/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>${body}</p:txBody></p:sp>`;
}

/** The package with one slide on `layout` (a part path) holding `shapes`: what a deck built on the template looks like, at its smallest. */
export function withOneSlide(parts: Parts, layout: string, shapes: string): Parts {
  const edit = (path: string, change: (xml: string) => string) => ({ [path]: new TextEncoder().encode(change(text(parts, path))) });
  const slide = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld ${SLIDE_NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`;
  const rel = (type: string, target: string) =>
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  return {
    ...parts,
    'ppt/slides/slide1.xml': new TextEncoder().encode(slide),
    'ppt/slides/_rels/slide1.xml.rels': new TextEncoder().encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('slideLayout', `../${layout.replace(/^ppt\//, '')}`)}</Relationships>`,
    ),
    ...edit('[Content_Types].xml', (xml) =>
      xml.replace(
        '</Types>',
        '<Override PartName="/ppt/slides/slide1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/></Types>',
      ),
    ),
    ...edit('ppt/_rels/presentation.xml.rels', (xml) =>
      xml.replace('</Relationships>', rel('slide', 'slides/slide1.xml').replace('rId1', 'rIdSlide1') + '</Relationships>'),
    ),
    ...edit('ppt/presentation.xml', (xml) => xml.replace('<p:sldSz', '<p:sldIdLst><p:sldId id="256" r:id="rIdSlide1"/></p:sldIdLst><p:sldSz')),
  };
}
