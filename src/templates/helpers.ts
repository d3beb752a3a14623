// Pure Handlebars helpers: dates in the brief's language, lists and sentences for speaker notes, points as nested bullets, labels in the brief's language and tense.
import Handlebars, { type SafeString } from './runtime.js';
import { domainToUnicode } from 'node:url';
import { fillLabel, FUTURE, type Labels } from './labels.js';

/** "2024-03-14" → "14 March 2024" (en-GB), "2023-02" → "February 2023", "2023" → "2023". */
export function formatDate(value: string | undefined, lang = 'en-GB'): string {
  if (!value) return '';
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, (month || 1) - 1, day || 1); // Date.UTC would read years 0-99 as 1900-1999
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  const { format, fellBack } = dateFormat(lang, Boolean(month), Boolean(day), options);
  const text = format.format(date);
  return !fellBack && day === 1 && /^fr\b/i.test(lang) ? text.replace(/^1(?=\s)/, '1er') : text; // French writes the first of the month "1er novembre"
}

/** Intl formatters are slow to make: one per language and option set, kept for the process (en-GB's when the language is not one Intl takes). */
const dateFormats = new Map<string, { format: Intl.DateTimeFormat; fellBack: boolean }>();
function dateFormat(lang: string, month: boolean, day: boolean, options: Intl.DateTimeFormatOptions) {
  const key = `${lang} ${month ? 'm' : ''}${day ? 'd' : ''}`;
  let made = dateFormats.get(key);
  if (!made) {
    try {
      made = { format: new Intl.DateTimeFormat(lang, options), fellBack: false };
    } catch {
      made = { format: new Intl.DateTimeFormat('en-GB', options), fellBack: true };
    }
    dateFormats.set(key, made);
  }
  return made;
}

/** Ends a fragment as a sentence (adds a full stop unless it already ends with punctuation). */
export function sentence(text: string | undefined): string {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return '';
  return /[.!?…。！？:;"'”’)\]]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Joins non-empty parts with a separator. */
export function joinParts(parts: unknown[], separator = ', '): string {
  return parts.filter((p) => typeof p === 'string' && p.trim() !== '').join(separator);
}

/** A picture in words for the notes: its alt text, and its caption when that says something else ("alt — caption."). */
export function pictureText(image: { alt?: string; caption?: string } | undefined): string {
  const plain = (text?: string) => (text ?? '').trim().replace(/[\s.!?…]+$/, '').replace(/\s+/g, ' ').toLowerCase();
  const caption = image?.caption && plain(image.caption) !== plain(image.alt) ? image.caption : undefined;
  return sentence(joinParts([image?.alt, caption], ' — '));
}

const listFormats = new Map<string, Intl.ListFormat>(); // one per language, as date formats

/** "a", "a and b", "a, b and c" in the language's words ("a, b et c", "a, b und c", "a, b y c"). */
export function listPhrase(items: string[], lang = 'en-GB'): string {
  const parts = items.filter(Boolean);
  let format = listFormats.get(lang);
  if (!format) {
    try {
      format = new Intl.ListFormat(lang, { type: 'conjunction' });
    } catch {
      format = new Intl.ListFormat('en-GB', { type: 'conjunction' });
    }
    listFormats.set(lang, format);
  }
  return format.format(parts);
}

/** A label in the deck's language, its `_future` variant when the event is still to come and the labels have one. */
export function label(labels: Labels, key: string, future = false): string {
  return (future ? labels[key + FUTURE] : undefined) ?? labels[key] ?? key;
}

/** A point as the brief gives it: text, or `{ text, points }` with sub-points. */
type PointValue = string | { text?: unknown; points?: unknown };

const pointText = (item: unknown): string => (item !== null && typeof item === 'object' ? String((item as { text?: unknown }).text ?? '') : String(item ?? ''));
const subPoints = (item: unknown): unknown[] => {
  const points = item !== null && typeof item === 'object' ? (item as { points?: unknown }).points : undefined;
  return Array.isArray(points) ? points : [];
};

/**
 * Points for speaker notes: one paragraph of prose (each ended as a sentence, joined by spaces); when a point has
 * sub-points, a list instead, "- " per point, nested ones indented two no-break spaces per level (kept as spaces in the notes).
 */
export function sentences(items: unknown): string {
  const list = Array.isArray(items) ? (items as PointValue[]) : [];
  if (!list.some((item) => subPoints(item).length)) return list.map((item) => sentence(pointText(item))).filter(Boolean).join(' ');
  const lines: string[] = [];
  const add = (points: unknown[], depth: number) => {
    for (const item of points) {
      const text = sentence(pointText(item));
      if (text) lines.push(`${'\u00a0'.repeat(2 * depth)}- ${text}`);
      add(subPoints(item), depth + 1);
    }
  };
  add(list, 0);
  return lines.join('\n');
}

/** Points as slide markup list items, sub-points as nested <bullets> (text escaped; the template writes the outer <bullets>). */
export function pointItems(items: unknown): SafeString {
  const escape = Handlebars.Utils.escapeExpression;
  const render = (points: unknown[]): string =>
    points
      .map((item) => {
        const below = subPoints(item);
        return `<li>${escape(pointText(item))}${below.length ? `<bullets>${render(below)}</bullets>` : ''}</li>`;
      })
      .join('\n');
  return new Handlebars.SafeString(render(Array.isArray(items) ? items : []));
}

/**
 * Relative column widths for a table of the brief's own, "12,13,40": each column as wide as its longest cell, within
 * bounds, and never narrower than its longest word (with room for the bold header), so no word is broken.
 */
export function columnWidths(table: { columns?: unknown[]; rows?: unknown[][] } | undefined): string {
  const columns = table?.columns ?? [];
  const cells = (i: number) => [String(columns[i]), ...(table?.rows ?? []).map((row) => String(row[i] ?? ''))];
  const longestWord = (texts: string[]) => Math.max(0, ...texts.flatMap((text) => text.split(/\s+/)).map((word) => word.length));
  return columns
    .map((_, i) => Math.max(Math.min(Math.max(...cells(i).map((text) => text.length), 8), 40), Math.min(longestWord(cells(i)) + 3, 40)))
    .join(',');
}

export interface Citation {
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
}

/** Author–date reference: "Publisher (14 March 2024). Title. URL", each part only when the brief gives it. */
export function formatCitation(source: Citation, lang = 'en-GB'): string {
  const date = formatDate(source.date, lang);
  const dated = (text: string) => (date ? `${text.trim().replace(/\.$/, '')} (${date}).` : sentence(text));
  const parts = source.publisher ? [dated(source.publisher), sentence(source.title)] : [dated(source.title)];
  return [...parts, source.url].filter(Boolean).join(' ');
}

/**
 * A web address as a reader glances at it: host and path, no scheme, "www.", query or fragment. A long path keeps its
 * first and last segments, whole segments between them replaced by "…"; still too long, the first segment is given up
 * for the whole last one; when the last segment alone is too long, it is cut at word boundaries (-, _, .) with "…",
 * after the first segment when that leaves it room enough. Never cut mid-word where the segment has word boundaries.
 * Not a web address: as given.
 */
export function shortUrl(url: string, max = 48): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (!/^https?:$/.test(parsed.protocol)) return url;
  const host = readableHost(parsed.hostname).replace(/^www\./i, '') + (parsed.port ? `:${parsed.port}` : '');
  let path = parsed.pathname.replace(/\/+$/, '');
  try {
    path = decodeURI(path);
  } catch {
    // a malformed escape: the path as written
  }
  if (host.length + path.length <= max) return host + path;
  const segments = path.split('/').filter(Boolean);
  const last = segments[segments.length - 1];
  const lead = segments.length > 2 ? `/${segments[0]}/…/` : segments.length === 2 ? `/${segments[0]}/` : '/';
  if (host.length + lead.length + last.length <= max) return host + lead + last;
  if (segments.length > 1 && host.length + 3 + last.length <= max) return `${host}/…/${last}`; // the last segment whole, the first given up
  const withFirst = max - host.length - lead.length; // room for the last segment after the first
  const prefix = segments.length > 1 && withFirst < MIN_LAST ? '/…/' : lead;
  return host + prefix + cutAtWords(last, Math.max(max - host.length - prefix.length, MIN_LAST));
}

/** Scripts with letters that look like Latin ones ("аррӏе.com" in Cyrillic reads as apple.com): their labels stay in punycode. */
const CONFUSABLE = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;

/** A host as a reader may trust it: each international label in its own script (例え.jp), unless that script can pass for Latin. */
function readableHost(hostname: string): string {
  return hostname
    .split('.')
    .map((label) => {
      const own = label.startsWith('xn--') ? domainToUnicode(label) : label;
      return own && !CONFUSABLE.test(own) ? own : label;
    })
    .join('.');
}

/** The last segment of a short address keeps at least this many characters when it is cut. */
const MIN_LAST = 16;

/** A path segment in at most `room` characters: as many of its first and last words as fit around "…" (cut in its middle when it has no word boundaries). */
function cutAtWords(segment: string, room: number): string {
  const chars = [...segment];
  if (chars.length <= room) return segment;
  const keep = room - 1; // the ellipsis takes one
  const isBoundary = (c: string) => /[-_.]/.test(c);
  const heads = [...chars.keys()].filter((i) => i > 1 && i < keep && isBoundary(chars[i])); // a head ends before a separator: "baltic-sentry"
  const tails = [...chars.keys()].filter((i) => i > 0 && chars.length - i < keep && isBoundary(chars[i])); // a tail starts at one: "-2025"
  let best: [number, number] | undefined;
  for (const head of heads)
    for (const tail of tails)
      if (head < tail && head + chars.length - tail <= keep && (!best || head + chars.length - tail > best[0] + chars.length - best[1])) best = [head, tail];
  if (!best) return `${chars.slice(0, Math.ceil(keep / 2)).join('')}…${chars.slice(chars.length - Math.floor(keep / 2)).join('')}`;
  return `${chars.slice(0, best[0]).join('')}…${chars.slice(best[1]).join('')}`;
}

type HelperOptions = { data?: { root?: { lang?: string; labels?: Labels; future?: boolean } }; hash?: Record<string, unknown> };

/** The helpers registered on the template environment; each takes Handlebars' options last. */
export const helpers: Record<string, (...args: unknown[]) => unknown> = {
  date: (value: unknown, options: unknown) => formatDate(value as string | undefined, (options as HelperOptions).data?.root?.lang),
  sentence: (value: unknown) => sentence(value === undefined || value === null ? undefined : String(value)),
  join: (...args: unknown[]) => {
    const options = args.pop() as HelperOptions;
    return joinParts(args, (options.hash?.sep as string) ?? ', ');
  },
  list: (items: unknown, options: unknown) => {
    const { data, hash } = options as HelperOptions; // of="title": the list of each item's title
    const texts = (Array.isArray(items) ? items : []).map((item) => String((hash?.of ? (item as Record<string, unknown>)?.[String(hash.of)] : item) ?? ''));
    return listPhrase(texts, data?.root?.lang);
  },
  sentences: (items: unknown) => sentences(items),
  picture: (image: unknown) => pictureText(image as Parameters<typeof pictureText>[0]),
  pointItems: (items: unknown) => pointItems(items),
  citation: (source: unknown, options: unknown) => formatCitation(source as Citation, (options as HelperOptions).data?.root?.lang),
  t: (key: unknown, options: unknown) => {
    const { data, hash } = options as HelperOptions;
    return fillLabel(label(data?.root?.labels ?? {}, String(key), data?.root?.future), hash ?? {});
  },
  eq: (a: unknown, b: unknown) => a === b,
  gt: (a: unknown, b: unknown) => Number(a) > Number(b),
  add: (a: unknown, b: unknown) => Number(a) + Number(b),
  widths: (table: unknown) => columnWidths(table as Parameters<typeof columnWidths>[0]),
  count: (items: unknown) => (Array.isArray(items) ? items.length : 0),
  afterLead: (items: unknown) => afterLead(items),
  shortUrl: (url: unknown) => shortUrl(String(url ?? '')),
};

/** The points that support the first (a bottom line drawn on its own): the first point's sub-points, then the other points. */
export function afterLead(items: unknown): unknown[] {
  const list = Array.isArray(items) ? items : [];
  return list.length ? [...subPoints(list[0]), ...list.slice(1)] : [];
}
