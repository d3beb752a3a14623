// Maps a key path in a YAML document (the brief, the theme) back to its LINE:COLUMN in the source.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';

export type KeyPath = ReadonlyArray<string | number>;

export interface Position {
  line: number;
  column: number;
}

/** Names a path as people read it: participants[0].members[1].name */
export function formatPath(path: KeyPath): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

/**
 * Finds the node a path points at, as deep as the document goes. Shorthand forms
 * (a list where the long form has `points:` or `delegations:`) are walked through.
 * `pair` is the mapping entry of the last key found (its key's position is where an unknown key is reported).
 */
export function findNode(doc: Document, path: KeyPath): { node: Node | null; pair: Pair | null } {
  let node = doc.contents as Node | null;
  let pair: Pair | null = null;
  for (const key of path) {
    if (isMap(node)) {
      const found = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key) as Pair | undefined;
      if (!found) break;
      pair = found;
      node = (found.value as Node | null) ?? (found.key as Node);
    } else if (isSeq(node)) {
      if (typeof key === 'string') continue; // shorthand: the list stands for its long form's list
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      node = item;
      pair = null;
    } else break;
  }
  return { node, pair };
}

/** The position of the value at `path` (or of its key when `atKey`). */
export function locate(doc: Document, lines: LineCounter, path: KeyPath, atKey = false): Position {
  const { node, pair } = findNode(doc, path);
  const target = atKey && pair ? (pair.key as Node) : node;
  const offset = target?.range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/** The position of an unknown key inside the mapping at `path`. */
export function locateKey(doc: Document, lines: LineCounter, path: KeyPath, key: string): Position {
  return locate(doc, lines, [...path, key], true);
}
