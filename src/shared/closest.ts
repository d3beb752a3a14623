// Did-you-mean for names: an edit distance that counts a swapped pair as one edit, and the closest known name within reach.

/** Edit distance counting a swap of neighbouring letters as one edit (laed → lead), the commonest typo; three rolling rows. */
export function editDistance(a: string, b: string): number {
  let before = new Int32Array(b.length + 1); // row i - 2
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j); // row i - 1
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length];
}

/** The known name nearest to `name`, if it is close enough to be a likely typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
  const normal = (s: string) => s.toLowerCase().replace(/[-\s]/g, '_');
  const allowed = Math.max(1, Math.floor(Math.max(name.length, 3) / 3));
  const wanted = normal(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const other = normal(candidate);
    if (Math.abs(other.length - wanted.length) > allowed) continue; // the distance is at least the difference in length
    const distance = editDistance(wanted, other);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}
