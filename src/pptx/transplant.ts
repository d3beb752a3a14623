// Puts the rendered slides onto a template package (the bundled default or a reference deck): its masters, layouts, theme and media, our slides, notes and properties.
import { strFromU8, strToU8 } from 'fflate';
import type { Parts } from './parts.js';
import {
  readContentTypes,
  readRels,
  reachable,
  REL,
  relativeTarget,
  relsPath,
  resolveTarget,
  writeContentTypes,
  writeRels,
  type ContentTypes,
  type Relationship,
} from './opc.js';
import { presentationOnTemplate } from './presentation.js';

const SLIDE = /^ppt\/slides\/slide\d+\.xml$/;
const NOTES_MASTER = /^ppt\/notesMasters\/notesMaster\d+\.xml$/;
const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml';
/** Package-level parts always taken from the rendered deck: its properties and its settings. */
const OWN_PARTS = ['_rels/.rels', 'docProps/core.xml', 'docProps/app.xml', 'ppt/presProps.xml', 'ppt/viewProps.xml', 'ppt/tableStyles.xml'];

export interface TransplantInput {
  rendered: Parts; // the pptxgenjs package, already fixed
  template: Parts; // the template package: masters, layouts, theme (decorated with banner and logo)
  slideLayouts: string[]; // the template layout part of each slide, in slide order
}

/** The finished package: the template's masters and everything they use, with our slides pointing at its layouts. */
export function transplant({ rendered, template, slideLayouts }: TransplantInput): Parts {
  const masters = readRels(template, 'ppt/presentation.xml').filter((rel) => rel.type === `${REL}/slideMaster`);
  const out: Parts = {};
  for (const part of reachable(
    template,
    masters.map((rel) => resolveTarget('ppt/presentation.xml', rel.target)),
  )) {
    out[part] = template[part];
    if (template[relsPath(part)]) out[relsPath(part)] = template[relsPath(part)];
  }
  const slides = Object.keys(rendered)
    .filter((name) => SLIDE.test(name))
    .sort((a, b) => slideNumber(a) - slideNumber(b));
  const ours = { ...rendered };
  slides.forEach((slide, i) => pointAtLayout(ours, slide, slideLayouts[i]));
  const renamed = copyOurs(ours, out, [...slides, ...Object.keys(ours).filter((name) => NOTES_MASTER.test(name))]);
  for (const part of OWN_PARTS) if (rendered[part]) out[part] = rendered[part];
  const presentation = presentationOnTemplate(strFromU8(rendered['ppt/presentation.xml']), strFromU8(template['ppt/presentation.xml']), {
    masters,
    rendered: readRels(rendered, 'ppt/presentation.xml').filter((rel) => rel.type !== `${REL}/slideMaster`),
    rename: renamed,
    theme: themeOf(template, masters),
  });
  out['ppt/presentation.xml'] = strToU8(presentation.xml);
  writeRels(out, 'ppt/presentation.xml', presentation.rels);
  writeContentTypes(out, contentTypes(rendered, template, renamed));
  return out;
}

function themeOf(template: Parts, masters: Relationship[]): string | undefined {
  if (!masters.length) return undefined;
  const master = resolveTarget('ppt/presentation.xml', masters[0].target);
  const rel = readRels(template, master).find((r) => r.type === `${REL}/theme`);
  return rel && resolveTarget(master, rel.target);
}

function slideNumber(name: string): number {
  return Number(/(\d+)\.xml$/.exec(name)![1]);
}

/** The slide's layout relationship now targets the template's layout. */
function pointAtLayout(parts: Parts, slide: string, layout: string | undefined): void {
  if (!layout) throw new Error(`no template layout for ${slide}`);
  const rels = readRels(parts, slide).map((rel) => (rel.type === `${REL}/slideLayout` ? { ...rel, target: relativeTarget(slide, layout) } : rel));
  writeRels(parts, slide, rels);
}

/**
 * Copies the rendered parts reachable from our slides and notes master (not following layout relationships: those
 * now point into the template) into `out`, renaming any that would overwrite a template part (the notes master's
 * theme, media). Returns old name → new name for the renamed ones.
 */
function copyOurs(ours: Parts, out: Parts, roots: string[]): Map<string, string> {
  const relsRead = new Map<string, Relationship[]>(); // each part's relationships read once, for reachable() and for the copy
  const relsOf = (part: string) => relsRead.get(part) ?? relsRead.set(part, readRels(ours, part)).get(part)!;
  const wanted = reachable(ours, roots, (rel) => rel.type === `${REL}/slideLayout`, relsOf);
  const renamed = new Map<string, string>();
  for (const part of wanted) if (out[part]) renamed.set(part, freeName(part, out, wanted, renamed));
  for (const part of wanted) {
    const name = renamed.get(part) ?? part;
    out[name] = ours[part];
    const rels = relsOf(part);
    if (rels.length)
      writeRels(
        out,
        name,
        rels.map((rel) => retarget(rel, part, name, renamed)),
      );
  }
  return renamed;
}

function retarget(rel: Relationship, from: string, fromRenamed: string, renamed: Map<string, string>): Relationship {
  if (rel.external) return rel;
  const target = resolveTarget(from, rel.target);
  return { ...rel, target: relativeTarget(fromRenamed, renamed.get(target) ?? target) };
}

/** theme1.xml → the first themeN.xml no part uses. */
function freeName(part: string, out: Parts, wanted: Set<string>, renamed: Map<string, string>): string {
  const match = /^(.*?)(\d*)(\.[^./]+)$/.exec(part)!;
  const taken = (name: string) => Boolean(out[name]) || wanted.has(name) || [...renamed.values()].includes(name);
  for (let n = Number(match[2] || 1) + 1; ; n++) if (!taken(`${match[1]}${n}${match[3]}`)) return `${match[1]}${n}${match[3]}`;
}

/** Content types: the template's for its parts, ours for ours (under their new names), and always a presentation (a .potx becomes a .pptx). */
function contentTypes(rendered: Parts, template: Parts, renamed: Map<string, string>): ContentTypes {
  const fromTemplate = readContentTypes(template);
  const fromRendered = readContentTypes(rendered);
  const overrides = new Map(fromTemplate.overrides);
  for (const [part, type] of fromRendered.overrides) overrides.set(renamed.get(part) ?? part, type);
  overrides.set('ppt/presentation.xml', MAIN_TYPE);
  return { defaults: new Map([...fromTemplate.defaults, ...fromRendered.defaults]), overrides };
}
