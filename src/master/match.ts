// Matches the slide kinds briefdeck fills to a template's layouts by the placeholders they hold, with names only as a tie-break, pins, and warned fallbacks.
import { BriefdeckError, problem } from '../errors.js';
import { closest } from '../shared/closest.js';
import type { LayoutInfo, LayoutKind, MatchedLayouts, PlaceholderInfo, TemplateInfo } from './model.js';
import { isSectionName, nameDistance, RECOGNISED } from './names.js';

const KINDS: readonly LayoutKind[] = ['title', 'content', 'section', 'two', 'titleOnly', 'blank'];

/** What a layout holds for matching: dates, footers and slide numbers left out; vertical text counts as "other". */
interface Profile {
  layout: LayoutInfo;
  master: number; // index of its master, 0 for the first
  order: number; // index in the template
  titles: PlaceholderInfo[];
  subtitles: PlaceholderInfo[];
  bodies: PlaceholderInfo[];
  others: PlaceholderInfo[];
}

/** Each kind in words: for warnings, and what a pinned layout should hold. */
const KIND_WORDS: Record<LayoutKind, { label: string; holds: string }> = {
  title: { label: 'Title Slide', holds: 'a title and a subtitle placeholder (or a centred title)' },
  content: { label: 'Title and Content', holds: 'a title and one content placeholder' },
  section: { label: 'Section Header', holds: 'a title and one text placeholder, named like “Section Header”' },
  two: { label: 'Two Content', holds: 'a title and two content placeholders side by side' },
  titleOnly: { label: 'Title Only', holds: 'a title placeholder only' },
  blank: { label: 'Blank', holds: 'no title or content placeholder' },
};

const FOOTER_TYPES = new Set(['dt', 'ftr', 'sldNum']);

function profile(layout: LayoutInfo, order: number, masters: string[]): Profile {
  const held = layout.placeholders.filter((p) => !FOOTER_TYPES.has(p.type));
  const upright = (p: PlaceholderInfo) => !p.vertical;
  return {
    layout,
    master: masters.indexOf(layout.master),
    order,
    titles: held.filter((p) => upright(p) && (p.type === 'title' || p.type === 'ctrTitle')),
    subtitles: held.filter((p) => upright(p) && p.type === 'subTitle'),
    bodies: held.filter((p) => upright(p) && (p.type === 'body' || p.type === 'obj')),
    others: held.filter((p) => p.vertical || !['title', 'ctrTitle', 'subTitle', 'body', 'obj'].includes(p.type)),
  };
}

/** Two columns: one box ends where the other starts (a little overlap allowed), of similar width, sharing most of their height. */
function sideBySide([a, b]: PlaceholderInfo[]): boolean {
  const [left, right] = a.box.x <= b.box.x ? [a.box, b.box] : [b.box, a.box];
  const sharedHeight = Math.min(left.y + left.h, right.y + right.h) - Math.max(left.y, right.y);
  const similarWidth = Math.min(left.w, right.w) >= 0.75 * Math.max(left.w, right.w); // not a caption beside a picture
  return left.x + left.w <= right.x + 0.1 * Math.min(left.w, right.w) && sharedHeight >= 0.5 * Math.min(left.h, right.h) && similarWidth;
}

/** A title and at most one text placeholder: what a section header holds (its name tells it from a content layout). */
const sectionShape = (p: Profile) => p.titles.length === 1 && p.subtitles.length + p.bodies.length <= 1 && p.others.length === 0;

/** Whether a layout holds what a kind needs. */
const FITS: Record<LayoutKind, (p: Profile) => boolean> = {
  title: (p) => p.titles.length === 1 && (p.subtitles.length > 0 || p.titles[0].type === 'ctrTitle'), // extras allowed, ranked lower
  content: (p) => p.titles.length === 1 && p.subtitles.length === 0 && p.bodies.length === 1 && p.others.length === 0,
  section: (p) => sectionShape(p) && isSectionName(p.layout.name),
  two: (p) => p.titles.length === 1 && p.subtitles.length === 0 && p.bodies.length === 2 && p.others.length === 0 && sideBySide(p.bodies),
  titleOnly: (p) => p.titles.length === 1 && p.subtitles.length + p.bodies.length + p.others.length === 0,
  blank: (p) => p.titles.length + p.subtitles.length + p.bodies.length + p.others.length === 0,
};

/** The structural preferences of a kind beyond fitting, as penalties (0 best) ahead of the name. */
function structuralPenalty(kind: LayoutKind, p: Profile): number[] {
  if (kind === 'title') {
    const extras = p.bodies.length + p.others.length + Math.abs(p.subtitles.length - 1);
    return [extras, p.subtitles.length === 1 ? 0 : 1, p.titles[0].type === 'ctrTitle' ? 0 : 1];
  }
  if (kind === 'content') return [isSectionName(p.layout.name) ? 1 : 0]; // the section header also holds a title and one body
  if (kind === 'section') return [p.subtitles.length + p.bodies.length === 1 ? 0 : 1];
  return [];
}

/** Content placeholders drawn by PowerPoint's "Title and Content" are object placeholders; a section header's is a text body. */
const objectPenalty = (kind: LayoutKind, p: Profile) => (kind === 'content' && p.bodies[0]?.type !== 'obj' ? 1 : 0);

/** What the template itself shows: the layout of its first example slide, and the master its largest content layout is on. */
interface Preferences {
  coverLayout?: string; // the layout part of the template's first slide, when it holds a title slide's placeholders
  contentMaster: number; // index of the master whose content layout has the largest content placeholder (the first on a tie)
}

function rankKey(kind: LayoutKind, p: Profile, prefer: Preferences): number[] {
  const distance = nameDistance(p.layout.name, kind);
  const cover = kind === 'title' && prefer.coverLayout !== undefined ? [p.layout.part === prefer.coverLayout ? 0 : 1] : [];
  const master = kind === 'title' ? p.master : p.master === prefer.contentMaster ? 0 : 1; // the other kinds keep to the content's master
  return [...cover, ...structuralPenalty(kind, p), distance <= RECOGNISED ? 0 : 1, objectPenalty(kind, p), distance, master, p.master, p.order];
}

/**
 * Several masters (LibreOffice writes one per page design, each with the same layouts): content and the kinds that go
 * with it come from the master whose content layout gives the most room; the title slide from the layout the template's
 * own first slide uses, when it is a title layout.
 */
function preferences(info: TemplateInfo, profiles: Profile[]): Preferences {
  const area = (p: Profile) => Math.max(0, ...p.bodies.map((b) => b.box.w * b.box.h));
  const contents = profiles.filter(FITS.content).sort((a, b) => area(b) - area(a) || a.master - b.master || a.order - b.order);
  const first = info.exampleLayouts?.[0];
  const cover = profiles.find((p) => p.layout.part === first);
  return { contentMaster: contents[0]?.master ?? 0, coverLayout: cover && FITS.title(cover) ? first : undefined };
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** The best layout of the template for a kind, if any fits. */
function best(kind: LayoutKind, profiles: Profile[], prefer: Preferences): LayoutInfo | undefined {
  const ranked = profiles
    .filter(FITS[kind])
    .map((p) => ({ p, key: rankKey(kind, p, prefer) }))
    .sort((a, b) => compareKeys(a.key, b.key));
  return ranked[0]?.p.layout;
}

/** The layout with the largest content placeholder under a title, for a template without a plain content layout. */
function largestBody(profiles: Profile[]): LayoutInfo | undefined {
  const area = (p: Profile) => Math.max(0, ...p.bodies.map((b) => b.box.w * b.box.h));
  const candidates = profiles.filter((p) => p.titles.length > 0 && p.bodies.length > 0);
  candidates.sort((a, b) => area(b) - area(a) || a.master - b.master || a.order - b.order);
  return candidates[0]?.layout;
}

const SLIDES: Record<LayoutKind, string> = {
  title: 'title slides',
  content: 'content slides',
  section: 'section slides',
  two: 'two-column slides',
  titleOnly: 'title-only slides',
  blank: 'blank slides',
};

const loose = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase();

/** The layout a name pins for a kind (exact name first, then ignoring case); an unknown name is an error with the names there are. */
function pinnedLayout(kind: LayoutKind, name: string, profiles: Profile[], warnings: string[]): LayoutInfo {
  const chosen = profiles.find((p) => p.layout.name === name) ?? profiles.find((p) => loose(p.layout.name) === loose(name));
  if (!chosen) {
    const names = [...new Set(profiles.map((p) => p.layout.name))];
    const near = closest(name, names);
    const known = `the template's layouts are ${names.map((n) => `“${n}”`).join(', ')}`;
    const message = `expected the name of a layout of the template to pin for ${SLIDES[kind]}, found “${name}”`;
    throw new BriefdeckError([problem('template', message, { path: `layouts.${kind}`, hint: near ? `did you mean “${near}”? ${known}` : known })]);
  }
  const fits = kind === 'section' ? sectionShape(chosen) : FITS[kind](chosen);
  if (!fits) warnings.push(`the layout “${chosen.layout.name}” pinned for ${SLIDES[kind]} does not hold ${KIND_WORDS[kind].holds}`);
  return chosen.layout;
}

/** The fallbacks of each kind a template lacks, in the order they are settled (content first: the others fall back on it). */
const FALLBACKS: [LayoutKind, LayoutKind[]][] = [
  ['content', ['titleOnly']], // after the layout with the largest content placeholder
  ['titleOnly', ['content']],
  ['title', ['content', 'titleOnly']],
  ['section', ['content', 'titleOnly']],
  ['two', ['content']],
  ['blank', ['titleOnly']],
];

/**
 * The layout for each slide kind: pinned by name, else the best layout holding the kind's placeholders (names only
 * break ties), else a fallback with a warning. A template with no layout holding a title placeholder is refused.
 */
export function matchLayouts(info: TemplateInfo, pins: Partial<Record<LayoutKind, string>> = {}): MatchedLayouts {
  const masters = [...new Set(info.layouts.map((l) => l.master))];
  const profiles = info.layouts.map((layout, order) => profile(layout, order, masters));
  const titled = profiles.filter((p) => p.titles.length > 0).sort((a, b) => a.master - b.master || a.order - b.order);
  if (titled.length === 0) {
    const found = info.layouts.length === 0 ? 'no layouts' : `only layouts without one (${info.layouts.map((l) => `“${l.name}”`).join(', ')})`;
    throw new BriefdeckError([problem('template', `expected a template with a layout that has a title placeholder, found ${found}`)]);
  }
  const warnings: string[] = [];
  const found: Partial<Record<LayoutKind, LayoutInfo>> = {};
  const prefer = preferences(info, profiles);
  for (const kind of KINDS) {
    const pin = pins[kind];
    found[kind] = pin !== undefined ? pinnedLayout(kind, pin, profiles, warnings) : best(kind, profiles, prefer);
  }
  const missing: Partial<Record<LayoutKind, string>> = {};
  for (const [kind, instead] of FALLBACKS) {
    if (found[kind]) continue;
    const extra = kind === 'content' ? largestBody(profiles) : undefined;
    const used = extra ?? instead.map((k) => found[k]).find((l) => l !== undefined) ?? titled[0].layout;
    found[kind] = used;
    const { label, holds } = KIND_WORDS[kind];
    missing[kind] = `the template has no ${label} layout (${holds}): ${SLIDES[kind]} use “${used.name}”`;
    warnings.push(missing[kind]);
  }
  return { layouts: found as Record<LayoutKind, LayoutInfo>, warnings, missing };
}
