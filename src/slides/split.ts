// Splits one paragraph too tall for a whole slide into parts that each fit: at sentences, else clauses, else words, else characters.
import type { Paragraph, Run, TableRow } from './model.js';
import { isZeroWidth } from './script.js';

const SENTENCE_END = /[.!?。！？]+["'”’)\]]*(?:\s+|$)|[。！？]+["'”’)\]」』]*/gu;
const CLAUSE_END = /[;:,，；：、]\s+|\s[·•–—|]\s+|[，；、]/gu;
const WORD_END = /\s+/gu;

/** Sentences of a text, each with its trailing space; CJK full stops end sentences too. */
export function sentences(text: string): string[] {
  const cuts = boundaries(text, SENTENCE_END);
  return [0, ...cuts].map((start, i) => text.slice(start, cuts[i] ?? text.length)).filter((s) => s !== '');
}

/** Offsets right after each match of a boundary pattern (never 0 or the end). */
function boundaries(text: string, pattern: RegExp): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(pattern)) {
    const end = m.index + m[0].length;
    if (end > 0 && end < text.length) out.push(end);
  }
  return out;
}

/** Offsets between two characters (never inside a surrogate pair or before a combining mark). */
function characterBoundaries(text: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0xdc00 && code <= 0xdfff) || isZeroWidth(text.codePointAt(i)!)) continue;
    out.push(i);
  }
  return out;
}

/** The runs covering text offsets [start, end), styles kept; leading and trailing spaces dropped. */
export function sliceRuns(runs: Run[], start: number, end: number): Run[] {
  const out: Run[] = [];
  let offset = 0;
  for (const run of runs) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + run.text.length);
    if (from < to)
      out.push({ ...run, text: run.text.slice(from - offset, to - offset), breakBefore: from === offset && out.length > 0 ? run.breakBefore : undefined });
    offset += run.text.length;
  }
  if (out.length) {
    out[0] = { ...out[0], text: out[0].text.trimStart() };
    const last = out.length - 1;
    out[last] = { ...out[last], text: out[last].text.trimEnd() };
  }
  return out.filter((r) => r.text !== '');
}

function part(p: Paragraph, start: number, end: number, first: boolean): Paragraph {
  const runs = sliceRuns(p.runs, start, end);
  return first ? { ...p, runs } : { ...p, runs, continued: p.bullet || p.continued || undefined, bullet: false };
}

/** Index of the first cut after `offset` (cuts are sorted). */
function firstAfter(cuts: number[], offset: number): number {
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cuts[mid] <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The farthest boundary in (start, reach] whose part still fits (parts grow with length, so binary search). */
function farthest(cuts: number[], start: number, reach: number, fits: (end: number) => boolean): number | undefined {
  let low = firstAfter(cuts, start);
  let high = firstAfter(cuts, reach) - 1;
  let found: number | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (fits(cuts[mid])) {
      found = cuts[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * How far a part from `start` can reach: lengths double until a part no longer fits, so no boundary past that is ever measured.
 * (Measuring the whole rest for every part made a long paragraph quadratic: 500 KB took minutes.)
 */
function reachFrom(start: number, length: number, fits: (end: number) => boolean): number {
  let span = 256;
  while (start + span < length && fits(start + span)) span *= 2;
  return Math.min(length, start + span);
}

/** Greedy: each part ends at the farthest sentence boundary that fits, else clause, word or character boundary. */
export function splitParagraph(p: Paragraph, fits: (part: Paragraph) => boolean): Paragraph[] {
  const text = p.runs.map((r) => r.text).join('');
  const levels = [boundaries(text, SENTENCE_END), boundaries(text, CLAUSE_END), boundaries(text, WORD_END), characterBoundaries(text)];
  const parts: Paragraph[] = [];
  let start = 0;
  while (start < text.length) {
    const first = parts.length === 0;
    const ok = (end: number) => fits(part(p, start, end, first));
    const reach = reachFrom(start, text.length, ok);
    if (reach === text.length && ok(text.length)) {
      parts.push(part(p, start, text.length, first));
      break;
    }
    const end = firstFound(levels, (cuts) => farthest(cuts, start, reach, ok)) ?? nextCut(levels[3], start, text.length);
    parts.push(part(p, start, end, first));
    start = end;
  }
  return parts.filter((q) => q.runs.length > 0);
}

/** The first level (sentences, clauses, words, characters) with a boundary that fits; later levels are not measured. */
function firstFound(levels: number[][], find: (cuts: number[]) => number | undefined): number | undefined {
  for (const cuts of levels) {
    const cut = find(cuts);
    if (cut !== undefined) return cut;
  }
  return undefined;
}

function nextCut(cuts: number[], start: number, length: number): number {
  return cuts[firstAfter(cuts, start)] ?? length;
}

/** A table row taller than a whole slide (rows are never split): its longest cell is cut at a word with an ellipsis until the row fits. */
export function shortenRow(row: TableRow, fits: (row: TableRow) => boolean): TableRow {
  let current = row;
  for (let guard = 0; !fits(current) && guard < 200; guard++) {
    const cellText = (cell: Paragraph[]) => cell.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
    const longest = current.cells.reduce((best, cell, i) => (cellText(cell).length > cellText(current.cells[best]).length ? i : best), 0);
    const cell = current.cells[longest];
    const last = cell[cell.length - 1];
    const text = last.runs
      .map((r) => r.text)
      .join('')
      .replace(/…$/, '');
    const cut = text.lastIndexOf(' ', Math.floor(text.length * 0.85));
    const kept = cut > 0 ? sliceRuns(last.runs, 0, cut) : [];
    const shortened: Paragraph[] = kept.length
      ? [...cell.slice(0, -1), { ...last, runs: [...kept.slice(0, -1), { ...kept[kept.length - 1], text: `${kept[kept.length - 1].text}…` }] }]
      : cell.slice(0, -1);
    if (!shortened.length) break;
    current = { ...current, cells: current.cells.map((c, i) => (i === longest ? shortened : c)) };
  }
  return current;
}
