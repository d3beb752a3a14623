// Where the brief's own sections go: in the deck (among the theme's `deck:` templates) and in the agenda, by their `after:`.
import type { OwnSection, SectionPlace } from '../brief/schema.js';

/** The bundled parts in deck order: a part a theme's `deck:` leaves out is placed by it (agenda and sources are not places). */
const PART_ORDER = ['title', 'agenda', 'summary', 'participants', 'topics', 'background', 'timeline', 'takeaways', 'sources'];

/** Where a section goes: just after a part, or (without `after:`) just before the takeaways. */
interface Anchor {
  part: SectionPlace;
  before: boolean;
}

/** A part whose own slides are followed by another's that belong with it: the agenda follows the title, the timeline the background. */
const FOLLOWER: Partial<Record<string, string>> = { title: 'agenda', background: 'timeline' };

const anchorOf = (section: Pick<OwnSection, 'after'>): Anchor => (section.after ? { part: section.after, before: false } : { part: 'takeaways', before: true });

/**
 * The deck's templates with the sections between them: each item a template name or a section's index in the brief.
 * A section follows the part its `after:` names (after the agenda too when that part is the title, after the timeline
 * when it is the background), in brief order;
 * without `after:` it comes just before the takeaways template (even when the brief has no takeaways). When the
 * theme's list does not have the part, the section goes where that part would be among the bundled parts' order.
 */
export function deckWithSections(deck: readonly string[], sections: readonly Pick<OwnSection, 'after'>[]): (string | number)[] {
  const slots = new Map<number, number[]>(); // position in `deck` (the section goes before that template) → section indices
  sections.forEach((section, index) => {
    const at = insertionPoint(deck, anchorOf(section));
    slots.set(at, [...(slots.get(at) ?? []), index]);
  });
  const order: (string | number)[] = [];
  const byPlace = (a: number, b: number) => sectionRank(sections[a]) - sectionRank(sections[b]); // after a part, then before the next (stable)
  for (let i = 0; i <= deck.length; i++) {
    order.push(...(slots.get(i) ?? []).sort(byPlace));
    if (i < deck.length) order.push(deck[i]);
  }
  return order;
}

/** The position in `deck` before which a section with this anchor is inserted. */
function insertionPoint(deck: readonly string[], anchor: Anchor): number {
  const named = deck.indexOf(anchor.part);
  if (named >= 0) {
    if (anchor.before) return named;
    return FOLLOWER[anchor.part] !== undefined && deck[named + 1] === FOLLOWER[anchor.part] ? named + 2 : named + 1;
  }
  // the part is not in the list: before the first template that comes after where it would be
  const rank = PART_ORDER.indexOf(anchor.part) + (anchor.before ? 0 : FOLLOWER[anchor.part] ? 1.5 : 0.5);
  const next = deck.findIndex((name) => PART_ORDER.includes(name) && PART_ORDER.indexOf(name) > rank);
  return next >= 0 ? next : deck.length;
}

/** An agenda entry's place among the parts (the agenda lists summary … sources in the bundled order). */
export function agendaRank(part: string): number {
  return PART_ORDER.indexOf(part);
}

/** A section's place in the agenda, on the same scale as agendaRank: just after its part, or just before the takeaways. */
export function sectionRank(section: Pick<OwnSection, 'after'>): number {
  const anchor = anchorOf(section);
  return agendaRank(anchor.part) + (anchor.before ? -0.5 : 0.5);
}
