// Table cells as written: a number or true/false YAML read in `sections[].table.rows` becomes its source text (1.10, 0700, 1e3).
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

/** The items of the list at `key` of a mapping node, or none. */
const itemsAt = (node: unknown, key: string): unknown[] => {
  const value = isMap(node) ? node.get(key, true) : undefined;
  return isSeq(value) ? value.items : [];
};

/**
 * Rewrites, in the document, every non-text scalar of a table row to the text the brief wrote for it, so
 * `1.10` shows 1.10, not 1.1 (text cells, and anything that is not a scalar, are left for the schema to judge).
 */
export function keepCellsAsWritten(doc: Document, text: string): void {
  for (const section of itemsAt(doc.contents, 'sections'))
    for (const row of itemsAt(isMap(section) ? section.get('table', true) : undefined, 'rows'))
      for (const cell of isSeq(row) ? row.items : []) {
        if (!isScalar(cell) || typeof cell.value === 'string' || cell.value === null || !cell.range) continue;
        (cell as Node & { value: unknown }).value = text.slice(cell.range[0], cell.range[1]).trim();
      }
}
