// Fuzzing helpers shared by the brief-layer and build fuzzers: a seeded generator, YAML-breaking mutations and the run budget.

/** mulberry32: a small seeded generator, so a failure can be replayed from its seed. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text a mutation inserts: YAML syntax, tags, anchors, odd characters and values that look like other types. */
export const PIECES = [
  ':',
  ': ',
  '- ',
  '\t',
  '\n',
  '  ',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  '&a ',
  '*a',
  '!tag ',
  '#',
  '|',
  '>',
  '?',
  '%',
  '@',
  '`',
  ',',
  '---\n',
  '\u0001',
  '\uFEFF',
  '\uD800',
  'é',
  '姚',
  '🛡️',
  '0',
  '2024-02-30',
  'yes',
  'null',
  '~',
  '<<: *a\n',
];

/** One to four edits: insert a piece, delete a few characters, or duplicate a chunk of the text elsewhere. */
export function mutate(text: string, next: () => number, pieces: readonly string[] = PIECES): string {
  let out = text;
  const edits = 1 + Math.floor(next() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (out.length + 1));
    const kind = next();
    if (kind < 0.4) out = out.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + out.slice(at);
    else if (kind < 0.7) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 20));
    else {
      const from = Math.floor(next() * out.length);
      out = out.slice(0, at) + out.slice(from, from + 1 + Math.floor(next() * 40)) + out.slice(at); // duplicate a chunk
    }
  }
  return out;
}

/** BRIEFDECK_FUZZ=long: the longer run (about ten times the cases, larger briefs); off in a plain `npm test`. */
export const FUZZ_LONG = process.env.BRIEFDECK_FUZZ === 'long';

/** How many cases a fuzzer runs: BRIEFDECK_FUZZ_RUNS=N wins, else `quick` (or `long` under BRIEFDECK_FUZZ=long). */
export function fuzzRuns(quick: number, long = quick * 10): number {
  const asked = Number(process.env.BRIEFDECK_FUZZ_RUNS);
  if (process.env.BRIEFDECK_FUZZ_RUNS && Number.isInteger(asked) && asked > 0) return asked;
  return FUZZ_LONG ? long : quick;
}

/**
 * A time budget for the plain `npm test` run only, so a loaded machine runs fewer cases instead of timing out;
 * none when the runs were asked for (BRIEFDECK_FUZZ_RUNS) or under BRIEFDECK_FUZZ=long, which run every case.
 */
export function fuzzBudgetMs(quick: number): number | undefined {
  return FUZZ_LONG || process.env.BRIEFDECK_FUZZ_RUNS ? undefined : quick;
}

/** A vitest timeout for a fuzz test: its budget plus a margin, or a generous time per case when every case must run. */
export function fuzzTimeoutMs(runs: number, budget: number | undefined, perCaseMs = 5_000): number {
  return budget === undefined ? 60_000 + runs * perCaseMs : budget + 60_000;
}

/** The seed a fuzzer starts from: BRIEFDECK_FUZZ_SEED=N replays a reported run, else the fixed default (runs are repeatable). */
export function fuzzSeed(fallback: number): number {
  const asked = Number(process.env.BRIEFDECK_FUZZ_SEED);
  return process.env.BRIEFDECK_FUZZ_SEED && Number.isInteger(asked) ? asked : fallback;
}

/** Bytes a byte-level mutation inserts: NUL, stray UTF-8 lead and continuation bytes, bytes UTF-8 never has, ESC. */
const BYTES = [0x00, 0x80, 0xbf, 0xc3, 0xe2, 0xf0, 0xf8, 0xfe, 0xff, 0x1b];
const BOMS = [
  [0xef, 0xbb, 0xbf],
  [0xfe, 0xff],
  [0xff, 0xfe],
  [0xff, 0xfe, 0x00, 0x00],
];

/** One byte-level edit of UTF-8 text: a stray byte, a byte-order mark in front, or the file cut short (perhaps inside a character). */
export function mutateBytes(bytes: Uint8Array, next: () => number): Uint8Array {
  const at = Math.floor(next() * (bytes.length + 1));
  const kind = next();
  if (kind < 0.5) return Uint8Array.from([...bytes.subarray(0, at), BYTES[Math.floor(next() * BYTES.length)], ...bytes.subarray(at)]);
  if (kind < 0.75) return Uint8Array.from([...BOMS[Math.floor(next() * BOMS.length)], ...bytes]);
  return bytes.slice(0, at);
}
