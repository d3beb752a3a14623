// Builds the data the slide templates see: the brief plus derived values (language, agenda, leads).
import type { Brief } from '../brief/schema.js';
import { fillLabel, labelsFor, type LabelTables, type Labels } from './labels.js';

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
  labels: Labels;
}

/** An agenda line stays short: up to four titles, then how many more (forty topics would fill the agenda). */
function someOf(titles: string[], labels: Labels, shown = 4): string {
  return titles.length <= shown ? titles.join(' · ') : `${titles.slice(0, shown - 1).join(' · ')} · ${fillLabel(labels.andMore, { n: titles.length - shown + 1 })}`;
}

/** The sections the deck will show, in order, for the agenda slide. */
function agendaOf(brief: Brief, labels: Labels): AgendaEntry[] {
  const agenda: AgendaEntry[] = [{ title: labels.summary }];
  agenda.push({ title: labels.participants, detail: brief.participants.delegations.map((d) => d.delegation).join(', ') });
  agenda.push({ title: labels.topics, detail: someOf(brief.topics.map((t) => t.title), labels) });
  if (brief.background?.length) agenda.push({ title: labels.background, detail: someOf(brief.background.map((b) => b.title), labels) });
  if (brief.takeaways) agenda.push({ title: labels.takeaways });
  if (brief.sources?.length) agenda.push({ title: labels.sources });
  return agenda;
}

export function buildContext(brief: Brief, tables: LabelTables = { en: {} }): TemplateContext {
  const lang = brief.language ?? 'en-GB';
  const labels = labelsFor(tables, lang);
  const leads = brief.participants.delegations.flatMap((d) =>
    d.members.filter((m) => m.lead).map((m) => ({ delegation: d.delegation, name: m.name, role: m.role })),
  );
  const others = brief.participants.delegations
    .map((d) => ({ delegation: d.delegation, led: d.members.some((m) => m.lead), members: d.members.filter((m) => !m.lead).map((m) => ({ name: m.name, role: m.role })) }))
    .filter((d) => d.members.length > 0);
  return { ...brief, lang, agenda: agendaOf(brief, labels), leads, others, topicCount: brief.topics.length, labels };
}
