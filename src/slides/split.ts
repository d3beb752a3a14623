// Splits one over-long paragraph at sentence boundaries (then at words) into parts that each fit.
import type { Paragraph, Run } from './model.js';

/** Sentences, each with its trailing space; CJK full stops end sentences too. */
export function sentences(text: string): string[] {
  return text.match(/[^.!?。！？]+(?:[.!?。！？]+["'”’)]*\s*|$)/g)?.filter((s) => s !== '') ?? [text];
}

function plain(p: Paragraph): string {
  return p.runs.map((r) => r.text).join('');
}

function withText(p: Paragraph, text: string, first: boolean): Paragraph {
  const base: Run = { ...p.runs[0], text, breakBefore: undefined };
  return { runs: [base], level: p.level, bullet: first ? p.bullet : false, ...(first ? {} : { continued: true }) } as Paragraph;
}

/** Greedy: as many pieces per part as `fits` allows; pieces are sentences, or words for an endless sentence. */
export function splitParagraph(p: Paragraph, fits: (part: Paragraph) => boolean): Paragraph[] {
  const pieces = sentences(plain(p)).flatMap((s) => (fits(withText(p, s, true)) ? [s] : s.split(/(?<=\s)/)));
  const parts: Paragraph[] = [];
  let current = '';
  for (const piece of pieces) {
    const next = current + piece;
    if (current && !fits(withText(p, next.trim(), parts.length === 0))) {
      parts.push(withText(p, current.trim(), parts.length === 0));
      current = piece;
    } else current = next;
  }
  if (current.trim()) parts.push(withText(p, current.trim(), parts.length === 0));
  return parts;
}
