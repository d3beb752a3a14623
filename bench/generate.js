// Generates large, deterministic briefs (YAML) for the benchmark: many topics with points, big delegations.
import { stringify } from 'yaml';

const WORDS = (
  'security dialogue delegation maritime exchange regional cooperation transparency staff talks alliance ' +
  'ministry defence policy forum mutual interest concern engagement reciprocal strategic concept session division ' +
  'international military office commission landscape situation partner readiness exercise logistics doctrine ' +
  'deterrence stability communication crisis channel verification notification arms control cyber space'
).split(' ');
const RANKS = ['Major General', 'Brigadier General', 'Colonel', 'Lieutenant Colonel', 'Commander', 'Captain', 'Ms', 'Mr', 'Dr'];
const NAMES = ['Adamczak', 'Șerban', 'Yao Qin', 'Müller', 'Novák', 'Okafor', 'Lindqvist', 'Zhang Wei', 'Dubois', 'Kowalski', 'García', 'Ionescu'];

/** A small seeded generator (mulberry32) so the same size always gives the same brief. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function textMaker(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const words = (min, max) => Array.from({ length: min + Math.floor(rand() * (max - min + 1)) }, () => pick(WORDS));
  const sentence = (min, max) => {
    const w = words(min, max);
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return `${w.join(' ')}.`;
  };
  return { pick, words, sentence };
}

function topic(t, i) {
  // Mostly 3–8 short points; every fifth topic is long (12–15 points) and every seventh has one very long point.
  const long = i % 5 === 4;
  const count = long ? 12 + (i % 4) : 3 + (i % 6);
  const points = Array.from({ length: count }, () => t.sentence(6, 18));
  if (i % 7 === 6) points.push(Array.from({ length: 12 }, () => t.sentence(8, 14)).join(' '));
  return { title: `Topic ${i + 1}: ${t.words(3, 7).join(' ')}`, points, notes: t.sentence(15, 40) };
}

function delegation(t, d, size) {
  const members = Array.from({ length: size }, (_, m) => ({
    name: `${t.pick(RANKS)} ${t.pick(NAMES)} ${m + 1}`,
    role: t.sentence(4, 14).slice(0, -1),
    ...(m === 0 ? { lead: true } : {}),
  }));
  return { delegation: `Delegation ${String.fromCharCode(65 + d)}`, members };
}

/** A brief with `topics` topics; delegations and background grow with it. */
export function generateBrief(topics, seed = 1) {
  const t = textMaker(random(seed));
  const delegations = Math.max(2, Math.round(topics / 150));
  const members = Math.min(80, 10 + Math.round(topics / 10));
  return {
    title: `Generated benchmark brief (${topics} topics)`,
    subtitle: 'Synthetic content for timing',
    event: { date: '2024-03-14', location: 'Beijing', host: 'Benchmark host' },
    classification: 'UNCLASSIFIED',
    prepared_by: 'Benchmark Desk',
    prepared_on: '2024-03-15',
    language: 'en-GB',
    summary: { points: Array.from({ length: 6 }, () => t.sentence(14, 30)), notes: t.sentence(20, 40) },
    participants: { delegations: Array.from({ length: delegations }, (_, d) => delegation(t, d, members)), notes: t.sentence(10, 20) },
    topics: Array.from({ length: topics }, (_, i) => topic(t, i)),
    background: Array.from({ length: Math.max(1, Math.round(topics / 40)) }, (_, i) => ({
      title: `Session ${i + 1}`,
      date: `20${String(10 + (i % 14)).padStart(2, '0')}-02`,
      location: 'NATO Headquarters, Brussels',
      points: Array.from({ length: 4 }, () => t.sentence(10, 24)),
    })),
    takeaways: { points: Array.from({ length: 5 }, () => t.sentence(8, 20)) },
    sources: Array.from({ length: 6 }, (_, i) => ({
      title: `Source ${i + 1}: ${t.words(4, 8).join(' ')}`,
      publisher: 'Benchmark Press',
      date: '2024-03-14',
      url: `https://example.org/source/${i + 1}?ref=bench&n=${i}`,
    })),
  };
}

export function briefYaml(brief) {
  return `# yaml-language-server: $schema=../schema/brief.schema.json\n${stringify(brief, { lineWidth: 0 })}`;
}
