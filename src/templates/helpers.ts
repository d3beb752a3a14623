// Pure Handlebars helpers: dates in the brief's language, lists and sentences for speaker notes.
import { fillLabel } from './labels.js';

/** "2024-03-14" → "14 March 2024" (en-GB), "2023-02" → "February 2023", "2023" → "2023". */
export function formatDate(value: string | undefined, lang = 'en-GB'): string {
  if (!value) return '';
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, (month || 1) - 1, day || 1); // Date.UTC would read years 0-99 as 1900-1999
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  try {
    return new Intl.DateTimeFormat(lang, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options).format(date);
  }
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

/** "a", "a and b", "a, b and c" — English-style list for notes. */
export function listPhrase(items: string[]): string {
  const parts = items.filter(Boolean);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Points as one paragraph of prose: each ended as a sentence, joined by spaces. */
export function sentences(items: unknown): string {
  return (Array.isArray(items) ? items : []).map((item) => sentence(String(item ?? ''))).filter(Boolean).join(' ');
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

type HelperOptions = { data?: { root?: { lang?: string } }; hash?: Record<string, unknown> };

/** The helpers registered on the template environment; each takes Handlebars' options last. */
export const helpers: Record<string, (...args: unknown[]) => unknown> = {
  date: (value: unknown, options: unknown) => formatDate(value as string | undefined, (options as HelperOptions).data?.root?.lang),
  sentence: (value: unknown) => sentence(value as string | undefined),
  join: (...args: unknown[]) => {
    const options = args.pop() as HelperOptions;
    return joinParts(args, (options.hash?.sep as string) ?? ', ');
  },
  list: (items: unknown) => listPhrase(Array.isArray(items) ? (items as string[]) : []),
  sentences: (items: unknown) => sentences(items),
  citation: (source: unknown, options: unknown) => formatCitation(source as Citation, (options as HelperOptions).data?.root?.lang),
  t: (key: unknown, options: unknown) => {
    const { data, hash } = options as HelperOptions & { data?: { root?: { labels?: Record<string, string> } } };
    const text = data?.root?.labels?.[String(key)] ?? String(key);
    return fillLabel(text, hash ?? {});
  },
  eq: (a: unknown, b: unknown) => a === b,
  gt: (a: unknown, b: unknown) => Number(a) > Number(b),
  add: (a: unknown, b: unknown) => Number(a) + Number(b),
  widths: (table: unknown) => columnWidths(table as Parameters<typeof columnWidths>[0]),
  count: (items: unknown) => (Array.isArray(items) ? items.length : 0),
};
