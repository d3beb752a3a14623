// Worst-case brief shapes for `npm run bench:worst`: each a valid (or deliberately invalid) brief of about `bytes` bytes.
const WORDS = 'security dialogue delegation maritime exchange regional cooperation transparency staff talks alliance ministry defence policy forum'.split(' ');
const HEAD = `title: Worst case
event: { date: 2024-03-14, location: Beijing }
classification: UNCLASSIFIED
`;
const SMALL = `summary: [One point.]
participants:
  - delegation: NATO
    members: [{ name: Ms A, role: Director, lead: true }]
`;
const ONE_TOPIC = 'topics:\n  - title: One topic\n    points: [One point.]\n';

/** `make(i)` repeated until the text reaches `bytes`. */
function fill(bytes, start, make) {
  const parts = [start];
  let size = start.length;
  for (let i = 0; size < bytes; i++) {
    const part = make(i);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

/** Words (a sentence every dozen) until `bytes` bytes of UTF-8. */
function prose(bytes, words = WORDS, join = ' ', stop = '.') {
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const word = words[(i * 7 + (i >> 3)) % words.length] + (i % 12 === 11 ? stop : '');
    out.push(word);
    size += Buffer.byteLength(word) + join.length;
  }
  return out.join(join);
}

const quoted = (text) => JSON.stringify(text);
const CJK = [...'安全对话代表团海上交流区域合作透明度参谋会谈联盟国防部政策论坛'];
const ARABIC = 'الأمن الحوار الوفد البحري التبادل الإقليمي التعاون الشفافية المحادثات التحالف الوزارة الدفاع السياسة المنتدى'.split(' ');

/** name → a function writing that brief, about `bytes` bytes. */
export function worstCases(bytes) {
  const room = bytes - 400;
  return {
    'many topics': () => fill(bytes, `${HEAD}${SMALL}topics:\n`, (i) => `  - title: Topic ${i}\n    points: [Point ${i}]\n`),
    'one topic, many points': () => fill(bytes, `${HEAD}${SMALL}topics:\n  - title: One topic\n    points:\n`, (i) => `      - Point ${i}\n`),
    'one delegation, many members': () =>
      fill(
        bytes,
        `${HEAD}summary: [One point.]\n${ONE_TOPIC}participants:\n  - delegation: NATO\n    members:\n`,
        (i) => `      - { name: Member ${i}, role: Staff }\n`,
      ),
    'many delegations': () =>
      fill(bytes, `${HEAD}summary: [One point.]\n${ONE_TOPIC}participants:\n`, (i) => `  - delegation: D${i}\n    members: [{ name: M${i} }]\n`),
    'one huge point': () => `${HEAD}${SMALL}topics:\n  - title: One topic\n    points:\n      - ${quoted(prose(room))}\n`,
    'one huge word': () => `${HEAD}${SMALL}topics:\n  - title: One topic\n    points:\n      - ${'x'.repeat(room)}\n`,
    'one huge URL': () =>
      `${HEAD}${SMALL}topics:\n  - title: One topic\n    points:\n      - https://example.org/${Array.from({ length: room / 8 }, (_, i) => `a${i % 1000}`)
        .join('/')
        .slice(0, room)}\n`,
    'huge title': () => `title: ${quoted(prose(room))}\nevent: { date: 2024-03-14 }\n${SMALL}${ONE_TOPIC}`,
    'huge subtitle': () => `${HEAD}subtitle: ${quoted(prose(room))}\n${SMALL}${ONE_TOPIC}`,
    'huge topic title': () => `${HEAD}${SMALL}topics:\n  - title: ${quoted(prose(room))}\n    points: [One point.]\n`,
    'huge member role': () =>
      `${HEAD}summary: [One point.]\n${ONE_TOPIC}participants:\n  - delegation: NATO\n    members:\n      - { name: Ms A, role: ${quoted(prose(room))} }\n`,
    'huge notes': () => `${HEAD}${SMALL}topics:\n  - title: One topic\n    points: [One point.]\n    notes: ${quoted(prose(room))}\n`,
    'CJK huge point': () => `${HEAD}${SMALL}topics:\n  - title: 一\n    points:\n      - ${prose(room, CJK, '', '。')}\n`,
    'Arabic huge point': () => `${HEAD}language: ar\n${SMALL}topics:\n  - title: واحد\n    points:\n      - ${quoted(prose(room, ARABIC))}\n`,
    'many sources': () => fill(bytes, `${HEAD}${SMALL}${ONE_TOPIC}sources:\n`, (i) => `  - { title: Source ${i}, url: "https://example.org/${i}?a=1&b=2" }\n`),
    'many background events': () =>
      fill(bytes, `${HEAD}${SMALL}${ONE_TOPIC}background:\n`, (i) => `  - { title: Session ${i}, date: 2023-02, points: [Point ${i}] }\n`),
    'many takeaways': () => fill(bytes, `${HEAD}${SMALL}${ONE_TOPIC}takeaways:\n`, (i) => `  - Takeaway ${i} ${WORDS[i % WORDS.length]}\n`),
    'many unknown keys': () => fill(bytes, `${HEAD}${SMALL}${ONE_TOPIC}`, (i) => `k${i}: 1\n`),
    'many duplicate keys': () => fill(bytes, `${HEAD}${SMALL}${ONE_TOPIC}`, () => 'again: 1\n'),
    'many misspelt keys': () => fill(bytes, `${HEAD}${SMALL}topics:\n`, (i) => `  - titel: T${i}\n    pionts: [P]\n`),
    'many wrong values': () => fill(bytes, `${HEAD}${SMALL}topics:\n`, (i) => `  - { title: T${i}, points: 5 }\n`),
    'deep nesting (31 levels)': () => fill(bytes, `${HEAD}${SMALL}${ONE_TOPIC}extra:\n`, (i) => `  k${i}: ${'['.repeat(30)}1${']'.repeat(30)}\n`),
    'many short lines (YAML flow)': () => `${HEAD}${SMALL}topics: [${fill(room, '', (i) => `{title: T${i}, points: [p]},`)}{title: last, points: [p]}]\n`,
  };
}
