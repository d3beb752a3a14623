// The timeline of the series the templates see: every dated background event and the event itself, in date order.
import type { Brief } from '../brief/schema.js';

export interface TimelineEntry {
  title: string;
  date: string; // YYYY, YYYY-MM or YYYY-MM-DD
  location?: string;
  current: boolean; // the brief's own event
}

/**
 * The events a timeline slide shows, earliest first (a year before its months, a month before its days; equal dates
 * in the brief's order, the event itself last), or none: `timeline: false`, or no background event with a date.
 */
export function timelineOf(brief: Brief): TimelineEntry[] {
  if (brief.timeline === false) return [];
  const earlier = (brief.background ?? []).flatMap((b) => (b.date ? [{ title: b.title, date: b.date, location: b.location, current: false }] : []));
  if (!earlier.length) return [];
  const own = brief.event?.date ? [{ title: brief.title, date: brief.event.date, location: brief.event.location, current: true }] : [];
  return [...earlier, ...own]
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => compareDates(a.entry.date, b.entry.date) || a.order - b.order)
    .map(({ entry }) => entry);
}

/** Partial ISO dates compared field by field: "2023" before "2023-02" before "2023-02-01". */
export function compareDates(a: string, b: string): number {
  const fields = (d: string) => d.split('-').map(Number);
  const [x, y] = [fields(a), fields(b)];
  for (let i = 0; i < 3; i++) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff) return diff;
  }
  return 0;
}
