// Builds the data the slide templates see: the brief plus derived values (language, agenda, leads).
import { z } from 'zod';
import { briefSchema, type Brief } from '../brief/schema.js';
import { fillLabel, labelsFor, type LabelTables, type Labels } from './labels.js';
import { timelineOf, type TimelineEntry } from './timeline.js';
import { pointsPrintAsText } from './points.js';
import { agendaRank, sectionRank } from './sections.js';

export interface AgendaEntry {
  title: string;
  detail?: string; // a short line after the title (the delegations), or the sub-items run together (templates written before `items`)
  items: string[]; // sub-items: the topics, the background's entries (up to four; then "and N more")
}

export type TopicsOverview = 'auto' | 'always' | 'never';

export interface TemplateContext extends Brief {
  lang: string;
  agenda: AgendaEntry[];
  leads: { delegation: string; name: string; role?: string }[];
  /** For speaker notes: each delegation's members other than its head(s), delegations without any left out. */
  others: { delegation: string; led: boolean; members: { name: string; role?: string }[] }[];
  topicCount: number;
  /** The "Topics discussed" slide is shown (theme.topicsOverview; auto: five topics or more, or two or more and a topic has a message). */
  showTopicsOverview: boolean;
  /** Some topic has a message (the overview then shows every title in bold, the messages under them). */
  topicMessages: boolean;
  labels: Labels;
  /** The event is still to come: its date is after `prepared_on` (or after the document date): labels take their `_future` form. */
  future: boolean;
  /** The timeline slide's events in date order (empty: no timeline slide). */
  timelineEvents: TimelineEntry[];
}

/** An agenda entry's sub-items stay few: up to four titles, then how many more (forty topics would fill the agenda). */
function someOf(titles: string[], labels: Labels, shown = 4): string[] {
  return titles.length <= shown ? titles : [...titles.slice(0, shown - 1), fillLabel(labels.andMore, { n: titles.length - shown + 1 })];
}

/** An entry with sub-items, which templates written for the one-line agenda get run together as its detail. */
const withItems = (title: string, items: string[]) => ({ title, items, detail: items.join(' · ') });

/** The sections the deck will show, in order, for the agenda slide. */
function agendaOf(brief: Brief, labels: Labels): AgendaEntry[] {
  const agenda: (AgendaEntry & { rank: number })[] = [{ title: labels.summary, items: [], rank: agendaRank('summary') }];
  agenda.push({ title: labels.participants, items: [], detail: brief.participants.delegations.map((d) => d.delegation).join(', '), rank: agendaRank('participants') });
  agenda.push({ ...withItems(labels.topics, someOf(brief.topics.map((t) => t.title), labels)), rank: agendaRank('topics') });
  if (brief.background?.length) agenda.push({ ...withItems(labels.background, someOf(brief.background.map((b) => b.title), labels)), rank: agendaRank('background') });
  if (brief.takeaways) agenda.push({ title: labels.takeaways, items: [], rank: agendaRank('takeaways') });
  if (brief.sources?.length) agenda.push({ title: labels.sources, items: [], rank: agendaRank('sources') });
  for (const section of brief.sections ?? []) agenda.push({ title: section.title, items: [], rank: sectionRank(section) }); // each at its place in the deck
  return agenda.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...entry }) => entry); // stable: sections at one place keep the brief's order
}

/**
 * Whether the event is still to come when the brief is written: its date after `prepared_on`, else after `today` (the
 * build's document date, YYYY-MM-DD). No event date, or no date to compare with, reads as past (a readout).
 */
export function isFutureEvent(brief: Brief, today?: string): boolean {
  const reference = brief.prepared_on ?? today;
  return Boolean(brief.event?.date && reference && brief.event.date > reference);
}

/** Whether the deck shows the topics overview: `auto` only when it adds to the agenda (many topics, or topics' messages to show). */
export function showsTopicsOverview(brief: Brief, overview: TopicsOverview = 'auto'): boolean {
  const count = brief.topics.length;
  if (overview !== 'auto') return overview === 'always' && count > 0;
  return count >= 5 || (count >= 2 && brief.topics.some((t) => Boolean(t.message)));
}

/** `today` is the build's document date (YYYY-MM-DD), for briefs without `prepared_on`. */
export function buildContext(brief: Brief, tables: LabelTables = { en: {} }, today?: string, overview: TopicsOverview = 'auto'): TemplateContext {
  const lang = brief.language ?? 'en-GB';
  const labels = labelsFor(tables, lang);
  const leads = brief.participants.delegations.flatMap((d) =>
    d.members.filter((m) => m.lead).map((m) => ({ delegation: d.delegation, name: m.name, role: m.role })),
  );
  const others = brief.participants.delegations
    .map((d) => ({ delegation: d.delegation, led: d.members.some((m) => m.lead), members: d.members.filter((m) => !m.lead).map((m) => ({ name: m.name, role: m.role })) }))
    .filter((d) => d.members.length > 0);
  return {
    ...pointsPrintAsText(brief),
    lang,
    agenda: agendaOf(brief, labels),
    leads,
    others,
    topicCount: brief.topics.length,
    showTopicsOverview: showsTopicsOverview(brief, overview),
    topicMessages: brief.topics.some((t) => Boolean(t.message)),
    labels,
    future: isFutureEvent(brief, today),
    timelineEvents: timelineOf(brief),
  };
}

/** What a template can reach along a path: a single value, a list of items, an object's fields, or anything. */
export type Shape = { kind: 'value' } | { kind: 'any' } | { kind: 'list'; of: Shape } | { kind: 'object'; fields: Record<string, Shape> };

const value: Shape = { kind: 'value' };
const list = (of: Shape): Shape => ({ kind: 'list', of });
const object = (fields: Record<string, Shape>): Shape => ({ kind: 'object', fields });

/** The shape of a validated brief, read from the schema (a shorthand's transform yields its long form, so unions take the long form). */
export function shapeOf(schema: z.ZodType): Shape {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return shapeOf(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodObject) return object(Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, shapeOf(field as z.ZodType)])));
  if (schema instanceof z.ZodArray) return list(shapeOf(schema.element as z.ZodType));
  if (schema instanceof z.ZodUnion) {
    const longForms = (schema.options as z.ZodType[]).filter((option) => !(option instanceof z.ZodPipe)).map(shapeOf);
    return longForms.find((s) => s.kind !== 'value') ?? value;
  }
  if (schema instanceof z.ZodPipe) return schema.out instanceof z.ZodTransform ? { kind: 'any' } : shapeOf(schema.out as z.ZodType);
  return value;
}

/** The data every template sees: the brief plus what buildContext derives, with the labels of labels.yaml. */
export function contextShape(labelKeys: string[]): Shape {
  const brief = shapeOf(briefSchema);
  const person = { name: value, role: value };
  // Every key buildContext adds to the brief is described here (the compiler checks the list is complete).
  const derived: Record<Exclude<keyof TemplateContext, keyof Brief>, Shape> = {
    lang: value,
    agenda: list(object({ title: value, detail: value, items: list(value) })),
    leads: list(object({ delegation: value, ...person })),
    others: list(object({ delegation: value, led: value, members: list(object(person)) })),
    topicCount: value,
    showTopicsOverview: value,
    topicMessages: value,
    labels: object(Object.fromEntries(labelKeys.map((key) => [key, value]))),
    future: value,
    timelineEvents: list(object({ title: value, date: value, location: value, current: value })),
  };
  return object({ ...(brief.kind === 'object' ? brief.fields : {}), ...derived });
}
