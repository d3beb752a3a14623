// Slides and text for planner tests: a content slide of given blocks, bullets, and filler words that wrap like prose.
import type { Block, Paragraph, Slide } from '../../src/slides/model.js';

export const bullet = (text: string): Paragraph => ({ runs: [{ text }], level: 0, bullet: true });

/** A topic slide holding `blocks` (anything else from `extra`). */
export const slideOf = (blocks: Block[], extra: Partial<Slide> = {}): Slide => ({
  layout: 'content',
  kind: 'topic',
  section: 'Topics',
  title: 'Maritime security',
  lines: [],
  blocks,
  notes: 'Notes.',
  ...extra,
});

/** `n` words of briefing vocabulary, varied by `seed`. */
export const words = (n: number, seed = 1) =>
  Array.from({ length: n }, (_, i) => ['alliance', 'maritime', 'security', 'dialogue', 'staff', 'talks', 'exchange'][(i * 7 + seed) % 7]).join(' ');
