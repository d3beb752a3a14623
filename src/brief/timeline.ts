// The brief's own check of `timeline:`: asking for a timeline when no earlier event has a date is a warning at the key.
import type { Finding } from './load.js';
import type { Brief } from './schema.js';

/** `timeline: true` on a brief whose background has no dated event: nothing to draw, so no timeline slide (a warning, not a refusal). */
export function timelineFindings(brief: Brief): Finding[] {
  if (brief.timeline !== true || (brief.background ?? []).some((event) => event.date)) return [];
  return [
    {
      path: ['timeline'],
      message: 'expected a background event with a date for the timeline, found none: no timeline slide is drawn',
      hint: 'give earlier events a date: YYYY, YYYY-MM or YYYY-MM-DD',
    },
  ];
}
