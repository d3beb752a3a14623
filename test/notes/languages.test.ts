// Speaker notes and labels in the brief's language (en, fr, de, es) and in the tense the calendar gives, read back from built decks.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { openDeck, type DeckView } from '../helpers/pptx.js';

const templates = loadTemplates(DEFAULT_TEMPLATES);
const EVENT_DAY = '2026-11-18';
const BEFORE = '2026-11-01'; // a pre-brief: written before the event
const AFTER = '2026-11-20'; // a readout: written after it

/** A brief with every part the templates write notes for: event, heads and members, topics (one empty, one long, one with a message: an overview), background, sources. */
function briefText(language: string, preparedOn?: string): string {
  const many = Array.from({ length: 26 }, (_, i) => `    - Point number ${i + 1} of a long list, written out so that the topic runs over several slides`).join(
    '\n',
  );
  return `title: Dialogue ${language}
subtitle: Session eight
event:
  date: ${EVENT_DAY}
  location: Manila
  host: Philippines
prepared_by: J5
${preparedOn ? `prepared_on: ${preparedOn}\n` : ''}language: ${language}
summary: [Continued engagement]
participants:
  - delegation: NATO
    members:
      - { name: Alice Martin, role: Director, lead: true }
      - { name: Bob Stone, role: Adviser }
  - delegation: Philippines
    members:
      - { name: Carla Reyes, role: Undersecretary, lead: true }
  - delegation: Observers
    members: [{ name: Dan Ruiz }]
topics:
  - title: Maritime security
    message: Incidents at sea are the risk to manage
    points: [Incidents at sea]
  - title: Open questions
  - title: Long list
    points:
${many}
  - title: ${'Regional security architecture and cooperative frameworks in the wider Indo-Pacific region '.repeat(4).trim()}
    points: [One point]
background:
  - title: Seventh dialogue
    date: 2025-02
    location: Brussels
    points: [Agreed to meet again]
takeaways: [Keep the channel open]
sources:
  - { title: Press release, publisher: Ministry, date: 2026-11-19, url: 'https://example.org/release' }
  - { title: Readout }
`;
}

async function deckFor(language: string, preparedOn?: string): Promise<DeckView> {
  return openDeck((await buildDeck(briefFromText(briefText(language, preparedOn), `brief-${language}.yaml`), templates)).bytes);
}

const slides = (view: DeckView) => Array.from({ length: view.slideCount }, (_, i) => i + 1);
const allNotes = (view: DeckView) => slides(view).flatMap((n) => view.notes(n));
const titles = (view: DeckView) => slides(view).map((n) => view.slideText(n)[0]);

/** What each language's notes say of the event in the past and in the future, the topics overview's title, continuations and shortened titles. */
const EXPECTED = {
  'en-GB': {
    continued: '(Continued, part 2 of ',
    fullTitle: 'Full title: Regional security architecture',
    past: 'The event took place in Manila on 18 November 2026. Host: Philippines.',
    future: 'The event will take place in Manila on 18 November 2026. Host: Philippines.',
    overview: ['Topics discussed', 'Topics to be discussed'],
    topicsNote: ['4 topics were discussed:', '4 topics will be discussed:'],
  },
  fr: {
    continued: '(Suite, partie 2 sur ',
    fullTitle: 'Titre complet\u00a0: Regional security architecture',
    past: 'L’événement a eu lieu à Manila le 18 novembre 2026. Hôte\u00a0: Philippines.',
    future: 'L’événement aura lieu à Manila le 18 novembre 2026. Hôte\u00a0: Philippines.',
    overview: ['Sujets abordés', 'Sujets à aborder'],
    topicsNote: ['4 sujets ont été abordés\u00a0:', '4 sujets seront abordés\u00a0:'],
  },
  de: {
    continued: '(Fortsetzung, Teil 2 von ',
    fullTitle: 'Vollständiger Titel: Regional security architecture',
    past: 'Die Veranstaltung fand am 18. November 2026 in Manila statt. Gastgeber: Philippines.',
    future: 'Die Veranstaltung findet am 18. November 2026 in Manila statt. Gastgeber: Philippines.',
    overview: ['Besprochene Themen', 'Zu besprechende Themen'],
    topicsNote: ['4 Themen wurden besprochen:', '4 Themen werden besprochen:'],
  },
  es: {
    continued: '(Continuación, parte 2 de ',
    fullTitle: 'Título completo: Regional security architecture',
    past: 'El evento tuvo lugar en Manila el 18 de noviembre de 2026. Anfitrión: Philippines.',
    future: 'El evento tendrá lugar en Manila el 18 de noviembre de 2026. Anfitrión: Philippines.',
    overview: ['Temas tratados', 'Temas que se tratarán'],
    topicsNote: ['Se trataron 4 temas:', 'Se tratarán 4 temas:'],
  },
};

/** English sentences the templates and the planner write: none may be left in another language's notes. */
const ENGLISH =
  /took place|will take place|Heads? of delegation|delegation:|Topic \d+ of|topics (were|will be) discussed|No detail|Background:|Bottom line up front|Assessment and next steps|Sources?:|The brief runs|Continued, part|notes for this section|Full title|In full|Prepared (by|on)|Host:/;

describe.each(Object.entries(EXPECTED))('notes of a %s deck', (lang, expected) => {
  let past: DeckView;
  let future: DeckView;
  beforeAll(async () => {
    [past, future] = await Promise.all([deckFor(lang, AFTER), deckFor(lang, BEFORE)]);
  });

  it('a readout (prepared after the event) speaks of it in the past', () => {
    expect(past.notes(1)).toContain(expected.past);
    expect(titles(past)).toContain(expected.overview[0]);
    expect(allNotes(past)).toContain(expected.topicsNote[0]);
    expect(allNotes(past).join('\n')).not.toContain(expected.future.split(' Manila')[0]);
  });

  it('a pre-brief (prepared before the event) speaks of it in the future', () => {
    expect(future.notes(1)).toContain(expected.future);
    expect(titles(future)).toContain(expected.overview[1]);
    expect(titles(future)).not.toContain(expected.overview[0]);
    expect(allNotes(future)).toContain(expected.topicsNote[1]);
    expect(allNotes(future).join('\n')).not.toContain(expected.past.split(' Manila')[0]);
  });

  it.skipIf(lang === 'en-GB')('has no English sentence left in its notes or labels', () => {
    for (const view of [past, future]) {
      for (const n of slides(view)) {
        expect(view.notes(n).join('\n'), `notes of slide ${n}`).not.toMatch(ENGLISH);
        expect(view.slideText(n).join('\n'), `slide ${n}`).not.toMatch(ENGLISH);
      }
    }
  });

  it('notes continuation slides and shortened titles in its own words', () => {
    const notes = allNotes(past);
    expect(notes.filter((line) => line.startsWith(expected.continued)).length).toBeGreaterThan(0);
    expect(notes.filter((line) => line.startsWith(expected.fullTitle)).length).toBeGreaterThan(0);
  });
});

describe('French typography', () => {
  let view: DeckView;
  beforeAll(async () => {
    view = await deckFor('fr-FR', AFTER);
  });

  it('a no-break space (U+00A0, U+202F) before every colon the notes and slides write', () => {
    const texts = slides(view)
      .flatMap((n) => [...view.notes(n), ...view.slideText(n)])
      .map((text) => text.replace(/https?:\/\/\S+/g, ''));
    const colons = texts.filter((text) => text.includes(':'));
    expect(colons.length).toBeGreaterThan(8); // heads, delegations, sources, topic n of N, background, agenda, host
    for (const text of colons) expect(text, text).not.toMatch(/[^\u00a0\u202f]:/);
    expect(titles(view)).toContain('Contexte\u00a0: Seventh dialogue');
    expect(view.notes(1)).toContain('Chefs de délégation\u00a0:');
    expect(view.notes(1)).toContain('Dialogue fr-FR\u00a0: Session eight.');
  });

  it('the first of the month is “1er”, in the notes and on the title slide', async () => {
    const prebrief = await deckFor('fr', BEFORE);
    expect(prebrief.notes(1)).toContain('Préparé par J5 le 1er novembre 2026.');
    expect(prebrief.slideText(1)).toContain('Préparé par J5 · 1er novembre 2026');
    expect(view.notes(1)).toContain('Préparé par J5 le 20 novembre 2026.');
  });

  it('lists with the language’s “and”: the agenda note', () => {
    const agenda = slides(view).find((n) => view.slideText(n)[0] === 'Ordre du jour')!;
    expect(view.notes(agenda)).toEqual(['La présentation comporte 6 parties\u00a0: Synthèse, Participants, Sujets, Contexte, Points clés et Sources.']);
  });
});

describe('the tense of a brief without prepared_on follows the document date', () => {
  const saved = process.env.SOURCE_DATE_EPOCH;
  afterEach(() => {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  });

  it('future when SOURCE_DATE_EPOCH is before the event, past when it is after or not set', async () => {
    process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2026, 9, 1) / 1000);
    expect((await deckFor('es')).notes(1)).toContain(EXPECTED.es.future);
    process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2026, 11, 1) / 1000);
    expect((await deckFor('es')).notes(1)).toContain(EXPECTED.es.past);
    delete process.env.SOURCE_DATE_EPOCH; // the document date is then the event's own: a readout
    expect((await deckFor('es')).notes(1)).toContain(EXPECTED.es.past);
  });
});
