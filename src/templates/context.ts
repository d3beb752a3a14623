// Builds the data the slide templates see: the brief plus derived values (language, agenda, leads).
import type { Brief } from '../brief/schema.js';

export interface AgendaEntry {
  title: string;
  detail?: string;
}

export interface TemplateContext extends Brief {
  lang: string;
  agenda: AgendaEntry[];
  leads: { delegation: string; name: string; role?: string }[];
  /** For speaker notes: each delegation's members other than its head(s), delegations without any left out. */
  others: { delegation: string; led: boolean; members: { name: string; role?: string }[] }[];
  topicCount: number;
}

/** An agenda line stays short: up to four titles, then how many more (forty topics would fill the agenda). */
function someOf(titles: string[], shown = 4): string {
  return titles.length <= shown ? titles.join(' · ') : `${titles.slice(0, shown - 1).join(' · ')} · and ${titles.length - shown + 1} more`;
}

/** The sections the deck will show, in order, for the agenda slide. */
function agendaOf(brief: Brief): AgendaEntry[] {
  const agenda: AgendaEntry[] = [{ title: 'Summary' }];
  agenda.push({ title: 'Participants', detail: brief.participants.delegations.map((d) => d.delegation).join(', ') });
  agenda.push({ title: 'Topics', detail: someOf(brief.topics.map((t) => t.title)) });
  if (brief.background?.length) agenda.push({ title: 'Background', detail: someOf(brief.background.map((b) => b.title)) });
  if (brief.takeaways) agenda.push({ title: 'Takeaways' });
  if (brief.sources?.length) agenda.push({ title: 'Sources' });
  return agenda;
}

export function buildContext(brief: Brief): TemplateContext {
  const leads = brief.participants.delegations.flatMap((d) =>
    d.members.filter((m) => m.lead).map((m) => ({ delegation: d.delegation, name: m.name, role: m.role })),
  );
  const others = brief.participants.delegations
    .map((d) => ({ delegation: d.delegation, led: d.members.some((m) => m.lead), members: d.members.filter((m) => !m.lead).map((m) => ({ name: m.name, role: m.role })) }))
    .filter((d) => d.members.length > 0);
  return { ...brief, lang: brief.language ?? 'en-GB', agenda: agendaOf(brief), leads, others, topicCount: brief.topics.length };
}
