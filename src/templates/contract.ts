// The slide markup contract: the tags templates may write, their attributes, what each may hold and what each layout draws.
import { closest } from '../shared/closest.js';

export const LAYOUTS = ['title', 'content', 'section'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

interface TagRule {
  attributes: Record<string, readonly string[] | null>; // allowed values, or null for any text
  children: readonly string[];
  text: boolean; // may hold text of its own
}

const INLINE = ['b', 'i', 'a', 'muted', 'tag', 'br'] as const;
const plain: TagRule = { attributes: {}, children: [], text: true };
const inline: TagRule = { attributes: {}, children: INLINE, text: true };

export const MARKUP: Record<string, TagRule> = {
  deck: { attributes: {}, children: ['slide'], text: false },
  slide: { attributes: { layout: LAYOUTS, kind: null, section: null }, children: ['title', 'subtitle', 'message', 'line', 'bullets', 'p', 'table', 'image', 'portrait', 'timeline', 'notes'], text: false },
  title: plain,
  subtitle: plain,
  line: { attributes: { kind: ['muted'] }, children: [], text: true },
  notes: plain,
  message: { attributes: { kind: ['lead'] }, children: INLINE, text: true }, // the one-sentence "so what" of a topic or section, shown prominently on each of its slides; kind="lead": a slide's bottom line, larger and in a dark box (its notes are the template's own)
  // numbered="true": 1., 2., … (sub-lists stay bullets unless numbered too); fold="true" on a sub-list: its items join their
  // parent's line ("Topics — A · B") when the slide would otherwise continue onto another
  bullets: { attributes: { numbered: ['true', 'false'], fold: ['true', 'false'] }, children: ['li'], text: false },
  li: { attributes: {}, children: [...INLINE, 'bullets'], text: true },
  p: inline,
  table: { attributes: { widths: null }, children: ['head', 'row'], text: false }, // widths: relative numbers ("5,7") or "auto" (sized to the content by the planner)
  head: { attributes: {}, children: ['cell'], text: false },
  row: { attributes: {}, children: ['cell'], text: false },
  cell: inline,
  b: inline,
  i: inline,
  muted: inline,
  tag: { attributes: { inline: ['true', 'false'] }, children: INLINE, text: true }, // a label (head of delegation): on a line of its own, or inline="true" on the same line, never split
  a: { attributes: { href: null }, children: INLINE, text: true },
  br: { attributes: {}, children: [], text: false },
  image: { attributes: { file: null, alt: null }, children: ['caption'], text: false }, // a picture: file relative to the brief, alt text
  caption: inline,
  portrait: { attributes: { file: null, alt: null }, children: INLINE, text: true }, // a participant's portrait; its text is the name shown under it
  timeline: { attributes: {}, children: ['event'], text: false },
  event: { attributes: { date: null, label: null, current: ['true', 'false'] }, children: INLINE, text: true }, // date: YYYY[-MM[-DD]], label: the date as shown
};

/** What each layout draws; anything else on such a slide would be lost, so it is refused. */
export const LAYOUT_PARTS: Record<LayoutName, readonly string[]> = {
  title: ['title', 'subtitle', 'line', 'notes'],
  content: ['title', 'subtitle', 'message', 'bullets', 'p', 'table', 'image', 'portrait', 'timeline', 'notes'],
  section: ['title', 'subtitle', 'notes'],
};

/** The attribute through which rendered markup says which template line wrote a slide (set by the loader, not by authors). */
export const SOURCE_ATTRIBUTE = 'briefdeck-at';

const tags = (names: readonly string[]) => names.map((n) => `<${n}>`).join(', ');
const didYouMean = (name: string, known: readonly string[]) => {
  const near = closest(name, known);
  return near ? ` (did you mean ${near}?)` : '';
};

/** Why `tag` may not stand inside `parent` (a slide of `layout`, when known), or undefined when it may. */
export function elementIssue(tag: string, parent: string, layout?: string): string | undefined {
  if (!MARKUP[tag]) return `unknown tag <${tag}>${didYouMean(tag, Object.keys(MARKUP))}; the slide markup has ${tags(Object.keys(MARKUP))}`;
  const rule = MARKUP[parent];
  if (rule && !rule.children.includes(tag)) {
    return rule.children.length ? `<${tag}> is not allowed inside <${parent}>, which takes ${tags(rule.children)}` : `<${parent}> takes text only, not <${tag}>`;
  }
  if (parent === 'slide' && isLayout(layout) && !LAYOUT_PARTS[layout].includes(tag)) {
    return `<${tag}> is not drawn on a layout="${layout}" slide, which takes ${tags(LAYOUT_PARTS[layout])}`;
  }
  return undefined;
}

/** Why an attribute is wrong on `tag`, or undefined; `value` undefined means it is only known when the brief is rendered. */
export function attributeIssue(tag: string, name: string, value?: string): string | undefined {
  const allowed = MARKUP[tag]?.attributes;
  if (!allowed) return undefined;
  if (!(name in allowed)) {
    const names = Object.keys(allowed);
    return `unknown attribute ${name} on <${tag}>${didYouMean(name, names)}; ${names.length ? `it takes ${names.join(', ')}` : 'it takes none'}`;
  }
  const values = allowed[name];
  if (values && value !== undefined && !values.includes(value)) {
    return `${name}="${value}" on <${tag}>: expected ${values.join(', ')}${didYouMean(value, values)}`;
  }
  return undefined;
}

/** Why non-blank text may not stand directly inside `parent`, or undefined. */
export function textIssue(parent: string, text: string): string | undefined {
  const rule = MARKUP[parent];
  if (!rule || rule.text || !text.trim()) return undefined;
  const shown = text.trim().replace(/\s+/g, ' ');
  return `text directly inside <${parent}> would be lost ("${shown.length > 30 ? `${shown.slice(0, 30)}…` : shown}"); put it in ${rule.children.length ? tags(rule.children) : 'an element that takes text'}`;
}

export function isLayout(value: string | undefined): value is LayoutName {
  return (LAYOUTS as readonly string[]).includes(value ?? '');
}
