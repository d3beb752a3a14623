// Classification markings from the theme: which are known, their canonical form and banner colours; an unknown one is refused, never drawn.
import { z } from 'zod';
import { placeFinding, type BriefCheck, type Finding, type LoadedBrief } from '../brief/load.js';
import { closest, editDistance } from '../shared/closest.js';
import { BriefdeckError, problem } from '../errors.js';
import { COUNTRY_TRIGRAPHS } from './countries.js';

const levelName = z.string().regex(/^[a-z0-9-]+$/, 'expected a level name such as secret or top-secret');
const scheme = z.strictObject({
  markings: z.record(z.string().min(1), z.union([levelName, z.strictObject({ level: levelName, aliases: z.array(z.string().min(1)).min(1) })])),
  caveats: z.array(z.string().min(1)).default([]),
  releasableTo: z.array(z.string().regex(/^[A-Z]{3,}$/, 'expected a group such as FVEY')).optional(),
});

/** The `classification` section of theme.yaml: banner colours by level, and the markings of each scheme. */
export const classificationSchema = <C extends z.ZodType>(colourPair: C) =>
  z.strictObject({ levels: z.record(levelName, colourPair), schemes: z.record(z.string().min(1), scheme) }).superRefine((value, ctx) => {
    for (const issue of tableProblems(value as Markings)) ctx.addIssue({ code: 'custom', ...issue });
  });

interface Markings {
  levels: Record<string, { fill: string; text: string }>;
  schemes: Record<string, z.output<typeof scheme>>;
}

/** What a banner shows: the marking in its canonical form, on the colours of its level. */
export interface Banner {
  text: string;
  fill: string;
  color: string;
}

export type MarkingVerdict = { known: true; banner: Banner } | { known: false; message: string; hint: string };

interface Known {
  name: string;
  level: string;
  schemes: string[];
}

interface Table {
  markings: Map<string, Known>; // folded name or alias → marking
  caveats: Map<string, Map<string, string>>; // scheme → folded caveat → canonical
  groups: Map<string, Set<string>>; // scheme → REL TO groups; a scheme without "releasableTo" has no REL TO
}

/**
 * The form markings are compared in: case, accents, dash style and spaces are not told apart. This is safe only
 * because the theme may not list two markings of different levels that fold alike (tableProblems refuses that).
 */
export function foldMarking(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase().replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-').replace(/\s+/g, ' ').replace(/ ?\/ ?/g, '/').trim();
}

const entries = (markings: Markings) => Object.entries(markings.schemes).flatMap(([schemeName, s]) =>
  Object.entries(s.markings).map(([name, entry]) => ({ schemeName, name, level: typeof entry === 'string' ? entry : entry.level, aliases: typeof entry === 'string' ? [] : entry.aliases })));

/** Level names that do not exist, markings that fold alike with different levels, caveats with "/" in them. */
function tableProblems(markings: Markings): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const seen = new Map<string, { name: string; level: string }>();
  for (const { schemeName, name, level, aliases } of entries(markings)) {
    const path = ['schemes', schemeName, 'markings', name];
    if (!markings.levels[level]) problems.push({ path, message: `expected one of the levels ${Object.keys(markings.levels).join(', ')}, found "${level}"` });
    for (const written of [name, ...aliases]) {
      const key = foldMarking(written);
      const earlier = seen.get(key);
      if (key.includes('//')) problems.push({ path, message: `expected a marking without "//" (caveats follow it), found "${written}"` });
      else if (earlier && (earlier.level !== level || earlier.name !== name)) problems.push({ path, message: `"${written}" reads the same as "${earlier.name}" (${earlier.level}); a marking must name one level` });
      else seen.set(key, { name, level });
    }
  }
  for (const [schemeName, s] of Object.entries(markings.schemes)) {
    s.caveats.forEach((caveat, i) => {
      if (caveat.includes('/')) problems.push({ path: ['schemes', schemeName, 'caveats', i], message: `expected a caveat without "/" (it separates caveats), found "${caveat}"` });
    });
  }
  return problems;
}

const tables = new WeakMap<Markings, Table>();

function tableOf(markings: Markings): Table {
  let table = tables.get(markings);
  if (table) return table;
  table = { markings: new Map(), caveats: new Map(), groups: new Map() };
  for (const { schemeName, name, level, aliases } of entries(markings)) {
    for (const written of [name, ...aliases]) {
      const known = table.markings.get(foldMarking(written)) ?? { name, level, schemes: [] };
      known.schemes.push(schemeName);
      table.markings.set(foldMarking(written), known);
    }
  }
  for (const [schemeName, s] of Object.entries(markings.schemes)) {
    table.caveats.set(schemeName, new Map(s.caveats.map((c) => [foldMarking(c), c])));
    if (s.releasableTo) table.groups.set(schemeName, new Set(s.releasableTo));
  }
  tables.set(markings, table);
  return table;
}

/** A caveat as the banner shows it, or what was found instead (in words) and the nearest listed caveat. */
type Item = { ok: true; text: string } | { ok: false; found: string; suggestion?: string };

/** Longer than any listed marking word or caveat: no did-you-mean is looked for (and none is costly on hostile input). */
const MAX_SUGGESTED = 40;

/** One caveat after "//": a listed caveat of the marking's schemes, or REL TO with country trigraphs and groups. */
function caveatItem(table: Table, base: Known, item: string): Item {
  const rel = /^REL TO (.*)$/.exec(item);
  const groups = base.schemes.flatMap((s) => [...(table.groups.get(s) ?? [])]);
  if (rel && base.schemes.some((s) => table.groups.has(s))) {
    const codes = rel[1].split(/ ?, ?/);
    const unknown = codes.find((code) => !COUNTRY_TRIGRAPHS.has(code) && !groups.includes(code));
    return unknown === undefined ? { ok: true, text: `REL TO ${codes.join(', ')}` } : { ok: false, found: `${JSON.stringify(shorten(unknown))} after REL TO` };
  }
  const caveats = new Map(base.schemes.flatMap((s) => [...(table.caveats.get(s) ?? [])]));
  const canonical = caveats.get(item);
  if (canonical) return { ok: true, text: canonical };
  const near = item && item.length <= MAX_SUGGESTED ? closest(item, [...caveats.keys()]) : undefined;
  return { ok: false, found: item ? JSON.stringify(shorten(item)) : 'an empty caveat', suggestion: near && caveats.get(near) };
}

/** A banner is one line across the page; no real marking is longer (and this bounds the work on hostile input). */
export const MAX_MARKING_LENGTH = 160;

/** Whether the theme knows `marking`, and if so its banner; if not, what to say (with a did-you-mean from the theme's list). */
export function checkMarking(markings: Markings, marking: string): MarkingVerdict {
  if (marking.length > MAX_MARKING_LENGTH) {
    return { known: false, message: `expected a marking of at most ${MAX_MARKING_LENGTH} characters (a banner is one line), found text of ${marking.length} characters`, hint: 'the banner shows the marking on one line: shorten it, e.g. REL TO USA, NATO instead of a list of countries' };
  }
  const table = tableOf(markings);
  const [baseText, ...blocks] = foldMarking(marking).split('//');
  let base = table.markings.get(baseText);
  const found = `text ${JSON.stringify(shorten(marking))}`;
  if (!base) {
    const near = nearestMarking(baseText, [...table.markings.keys()]);
    base = near ? table.markings.get(near) : undefined;
    const fixed = base && fixedMarking(table, base, blocks);
    return { known: false, message: `expected a marking the theme lists, found ${found}${fixed ? `; did you mean \`${fixed}\`?` : ''}`, hint: knownList(markings) };
  }
  const items = blocks.map((block) => block.split('/').map((item) => caveatItem(table, base, item)));
  const bad = items.flat().find((item): item is Extract<Item, { ok: false }> => !item.ok);
  if (bad) {
    const fixed = fixedMarking(table, base, blocks);
    return { known: false, message: `expected caveats the theme lists for ${base.name}, found ${bad.found} in ${found}${fixed ? `; did you mean \`${fixed}\`?` : ''}`, hint: caveatList(table, base) };
  }
  const text = [base.name, ...items.map((block) => block.map((item) => (item as { text: string }).text).join('/'))].join('//');
  const colours = markings.levels[base.level];
  return { known: true, banner: { text, fill: colours.fill, color: colours.text } };
}

/**
 * The listed marking `text` is a likely typo of: the same words, each within a few edits of its own (SECERT → SECRET,
 * DIFFUSION RESTRICTED → DIFFUSION RESTREINTE). Word by word, so CONFIDENTIEL DÉFENSE is not "corrected" to another scheme's marking.
 */
function nearestMarking(text: string, known: string[]): string | undefined {
  const words = (s: string) => s.split(/[\s/-]+/).filter(Boolean);
  const typed = words(text);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const listed = words(candidate);
    if (listed.length !== typed.length) continue;
    const allowed = listed.map((word) => Math.max(1, Math.floor(word.length / 3)));
    if (listed.some((word, i) => Math.abs(typed[i].length - word.length) > allowed[i])) continue; // cheap, and bounds the cost below
    const distances = listed.map((word, i) => editDistance(typed[i], word));
    if (distances.some((d, i) => d > allowed[i])) continue;
    const total = distances.reduce((a, b) => a + b, 0);
    if (total < bestDistance) [best, bestDistance] = [candidate, total];
  }
  return best;
}

/** The marking with every unknown caveat replaced by its nearest known one; undefined if one has no near match. */
function fixedMarking(table: Table, base: Known, blocks: string[]): string | undefined {
  const fixed = blocks.map((block) => block.split('/').map((item) => {
    const checked = caveatItem(table, base, item);
    return checked.ok ? checked.text : checked.suggestion;
  }));
  return fixed.flat().every(Boolean) ? [base.name, ...fixed.map((block) => block.join('/'))].join('//') : undefined;
}

/** "known markings: US: UNCLASSIFIED, CUI, …; UK: …" — the theme's list, grouped by scheme. */
function knownList(markings: Markings): string {
  const schemes = Object.entries(markings.schemes).map(([name, s]) => `${name}: ${Object.keys(s.markings).join(', ')}`);
  return `known markings — ${schemes.join('; ')}; caveats follow after // (SECRET//NOFORN); an organisation adds its own markings under classification.schemes in theme.yaml`;
}

function caveatList(table: Table, base: Known): string {
  const caveats = [...new Set(base.schemes.flatMap((s) => [...(table.caveats.get(s)?.values() ?? [])]))];
  const groups = [...new Set(base.schemes.flatMap((s) => [...(table.groups.get(s) ?? [])]))];
  const rel = base.schemes.some((s) => table.groups.has(s)) ? `; REL TO followed by country trigraphs (USA, GBR, …) or ${groups.join(', ')}, separated by ", "` : '';
  return `caveats after ${base.name}: ${caveats.join(', ') || 'none'}${rel}; several are separated by "/" (ORCON/NOFORN)`;
}

const shorten = (s: string) => (s.length > 50 ? `${s.slice(0, 48)}…` : s);

/** The check loadBrief runs with the schema's: an unknown classification is a problem at its FILE:LINE:COLUMN. */
export function markingCheck(theme: { classification: Markings }): BriefCheck {
  return (data: unknown): Finding[] => {
    const value = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).classification : undefined;
    if (typeof value !== 'string' || value.trim() === '') return []; // not text, or empty: the schema says so
    const verdict = checkMarking(theme.classification, value);
    return verdict.known ? [] : [{ path: ['classification'], message: verdict.message, hint: verdict.hint }];
  };
}

/** The banner for a brief's marking (none without one). An unknown marking throws: it never gets a banner of any colour. */
export function bannerFor(theme: { classification: Markings }, marking: string | undefined): Banner | undefined {
  if (marking === undefined || marking.trim() === '') return undefined;
  const verdict = checkMarking(theme.classification, marking);
  if (verdict.known) return verdict.banner;
  throw new BriefdeckError([problem('schema', verdict.message, { path: 'classification', hint: verdict.hint })]);
}

/** The banner for a loaded brief; an unknown marking is refused at its FILE:LINE:COLUMN before any slide is made. */
export function briefBanner(loaded: LoadedBrief, theme: { classification: Markings }): Banner | undefined {
  const findings = markingCheck(theme)({ classification: loaded.brief.classification });
  if (findings.length) throw new BriefdeckError(findings.map((finding) => placeFinding(loaded, finding)));
  return bannerFor(theme, loaded.brief.classification);
}
