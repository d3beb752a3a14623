// Formats the benchmark: statistics over samples, the results table, PASS/FAIL target lines and information lines.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Summary of one case: median/min/max wall ms, median CPU ms. */
export function summarise(samples) {
  const ms = samples.map((s) => s.ms);
  const cpu = samples.filter((s) => s.cpuMs !== undefined).map((s) => s.cpuMs);
  return { median: median(ms), min: Math.min(...ms), max: Math.max(...ms), cpu: cpu.length ? median(cpu) : undefined, n: ms.length };
}

const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtKB = (kb) => (kb === undefined ? '—' : `${(kb / 1024).toFixed(0)} MiB`);
const fmtBytes = (b) => (b === undefined ? '—' : b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MiB` : `${(b / 1024).toFixed(1)} KiB`);

/** rows: { brief, slides, runner, mode, stats, maxRssKB, bytes } */
export function table(rows) {
  const head = ['brief', 'slides', 'what', 'how', 'wall (median)', 'min–max', 'CPU', 'peak RSS', 'file size'];
  const body = rows.map((r) => [
    r.brief,
    String(r.slides ?? '—'),
    r.runner,
    r.mode,
    fmtMs(r.stats.median),
    `${fmtMs(r.stats.min)}–${fmtMs(r.stats.max)} (n=${r.stats.n})`,
    r.stats.cpu === undefined ? '—' : fmtMs(r.stats.cpu),
    fmtKB(r.maxRssKB),
    fmtBytes(r.bytes),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export function target(pass, text) {
  return `${pass ? 'PASS' : 'FAIL'}  ${text}`;
}

const fmtRatio = (ratio) => `${ratio.toFixed(2)}×`;
const fmtLimit = (limit) => `${Number.isInteger(limit) ? limit.toFixed(1) : limit}×`;

/** A ratio target line: "PASS  what: 1.10× (≤ 1.2×): detail". */
export function ratioTarget(what, ratio, limit, detail) {
  return target(ratio <= limit, `${what}: ${fmtRatio(ratio)} (target ≤ ${fmtLimit(limit)})${detail ? `: ${detail}` : ''}`);
}

/** A target the bench could not measure (a missing feature, one CPU): says why instead of PASS or FAIL. */
export function notMeasured(what, why) {
  return `----  ${what}: not measured: ${why}`;
}

/** A figure that is not a target. */
export function info(text) {
  return `info  ${text}`;
}

export { fmtMs, fmtKB, fmtBytes, fmtRatio };
