// Seeded random briefs with the richer forms (markup, sub-points, messages, pictures, sections, timeline) over the stress kinds.
import { join } from 'node:path';
import { random, randomBrief, type RandomBrief } from './random-brief.js';

const PICTURES = join(process.cwd(), 'test', 'fixtures', 'rich', 'img');
const IMAGES = ['map.png', 'chart.svg', 'huge-map.png', 'serban.jpg'];

type Point = string | { text: string; points?: Point[] };

/** The random brief of `seed` with richer forms layered on; phrases stay the visible text (markers never count). */
export function randomRichBrief(seed: number): RandomBrief {
  const { brief, phrases } = randomBrief(seed);
  const rand = random(seed * 7919 + 1);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
  const image = (alt: string) => ({ file: join(PICTURES, pick(IMAGES)), alt, ...(rand() < 0.5 ? { caption: `*${alt}* (figure)` } : {}) });

  /** Emphasis around a whole word, a link after the text, or a bare URL: never inside a word, so phrases still match. */
  const decorate = (text: string): string => {
    const roll = rand();
    if (roll < 0.25) return text.replace(/^(\S+)/u, '**$1**');
    if (roll < 0.4) return text.replace(/(\s)(\S+)(\s)/u, '$1*$2*$3');
    if (roll < 0.5) return `${text} See [the note](https://example.org/n?a=${int(1, 9)}&b=2).`;
    if (roll < 0.55) return `${text} https://example.org/r/${int(1, 99)}`;
    return text;
  };
  /** Some points gain one or two levels of sub-points. */
  const nest = (points: string[]): Point[] =>
    points.map((text) => {
      const decorated = decorate(text);
      if (rand() > 0.3) return decorated;
      const sub = Array.from({ length: int(1, 3) }, (_, i): Point =>
        rand() < 0.3 ? { text: `Detail ${i + 1}`, points: [`Sub-detail ${i + 1}.a`] } : `Detail ${i + 1}`,
      );
      return { text: decorated, points: sub };
    });

  const topics = brief.topics as { title: string; points?: string[]; message?: string; image?: unknown }[];
  for (const topic of topics) {
    if (topic.points) topic.points = nest(topic.points) as string[];
    if (rand() < 0.4 && !topic.message) topic.message = `The **so what** of ${topic.title.slice(0, 40)}.`;
    if (rand() < 0.25) topic.image = image(`Picture for ${topic.title.slice(0, 30)}`);
  }
  const summary = brief.summary as { points: string[] };
  summary.points = nest(summary.points) as string[];
  brief.background = Array.from({ length: int(0, 5) }, (_, i) => ({
    title: `Earlier session ${i + 1}`,
    ...(rand() < 0.8 ? { date: `${2015 + int(0, 8)}-${String(int(1, 12)).padStart(2, '0')}` } : {}),
    points: [`Held as session ${i + 1}.`],
    ...(rand() < 0.3 ? { image: image(`Picture of session ${i + 1}`) } : {}),
  }));
  const places = ['title', 'summary', 'participants', 'topics', 'background', 'takeaways', undefined];
  const own = Array.from({ length: int(1, 4) }, (_, i) => {
    const rows = Array.from({ length: rand() < 0.3 ? int(12, 30) : int(1, 4) }, (_, r) => [
      `Risk ${i + 1}.${r + 1}`,
      pick(['Low', 'Medium', 'High']),
      `Mitigation **${r + 1}**`,
    ]);
    const after = pick(places);
    return {
      title: `Own section ${i + 1}`,
      ...(after ? { after } : {}),
      ...(rand() < 0.5 ? { message: `Keep section ${i + 1} in mind.` } : {}),
      ...(rand() < 0.7 ? { points: nest([`First line of section ${i + 1}.`, `Second line of section ${i + 1}.`]) } : {}),
      ...(rand() < 0.5 ? { table: { columns: ['Risk', 'Likelihood', 'Mitigation'], rows } } : {}),
      ...(rand() < 0.3 ? { image: image(`Chart of section ${i + 1}`) } : {}),
    };
  });
  for (const section of own as { points?: unknown; table?: unknown; image?: unknown; title: string }[]) {
    if (!section.points && !section.table && !section.image) section.points = [`Only line of ${section.title}.`];
  }
  brief.sections = [...((brief.sections as unknown[] | undefined) ?? []), ...own]; // the plain random brief's own sections keep their phrases
  if (rand() < 0.2) brief.timeline = false;
  return { brief, phrases };
}
