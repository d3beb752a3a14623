// Briefs for the timeline tests: a short head (the event and one topic) and crowded series of dated events.

/** Everything but the background; LANG is replaced by the brief's language. */
export const HEAD = `title: 9th Security Policy Dialogue
event: { date: 2026-12-10, location: Brussels }
language: LANG
summary: { points: [One.] }
participants:
  - delegation: NATO
    members: [{ name: A B, lead: true }]
topics:
  - title: Maritime security
    points: [Discussed.]
`;

/** A series of `count` dated events with titles of every length, in scrambled order. */
export function crowdedSeries(count: number): string {
  const titles = [
    'Staff talks on maritime incidents',
    'Exchange of letters on the hotline',
    'Joint working group on search and rescue',
    'Visit of the Deputy Chief of Staff',
    'Seminar on arms control verification',
    'Round',
  ];
  const events = Array.from({ length: count }, (_, i) => {
    const year = 1980 + ((i * 7) % count);
    const date =
      i % 3 === 0
        ? `${year}`
        : i % 3 === 1
          ? `${year}-${String((i % 12) + 1).padStart(2, '0')}`
          : `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    return `  - title: ${titles[i % titles.length]} ${i + 1}\n    date: ${date}\n`;
  });
  return `background:\n${events.join('')}`;
}
