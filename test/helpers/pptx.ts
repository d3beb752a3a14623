// Test helpers: open a built .pptx the way a user's viewer does and read slides, notes and relationships.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { unescapeXml } from '../../src/shared/xml.js';

export interface DeckView {
  parts: Record<string, string>;
  slideCount: number;
  /** The XML of slide n (1-based). */
  slideXml(n: number): string;
  /** Visible text of slide n, one entry per paragraph (a:p), runs joined. */
  slideText(n: number): string[];
  /** Speaker notes of slide n as paragraphs. */
  notes(n: number): string[];
  /** Relationships of slide n: Id → {type, target, external}. */
  rels(n: number): { id: string; type: string; target: string; external: boolean }[];
}

/** Paragraph texts of an XML fragment: a:t contents joined per a:p. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map((m) => [...m[1].matchAll(/<a:t>([\s\S]*?)<\/a:t>|<a:br\/>/g)].map((t) => (t[0] === '<a:br/>' ? '\n' : unescapeXml(t[1]))).join(''))
    .filter((t) => t !== '');
}

export function openDeck(source: string | Uint8Array): DeckView {
  const bytes = typeof source === 'string' ? readFileSync(source) : source;
  const files = unzipSync(new Uint8Array(bytes));
  const parts = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
  const slideCount = Object.keys(parts).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  const slideXml = (n: number) => {
    const xml = parts[`ppt/slides/slide${n}.xml`];
    if (xml === undefined) throw new Error(`no slide ${n} (deck has ${slideCount})`);
    return xml;
  };
  const rels = (n: number) =>
    [...(parts[`ppt/slides/_rels/slide${n}.xml.rels`] ?? '').matchAll(/<Relationship ([^>]*)\/>/g)].map((m) => {
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[1])?.[1] ?? '';
      return { id: attr('Id'), type: attr('Type').split('/').pop() ?? '', target: unescapeXml(attr('Target')), external: attr('TargetMode') === 'External' };
    });
  const notes = (n: number) => {
    const target = rels(n).find((r) => r.type === 'notesSlide')?.target;
    if (!target) return [];
    const xml = parts[`ppt/notesSlides/${target.split('/').pop()}`] ?? '';
    const body = /<p:ph type="body"[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(xml)?.[1] ?? '';
    return paragraphs(body);
  };
  return { parts, slideCount, slideXml, slideText: (n) => paragraphs(slideXml(n)), notes, rels };
}

/** The slide layout slide n (1-based) is on: its package path, name (p:cSld name) and XML. */
export function layoutOf(view: DeckView, n: number): { part: string; name: string; xml: string } {
  const rel = view.rels(n).find((r) => r.type === 'slideLayout');
  if (!rel) throw new Error(`slide ${n} has no layout`);
  const part = `ppt/slideLayouts/${rel.target.split('/').pop()}`;
  const xml = view.parts[part];
  return { part, name: /<p:cSld name="([^"]*)"/.exec(xml)?.[1] ?? '', xml };
}

/** The <p:sp> of a slide or layout whose placeholder has this type (the first one). */
export function placeholderShape(xml: string, type: string): string | undefined {
  return new RegExp(`<p:sp>(?:(?!</p:sp>)[\\s\\S])*?<p:ph [^>]*type="${type}"[\\s\\S]*?</p:sp>`).exec(xml)?.[0];
}
