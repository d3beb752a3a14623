// The report's verdicts and information lines: each target as a ratio (or a limit) with PASS/FAIL, then the figures
// that are not targets (CPU-time ratios, warm in-process times, start-up, output size, slide text, stage breakdown).
import { fmtBytes, fmtKB, fmtMs, fmtRatio, info, notMeasured, ratioTarget, target } from './report.js';

export const LIMITS = { sample: 1.2, big: 1.0, bigRssMiB: 200, batch: 0.65, watchMs: 100 };
const where = (cpus) => (cpus ? `pinned to CPU${cpus.includes(',') ? 's' : ''} ${cpus}` : 'not pinned');
const versus = (a, b) => `${fmtMs(a.stats.median)} vs ${fmtMs(b.stats.median)}`;

/** Sample: CLI ≤ 1.2× bare; ~1,000 slides: CLI ≤ 1.0× bare and peak RSS ≤ 200 MiB. */
export function versusBareTargets({ c, whole }, pin) {
  const limit = c.key === 'big' ? LIMITS.big : LIMITS.sample;
  const ratio = whole.cli.stats.median / whole.bare.stats.median;
  const lines = [
    ratioTarget(
      `${c.name} (${c.slides} slides): briefdeck CLI / bare pptxgenjs, whole processes ${where(pin.one)}, median of ${c.runs}`,
      ratio,
      limit,
      versus(whole.cli, whole.bare),
    ),
  ];
  if (c.key === 'big') {
    const rssMiB = whole.cli.maxRssKB / 1024;
    lines.push(
      target(
        rssMiB <= LIMITS.bigRssMiB,
        `${c.name}: briefdeck CLI peak RSS ${fmtKB(whole.cli.maxRssKB)} (target ≤ ${LIMITS.bigRssMiB} MiB; bare pptxgenjs ${fmtKB(whole.bare.maxRssKB)})`,
      ),
    );
  }
  return lines;
}

/** 16 briefs, `build DIR` with one worker per core / with --jobs 1, both on two CPUs: ≤ 0.65. */
export function batchTarget(batch, pin) {
  const what = '16 briefs in one `build DIR` on 2 CPUs, default jobs / `--jobs 1`';
  if (batch.why) return notMeasured(what, batch.why);
  const ratio = batch.parallel.stats.median / batch.serial.stats.median;
  return ratioTarget(`${what}, ${where(pin.two)}, median of ${batch.runs}`, ratio, LIMITS.batch, versus(batch.parallel, batch.serial));
}

/** Every watch rebuild path measured: median under 100 ms. */
export function watchTargets(rows) {
  return rows.map((w) =>
    target(
      w.stats.median < LIMITS.watchMs,
      `watch rebuild of the sample (${w.mode}): median ${fmtMs(w.stats.median)} of ${w.stats.n} (target < ${LIMITS.watchMs} ms)`,
    ),
  );
}

const signed = (share) => `${share >= 0 ? '+' : '−'}${Math.abs(share * 100).toFixed(1)}%`;

/** "stage 1.20 s (20%), …" for the stages of at least 0.5% of the sampled time. */
function stageList(stages) {
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  const parts = Object.entries(stages)
    .filter(([, ms]) => ms >= total * 0.005)
    .map(([stage, ms]) => `${stage} ${fmtMs(ms)} (${((ms / total) * 100).toFixed(0)}%)`);
  return `${fmtMs(total)} sampled: ${parts.join(', ')}`;
}

function caseInfo({ c, whole, warm, bareWarm, stages, cold }) {
  const lines = [
    info(
      `${c.name}: CPU time (user+sys) ${fmtMs(whole.cli.stats.cpu)} vs ${fmtMs(whole.bare.stats.cpu)} = ${fmtRatio(whole.cli.stats.cpu / whole.bare.stats.cpu)}; ` +
        `against the bare script with only the recorded pptxgenjs calls (no placeholder text) ${fmtMs(whole.callsOnly.stats.median)} = ${fmtRatio(whole.cli.stats.median / whole.callsOnly.stats.median)}`,
    ),
    info(
      `${c.name}: warm in-process build ${fmtMs(warm.stats.median)} vs bare ${fmtMs(bareWarm.stats.median)} = ${fmtRatio(warm.stats.median / bareWarm.stats.median)}; ` +
        `start-up, loading and first-run costs (CLI − warm) ${fmtMs(whole.cli.stats.median - warm.stats.median)} vs bare ${fmtMs(whole.bare.stats.median - bareWarm.stats.median)}`,
    ),
    info(
      `${c.name}: deck ${fmtBytes(whole.cli.bytes)} vs pptxgenjs' compressed ${fmtBytes(whole.bare.bytes)} (${signed(whole.cli.bytes / whole.bare.bytes - 1)}); ` +
        `slide text: briefdeck ${c.text.chars} characters in ${c.text.runs} runs, bare ${whole.bare.text.chars} in ${whole.bare.text.runs}`,
    ),
  ];
  if (cold) lines.push(info(`${c.name}: where one CLI process spends its time (${fmtMs(cold.ms)}, CPU profile): ${stageList(cold.stages)}`));
  if (stages)
    lines.push(info(`${c.name}: where a warm ${stages.slides}-slide build in one process spends its time (CPU profile): ${stageList(stages.stages)}`));
  return lines;
}

export function infoLines(results, batch) {
  const lines = results.flatMap(caseInfo);
  if (batch && !batch.why) {
    lines.push(info(`build DIR: ${batch.description}`));
    lines.push(
      info(
        `build DIR: CPU time ${fmtMs(batch.parallel.stats.cpu)} (default jobs) vs ${fmtMs(batch.serial.stats.cpu)} (--jobs 1); peak RSS ${fmtKB(batch.parallel.maxRssKB)} vs ${fmtKB(batch.serial.maxRssKB)}; ` +
          `${batch.decks} decks, ${batch.same ? 'the same bytes both ways' : 'NOT the same bytes as with --jobs 1'}`,
      ),
    );
  }
  return lines;
}
