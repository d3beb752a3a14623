// Foldable sub-lists (<bullets fold="true">): when a slide would continue onto another, their items join their parent's line instead.
import type { Problem } from '../errors.js';
import type { Paragraph, Run, Slide } from './model.js';
import { runsText } from './model.js';

/** The slide with every foldable sub-item run into its parent item's line ("Topics — A · B · C"), or undefined when it has none. */
export function foldSubItems(slide: Slide): Slide | undefined {
  let folded = false;
  const blocks = slide.blocks.map((block) => {
    if (block.kind !== 'text' || !block.paragraphs.some((p) => p.foldable)) return block;
    folded = true;
    const paragraphs: Paragraph[] = [];
    const holding = new Set<Paragraph>(); // parents that hold folded items already
    for (const p of block.paragraphs) {
      const parent = paragraphs[paragraphs.length - 1];
      if (!p.foldable || !parent) {
        paragraphs.push({ ...p, runs: [...p.runs] });
        continue;
      }
      const joined = holding.has(parent) ? ' · ' : ' — ';
      parent.runs.push({ text: `${joined}${runsText(p.runs).replace(/\n/g, ' ')}`, style: 'muted' } satisfies Run);
      holding.add(parent);
    }
    return { ...block, paragraphs };
  });
  return folded ? { ...slide, blocks } : undefined;
}

/**
 * A content slide planned; when it takes more than one slide and has foldable sub-lists, planned again with them folded,
 * and that kept if it takes fewer slides. Only the kept plan's warnings are reported.
 */
export function planFolding(slide: Slide, plan: (slide: Slide, warnings: Problem[]) => Slide[], warnings: Problem[]): Slide[] {
  const first: Problem[] = [];
  const parts = plan(slide, first);
  const folded = parts.length > 1 ? foldSubItems(slide) : undefined;
  if (folded) {
    const again: Problem[] = [];
    const lean = plan(folded, again);
    if (lean.length < parts.length) {
      warnings.push(...again);
      return lean;
    }
  }
  warnings.push(...first);
  return parts;
}
