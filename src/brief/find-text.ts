// Where in the brief a piece of slide text came from: the key path of the value that holds it (to position layout warnings).
import type { KeyPath } from '../shared/locate.js';

import { plainText } from '../shared/inline.js';

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A finder over `data`: the key path of the string equal to a text, else of the longest string the text contains or that contains it. */
export function textFinder(data: unknown): (text: string) => KeyPath | undefined {
  // slide text has the inline markers removed (titles show text only), so each value is looked for as shown too
  const leaves = [...stringLeaves(data, [])].flatMap(([path, value]) => {
    const [written, shown] = [normal(value), normal(plainText(value))];
    return shown === written ? [[path, written] as const] : [[path, written] as const, [path, shown] as const];
  });
  const exact = new Map<string, KeyPath>();
  for (const [path, leaf] of leaves) if (!exact.has(leaf)) exact.set(leaf, path);
  let scans = 0; // containment scans are linear in the brief: a few per build at most
  return (text) => {
    const wanted = normal(text);
    if (!wanted) return undefined;
    if (exact.has(wanted)) return exact.get(wanted);
    if (++scans > MAX_SCANS) return undefined;
    let best: { path: KeyPath; length: number } | undefined;
    for (const [path, leaf] of leaves) {
      const overlaps = leaf.length >= 4 && (wanted.includes(leaf) || leaf.includes(wanted));
      if (overlaps && (!best || leaf.length > best.length)) best = { path, length: leaf.length };
    }
    return best?.path;
  };
}

const MAX_SCANS = 20;

/** Every string value in `data` with its key path, depth first in document order (no recursion: briefs may nest 32 deep). */
function* stringLeaves(data: unknown, root: KeyPath): Generator<[KeyPath, string]> {
  const stack: [KeyPath, unknown][] = [[root, data]];
  while (stack.length) {
    const [path, value] = stack.pop()!;
    if (typeof value === 'string') yield [path, value];
    else if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) stack.push([[...path, i], value[i]]);
    else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push([[...path, entries[i][0]], entries[i][1]]);
    }
  }
}
