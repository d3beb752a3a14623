// Package fix-ups for known pptxgenjs 4.0.1 defects, all in one place, then a deterministic compressed zip.
import { createHash } from 'node:crypto';
import { strToU8, strFromU8 } from 'fflate';
import { escapeXml, stripForbidden } from '../shared/xml.js';
import type { Presentation } from './pptxgen.js';
import type { Rendered, SlideText } from './render.js';
import { insertShapes } from './placeholders.js';
import { addPictures, type MediaParts } from './pictures.js';
import { uniqueShapeIds } from './shape-ids.js';
import { readRels, REL, writeRels } from './opc.js';
import { transplant } from './transplant.js';
import { partText, presentationParts, type Parts } from './parts.js';
import { zipEntries } from './zip.js';
import { EMOJI_FONT } from './elements.js';
import { messageAfterTitle } from './message.js';
import { accessibleTables, appSlideTitles, coreLanguage, slideTitle, titleFirst } from './accessibility.js';
import { isRtlScript, scriptOfLanguage } from '../slides/script.js';
import { NOTES_PAGE, notesBanners, notesMasterOnPage, notesPageSize, type NotesPage } from './notes-page.js';

export interface PackageOptions {
  /** Document dates (core.xml), ISO 8601; fixed so the same brief gives the same bytes. */
  date: Date;
  /** Company shown in document properties (pptxgenjs writes it unescaped, #1407). */
  company?: string;
  /** East Asian and complex-script font slots for runs (pptxgenjs copies the Latin face into both). */
  eastAsianFont?: string;
  complexScriptFont?: string;
  /** The deck's language (BCP 47): runs in another language get it as altLang. */
  language?: string;
  /** The classification banner, drawn at the top and bottom of every notes page too (the slide masters carry it on slides). */
  banner?: NotesBanner;
  /** The notes page (handouts): A4 or Letter; default Letter-width 7.5 × 10 in as before when not given. */
  notesPage?: NotesPage;
}

export interface NotesBanner {
  text: string;
  fill: string; // hex, no #
  color: string; // text colour
  font: string;
  size: number; // points
}

export interface TemplateTarget {
  template: Parts; // the template package (decorated)
  slideLayouts: string[]; // the template layout part of each slide
}

/** Serialises the rendered deck, puts each slide's placeholder text in, fixes the parts and moves the slides onto the template: finished .pptx bytes. */
export async function packageDeck(rendered: Rendered, options: PackageOptions, target: TemplateTarget): Promise<Uint8Array> {
  const parts = await takeParts(rendered);
  const media: MediaParts = new Map();
  const shapes = new Map<string, string>(); // slide → its placeholder shapes, put in by the slide's own fix-up pass
  rendered.slideTexts.forEach((text, i) => addSlideText(parts, `ppt/slides/slide${i + 1}.xml`, text, media, shapes));
  fixParts(parts, options, (name, xml) => (shapes.has(name) ? insertShapes(xml, shapes.get(name)!) : xml));
  return zipDeterministic(transplant({ rendered: parts, template: target.template, slideLayouts: target.slideLayouts }));
}

/**
 * The rendered presentation's parts. The presentation is let go first: pptxgenjs' slide objects (a 1,000-slide deck's
 * texts, options and runs) are no longer needed and would otherwise stay alive through the fix-ups and the zip (peak memory).
 */
async function takeParts(rendered: Rendered): Promise<Parts> {
  const pptx = rendered.pptx;
  (rendered as Partial<Rendered>).pptx = undefined;
  return presentationParts(pptx);
}

/** A bare pptxgenjs presentation, fixed and zipped on its own masters (measurement calibration, benchmarks). */
export async function packagePresentation(pptx: Presentation, options: PackageOptions): Promise<Uint8Array> {
  const parts = await presentationParts(pptx);
  fixParts(parts, options);
  return zipDeterministic(parts);
}

/**
 * The slide's placeholder shapes go first in its shape tree (into `deferred` for the fix-up pass when the slide has no
 * pictures, which go in after them: one decoding of the slide instead of two); their links become hyperlink relationships.
 */
function addSlideText(parts: Parts, slide: string, text: SlideText, media: MediaParts, deferred: Map<string, string>): void {
  if (text.pictures.length) edit(parts, slide, (xml) => insertShapes(xml, text.shapesXml));
  else deferred.set(slide, text.shapesXml);
  addPictures(parts, slide, text.pictures, media);
  if (!text.links.size) return;
  const links = [...text.links].map(([id, url]) => ({ id, type: `${REL}/hyperlink`, target: url, external: true }));
  writeRels(parts, slide, [...readRels(parts, slide), ...links]);
}

/**
 * Every XML part repaired; `first` is applied to a part before its repairs. Slides go first, so that docProps/app.xml
 * takes each slide's title as it was before the repairs (with `first` applied) without decoding the slides again.
 */
export function fixParts(parts: Parts, options: PackageOptions, first: (name: string, xml: string) => string = (_name, xml) => xml): void {
  const names = Object.keys(parts).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'));
  const titles = new Map<string, string | undefined>();
  const fixOne = (name: string) => {
    const fix = fixFor(name, parts, options, titles);
    edit(parts, name, (xml) => {
      const before = first(name, xml);
      if (SLIDE.test(name)) titles.set(name, slideTitle(before));
      return stripForbidden(fix(before));
    });
  };
  names.filter((name) => SLIDE.test(name)).forEach(fixOne);
  names.filter((name) => !SLIDE.test(name)).forEach(fixOne);
}

const SLIDE = /^ppt\/slides\/slide\d+\.xml$/;
const NOTES = /^ppt\/notesSlides\/notesSlide\d+\.xml$/;
const NOTES_MASTER = /^ppt\/notesMasters\/notesMaster\d+\.xml$/;

/** The slide size written in presentation.xml (EMU), for the slide picture on the notes page. */
function slideSize(parts: Parts): NotesPage {
  const bytes = parts['ppt/presentation.xml'];
  const m = bytes && /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(strFromU8(bytes));
  return m ? { cx: Number(m[1]), cy: Number(m[2]) } : { cx: 12192000, cy: 6858000 };
}

/** The repairs one part needs, in order; every XML part also loses characters XML forbids (in fixParts). */
function fixFor(name: string, parts: Parts, options: PackageOptions, titles: Map<string, string | undefined>): (xml: string) => string {
  const page = options.notesPage ?? NOTES_PAGE;
  if (name === '[Content_Types].xml') return (xml) => dropDanglingOverrides(xml, parts);
  if (name === 'ppt/presentation.xml') return (xml) => stableSectionIds(notesPageSize(moveNotesMasterIdList(xml), page));
  if (NOTES_MASTER.test(name)) return (xml) => notesMasterOnPage(xml, page, slideSize(parts));
  if (name === 'docProps/app.xml')
    return (xml) =>
      appSlideTitles(xml.replace(/<Company>[\s\S]*?<\/Company>/, `<Company>${escapeXml(options.company ?? '')}</Company>`), slideTitles(parts, titles));
  if (name === 'docProps/core.xml') return (xml) => coreLanguage(fixCoreDates(xml, options.date), options.language);
  if (NOTES.test(name)) return (xml) => deckLanguage(notesBanners(notesParagraphs(xml), options.banner, page), options);
  if (SLIDE.test(name)) {
    const rtl = isRtlScript(scriptOfLanguage(options.language ?? 'en-US'));
    return (xml) => {
      const fixed = scriptFonts(deckLanguage(dropStrayParagraphProps(xml), options), options);
      return uniqueShapeIds(messageAfterTitle(titleFirst(accessibleTables(fixed, rtl))));
    };
  }
  return (xml) => xml;
}

/** Each slide's title, in slide order (undefined where a slide has no title placeholder), as read before the slide's repairs. */
function slideTitles(parts: Parts, titles: Map<string, string | undefined>): (string | undefined)[] {
  const count = Object.keys(parts).filter((name) => SLIDE.test(name)).length;
  return Array.from({ length: count }, (_, i) => {
    const name = `ppt/slides/slide${i + 1}.xml`;
    return parts[name] && titles.get(name);
  });
}

function edit(parts: Parts, name: string, change: (xml: string) => string): void {
  const before = partText(parts, name);
  if (before === undefined) return;
  const after = change(before);
  if (after !== before) parts[name] = strToU8(after);
}

/** #1444: [Content_Types].xml lists slideMaster2..N (and other) parts that do not exist: PowerPoint offers a repair. */
export function dropDanglingOverrides(xml: string, parts: Parts): string {
  return xml.replace(/<Override [^>]*PartName="\/([^"]+)"[^>]*\/>/g, (tag, part: string) => (parts[part] ? tag : ''));
}

/** The schema wants p:notesMasterIdLst right after p:sldMasterIdLst; pptxgenjs writes it after p:sldIdLst. */
export function moveNotesMasterIdList(xml: string): string {
  const match = /<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/.exec(xml);
  if (!match) return xml;
  const without = xml.replace(match[0], '');
  return without.replace('</p:sldMasterIdLst>', `</p:sldMasterIdLst>${match[0]}`);
}

/** pptxgenjs gives sections random GUIDs; derive them from the section's name and position instead. */
export function stableSectionIds(xml: string): string {
  let index = 0;
  return xml.replace(/(<p14:section name="([^"]*)" id=")\{[0-9a-fA-F-]+\}(")/g, (_m, head: string, name: string, tail: string) => {
    const hex = createHash('sha1').update(`${index++}:${name}`).digest('hex');
    return `${head}{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}${tail}`;
  });
}

function fixCoreDates(xml: string, date: Date): string {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
}

/** pptxgenjs writes all notes as one run with raw newlines; give each line its own paragraph. */
export function notesParagraphs(xml: string): string {
  return xml.replace(
    /<a:p><a:r><a:rPr lang="([^"]*)" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr[^>]*\/><\/a:p>/,
    (_m, lang: string, text: string) =>
      text
        .split(/\r?\n/)
        .map((line) =>
          line ? `<a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${line}</a:t></a:r></a:p>` : `<a:p><a:endParaRPr lang="${lang}" dirty="0"/></a:p>`,
        )
        .join(''),
  );
}

/** pptxgenjs writes an a:pPr before every run of a multi-run paragraph; the schema allows one, first. */
export function dropStrayParagraphProps(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (paragraph, body: string) => {
    const firstContent = body.search(/<a:(r|br|fld)\b/);
    if (firstContent < 0) return paragraph;
    const rest = body.slice(firstContent).replace(/<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g, '');
    return `<a:p>${body.slice(0, firstContent)}${rest}</a:p>`;
  });
}

/** pptxgenjs hard-codes lang="en-US" on field runs and paragraph ends; they belong to the deck's language. */
export function deckLanguage(xml: string, options: Pick<PackageOptions, 'language'>): string {
  const lang = options.language;
  return lang ? xml.replace(/(<a:(?:rPr|endParaRPr)\b[^>]*\blang=")en-US"/g, `$1${escapeXml(lang)}"`) : xml;
}

/** East Asian face for a run's language: a Noto Sans CJK theme font follows the run (JP, KR, TC/HK), any other font is kept. */
export function eastAsianFace(font: string, lang: string): string {
  const noto = /^(Noto Sans CJK) (SC|TC|HK|JP|KR)$/.exec(font);
  if (!noto) return font;
  const tag = lang.toLowerCase();
  const region = tag.startsWith('ja')
    ? 'JP'
    : tag.startsWith('ko')
      ? 'KR'
      : /^zh-(tw|hant)/.test(tag)
        ? 'TC'
        : /^zh-(hk|mo)/.test(tag)
          ? 'HK'
          : tag.startsWith('zh')
            ? 'SC'
            : noto[2];
  return `${noto[1]} ${region}`;
}

/**
 * pptxgenjs copies the Latin face into every run's ea/cs slots and writes altLang="en-US" on every run:
 * point the slots at real CJK and complex-script fonts, and give altLang the deck's language only where a run's own differs.
 */
export function scriptFonts(xml: string, options: Pick<PackageOptions, 'eastAsianFont' | 'complexScriptFont' | 'language'>): string {
  const deckLang = options.language ?? 'en-US';
  return xml.replace(/<a:(rPr|defRPr|endParaRPr)\b([^>]*?)(\/>|>([\s\S]*?)<\/a:\1>)/g, (_m, tag: string, attrs: string, close: string, body?: string) => {
    const lang = /\blang="([^"]*)"/.exec(attrs)?.[1];
    const fixedAttrs =
      lang === undefined
        ? attrs
        : attrs.replace(/\s*\baltLang="[^"]*"/, '').replace(/\blang="[^"]*"/, lang === deckLang ? `lang="${lang}"` : `lang="${lang}" altLang="${deckLang}"`);
    if (body === undefined || body.includes(`typeface="${EMOJI_FONT}"`)) return `<a:${tag}${fixedAttrs}${close}`;
    let fixedBody = body;
    if (options.eastAsianFont)
      fixedBody = fixedBody.replace(/<a:ea typeface="[^"]*"/, `<a:ea typeface="${escapeXml(eastAsianFace(options.eastAsianFont, lang ?? deckLang))}"`);
    if (options.complexScriptFont) fixedBody = fixedBody.replace(/<a:cs typeface="[^"]*"/, `<a:cs typeface="${escapeXml(options.complexScriptFont)}"`);
    return `<a:${tag}${fixedAttrs}>${fixedBody}</a:${tag}>`;
  });
}

/** Same parts in → same bytes out: fixed timestamps, fixed order, DEFLATE (pptxgenjs' own writers ignore `compression`). */
export function zipDeterministic(parts: Parts): Uint8Array {
  const mtime = new Date(1980, 0, 1, 12, 0, 0); // local fields: the same DOS time in every time zone
  const names = Object.keys(parts)
    .filter((name) => !name.endsWith('/')) // folder entries (JSZip adds them) are not parts of the package
    .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return zipEntries(
    names.map((name) => [name, parts[name]]),
    mtime,
  );
}
