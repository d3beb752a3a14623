// Seeded random briefs of the stress kinds (long points, many topics, big delegations, long titles, mixed scripts) that no fixture tuned for.
import { stringify } from 'yaml';
import { addOwnSections } from './random-sections.js';

const LATIN = (
  'security dialogue delegation maritime exchange regional cooperation transparency staff talks alliance ministry defence ' +
  'policy forum mutual interest concern engagement reciprocal strategic concept session division international military office ' +
  'commission landscape situation partner readiness exercise logistics doctrine deterrence stability communication crisis channel ' +
  'verification notification arms control cyber space infrastructure interoperability procurement capability assessment'
).split(' ');
const ACCENTED = 'Șerban Łódź Ærøskøbing Nguyễn Đạo Öztürk Guðmundsdóttir Dvořák Szczęśniak Rădulescu Iași Žilina façade naïve'.split(' ');
const CYRILLIC = 'безопасность диалог делегация сотрудничество министерство обороны переговоры стороны учения доверие контроль вооружений'.split(' ');
const CJK = '中国北约安全政策对话双方交流国际地区形势共同关心问题防务合作办公室军事委员会代表团会议讨论同意继续保持沟通渠道日本語の会談한국어대화'.split('');
const ARABIC = 'الحوار الأمني بين الصين وحلف شمال الأطلسي عقد في بكين التعاون العسكري الدولي الجانبان اتفق'.split(' ');
const EMOJI = ['🎉', '🚀', '✅', '⚠️', '👍🏽', '🇪🇪', '👨‍👩‍👧', '📈'];
const SPECIAL = ['R&D', '<Phase 2>', '"quoted"', "'single'", 'A<B', 'C>D', '&amp;', '5% < 10%'];
const EMOJI_PATTERN = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const RANKS = ['General', 'Major General', 'Colonel', 'Commander', 'Ambassador', 'Dr', 'Ms', 'Mr'];

export type Script = 'latin' | 'accented' | 'cyrillic' | 'cjk' | 'arabic' | 'emoji' | 'special';

/** mulberry32: a small seeded generator, so a seed always gives the same brief. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomBrief {
  brief: Record<string, unknown>;
  /** Phrases that must be visible (never a title, which may be cut with an ellipsis). */
  phrases: string[];
}

export function randomBrief(seed: number): RandomBrief {
  const rand = random(seed);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
  const mainScript = pick<Script>(['latin', 'latin', 'latin', 'accented', 'cyrillic', 'cjk', 'arabic']);
  const word = (script: Script): string => {
    if (script === 'cjk') return Array.from({ length: int(2, 6) }, () => pick(CJK)).join('');
    if (script === 'arabic') return pick(ARABIC);
    if (script === 'cyrillic') return pick(CYRILLIC);
    if (script === 'accented') return rand() < 0.4 ? pick(ACCENTED) : pick(LATIN);
    if (script === 'emoji') return pick(EMOJI);
    if (script === 'special') return pick(SPECIAL);
    return pick(LATIN);
  };
  const sentence = (min: number, max: number, extras: Script[] = ['emoji', 'special', 'latin', 'accented']) => {
    const words = Array.from({ length: int(min, max) }, () => word(rand() < 0.1 ? pick<Script>(extras) : mainScript));
    const joined = mainScript === 'cjk' ? words.join(rand() < 0.7 ? '' : ' ') : words.join(' ');
    return joined.charAt(0).toUpperCase() + joined.slice(1) + (mainScript === 'cjk' ? '。' : '.');
  };
  const point = () => Array.from({ length: rand() < 0.15 ? int(4, 12) : 1 }, () => sentence(3, 30)).join(' ');
  const points = (max: number) => Array.from({ length: int(0, max) }, point);
  const phrases: string[] = [];
  /** Some texts become phrases to find: the start of their first sentence and the end of their last (a split never falls inside a sentence). */
  const remember = (text: string) => {
    const sentences = text.split(/(?<=[.。])\s*/u).filter(Boolean);
    const first = sentences[0];
    const last = sentences[sentences.length - 1];
    const head = first.length > 90 ? first.slice(0, first.lastIndexOf(' ', 90) > 40 ? first.lastIndexOf(' ', 90) : 60) : first;
    const tail = last.length > 60 ? last.slice(last.indexOf(' ', last.length - 60) > 0 ? last.indexOf(' ', last.length - 60) : last.length - 40) : last;
    const whole = (phrase: string) => !/[\ud800-\udfff]/u.test(phrase.replace(/[\ud800-\udbff][\udc00-\udfff]/gu, '')); // no emoji cut in half
    for (const phrase of [head, tail]) if (rand() < 0.35 && whole(phrase) && !EMOJI_PATTERN.test(phrase)) phrases.push(phrase.trim());
    return text;
  };
  const delegations = Array.from({ length: int(1, 3) }, (_, d) => ({
    delegation: `${sentence(1, 4).slice(0, -1)} ${d + 1}`,
    members: Array.from({ length: rand() < 0.3 ? int(20, 40) : int(1, 8) }, (_, i) => ({
      name: remember(`${pick(RANKS)} ${word(mainScript)} ${word(mainScript)}`),
      role: remember(sentence(2, rand() < 0.2 ? 25 : 8).slice(0, -1)),
      ...(i === 0 ? { lead: true } : {}),
    })),
  }));
  const topics = Array.from({ length: rand() < 0.25 ? int(20, 45) : int(1, 8) }, () => ({
    title: sentence(2, rand() < 0.2 ? 40 : 8).slice(0, -1),
    points: points(rand() < 0.3 ? 16 : 5).map(remember),
  }));
  const brief = {
    // no emoji in the brief title: it becomes the PDF title, which pdftotext -bbox-layout writes as invalid UTF-8
    title: sentence(3, rand() < 0.3 ? 40 : 10, ['special', 'latin', 'accented']).slice(0, -1),
    ...(rand() < 0.6 ? { subtitle: sentence(2, rand() < 0.2 ? 60 : 20, ['special', 'latin', 'accented']).slice(0, -1) } : {}), // the PDF subject: no emoji either
    event: { date: '2024-03-14', location: sentence(1, rand() < 0.2 ? 20 : 3).slice(0, -1) },
    ...(rand() < 0.5 ? { classification: 'UNCLASSIFIED' } : {}),
    ...(mainScript === 'cjk' ? { language: 'zh-CN' } : mainScript === 'arabic' ? { language: 'ar' } : mainScript === 'cyrillic' ? { language: 'ru-RU' } : {}),
    summary: {
      points: Array.from({ length: int(1, 8) }, () => remember(rand() < 0.2 ? Array.from({ length: int(6, 12) }, () => sentence(8, 25)).join(' ') : point())),
    },
    participants: { delegations },
    topics,
    ...(rand() < 0.5 ? { takeaways: { points: points(6).map(remember) } } : {}),
    ...(rand() < 0.5
      ? {
          sources: [
            { title: sentence(2, 12).slice(0, -1), url: `https://example.org/${word('latin')}/${int(1, 999)}?q=${word('latin')}&page=${int(1, 9)}&sort=-date` },
          ],
        }
      : {}),
  };
  addOwnSections(brief, { rand, int, sentence, remember }); // drawn after the brief, which stays the same for each seed
  return { brief, phrases };
}

export function briefYaml(brief: Record<string, unknown>): string {
  return stringify(brief, { lineWidth: 0 });
}
