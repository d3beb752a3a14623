// Breaks measured units (paragraphs, table rows) into pages: fewest pages first, then balanced pages that keep blocks together.

/** One block's units with their heights at the chosen font size (inches). */
export interface MeasuredBlock<U> {
  /** Height a segment of this block has before its first unit: box insets, or a table's header row. */
  base: number;
  /** Space between two units of the block inside one segment (paragraph gap; 0 for table rows). */
  between: number;
  units: { unit: U; height: number; withPrevious?: boolean }[]; // withPrevious: keep on the page of the unit before (a sub-point)
}

/** The units of one block that landed on one page. */
export interface PageSegment<U> {
  block: number; // index into the blocks
  units: U[];
  height: number; // inches
}

export type Page<U> = PageSegment<U>[];

/** Costs that rank page breaks of the same page count (a page's squared empty share counts up to 1). */
const PENALTY = {
  splitBlock: 0.05, // a block continues on the next page
  splitAvoidable: 0.6, // ... although it would fit on one page
  lonely: 0.35, // a continued block leaves one unit alone at the bottom or the top of a page
  parted: 0.8, // a page starts with a unit that belongs with the one before (a sub-point parted from its point)
};

interface Flat {
  block: number;
  height: number;
  withPrevious?: boolean;
}

/** Height of units [from, to) on one page: a segment per block, blocks `gap` apart. */
function pageHeight<U>(blocks: MeasuredBlock<U>[], flat: Flat[], from: number, to: number, gap: number): number {
  let height = 0;
  for (let k = from; k < to; k++) {
    const block = blocks[flat[k].block];
    const opens = k === from || flat[k].block !== flat[k - 1].block;
    height += (opens ? (k === from ? 0 : gap) + block.base : block.between) + flat[k].height;
  }
  return height;
}

/** Height of units [i, to) from that of [i + 1, to): unit i now opens the page, and unit i + 1 continues its block or opens the next one. */
function grow<U>(blocks: MeasuredBlock<U>[], flat: Flat[], i: number, after: number, gap: number): number {
  const block = blocks[flat[i].block];
  return after + flat[i].height + (flat[i].block === flat[i + 1].block ? block.between : block.base + gap);
}

/**
 * Optimal page breaks by dynamic programming (as TeX breaks paragraphs into lines): the fewest pages that hold every unit,
 * then the least squared empty space (9 + 2 becomes 6 + 5), blocks kept whole where they fit, no unit left alone.
 */
export function paginateUnits<U>(blocks: MeasuredBlock<U>[], capacity: number, gap: number): Page<U>[] {
  const flat: Flat[] = blocks.flatMap((b, block) => b.units.map((u) => ({ block, height: u.height, withPrevious: u.withPrevious })));
  const n = flat.length;
  if (n === 0) return [[]];
  const start = flat.map((f, k) => (k > 0 && flat[k - 1].block === f.block ? -1 : k));
  for (let k = 1; k < n; k++) if (start[k] < 0) start[k] = start[k - 1];
  const end: number[] = Array(n);
  for (let k = n - 1; k >= 0; k--) end[k] = k < n - 1 && flat[k + 1].block === flat[k].block ? end[k + 1] : k + 1;
  const whole = blocks.map((b) => b.base + b.units.reduce((h, u) => h + u.height, 0) + b.between * (b.units.length - 1) <= capacity + 1e-6);

  const pages: number[] = Array(n + 1).fill(Infinity);
  const cost: number[] = Array(n + 1).fill(Infinity);
  const from: number[] = Array(n + 1).fill(0);
  pages[0] = 0;
  cost[0] = 0;
  for (let to = 1; to <= n; to++) {
    let height = 0;
    for (let i = to - 1; i >= 0; i--) {
      height = i === to - 1 ? pageHeight(blocks, flat, i, to, gap) : grow(blocks, flat, i, height, gap);
      if (height > capacity + 1e-6 && i < to - 1) break; // a single unit too tall still gets its own page
      if (pages[i] === Infinity) continue;
      const total = pages[i] + 1;
      const empty = Math.max(0, capacity - height) / capacity;
      let c = cost[i] + (to === n && total === 1 ? 0 : empty * empty);
      if (to < n && flat[to].block === flat[to - 1].block) {
        c += whole[flat[to].block] ? PENALTY.splitAvoidable : PENALTY.splitBlock;
        if (to - Math.max(i, start[to - 1]) < 2) c += PENALTY.lonely;
        if (flat[to].withPrevious) c += PENALTY.parted;
      }
      if (i > 0 && flat[i].block === flat[i - 1].block && end[i] <= to && end[i] - i < 2) c += PENALTY.lonely;
      if (total < pages[to] || (total === pages[to] && c < cost[to] - 1e-12)) {
        pages[to] = total;
        cost[to] = c;
        from[to] = i;
      }
    }
  }
  const cuts: number[] = [];
  for (let to = n; to > 0; to = from[to]) cuts.unshift(from[to]);
  const offsets: number[] = Array(blocks.length).fill(-1); // where each block's units start, found once (per page was quadratic)
  for (let k = n - 1; k >= 0; k--) offsets[flat[k].block] = k;
  return cuts.map((i, p) => segments(blocks, flat, offsets, i, cuts[p + 1] ?? n));
}

function segments<U>(blocks: MeasuredBlock<U>[], flat: Flat[], offsets: number[], from: number, to: number): Page<U> {
  const page: Page<U> = [];
  for (let k = from; k < to; k++) {
    const block = blocks[flat[k].block];
    if (k === from || flat[k].block !== flat[k - 1].block) page.push({ block: flat[k].block, units: [], height: block.base - block.between });
    const segment = page[page.length - 1];
    segment.units.push(block.units[k - offsets[flat[k].block]].unit);
    segment.height += block.between + flat[k].height;
  }
  return page;
}
