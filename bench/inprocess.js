// Benchmark worker, run as a child process per case: times warm builds inside one Node process and prints JSON.
// It uses only briefdeck's public API (dist/index.js), so files moving inside dist/ do not break it.
// Usage: node bench/inprocess.js MODE INPUT OUTDIR RUNS
//   build   INPUT=brief.yaml  load → build → atomic write, templates and fonts loaded once (the watch rebuild path)
//   bare    INPUT=spec.json   the bare pptxgenjs script's buildBare(), then write
//   stages  INPUT=brief.yaml  where a warm build spends its time, stage by stage (bench/stages.js)
//   watch   INPUT=brief.yaml  save → new deck on disk through the real watcher (dist/watch/measure.js), if it exists
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileStages } from './stages.js';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const api = () => import(join(ROOT, 'dist', 'index.js'));

const cpuMs = (start) => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
};

async function timed(fn) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, cpuMs: cpuMs(cpu), result };
}

/** One warm-up run (first-use costs such as JIT and font tables are start-up, not rebuild), then `runs` timed runs. */
async function warmRuns(once, runs) {
  const first = await once();
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await timed(once));
  return { samples, ...first };
}

/** The watch rebuild path: everything from reading the brief to the deck renamed into place. */
async function briefBuilder(brief, outDir) {
  const { loadBrief, loadTemplates, buildDeck, writeAtomic, DEFAULT_TEMPLATES } = await api();
  const templates = loadTemplates(DEFAULT_TEMPLATES);
  const output = join(outDir, basename(brief).replace(/\.ya?ml$/, '.pptx'));
  return async () => {
    const deck = await buildDeck(await loadBrief(brief), templates);
    await writeAtomic(output, deck.bytes);
    return { slides: deck.slides.length, bytes: deck.bytes.length };
  };
}

async function buildRuns(brief, outDir, runs) {
  return warmRuns(await briefBuilder(brief, outDir), runs);
}

async function bareRuns(specFile, outDir, runs) {
  const { buildBare } = await import('./bare-pptxgenjs.js');
  const spec = JSON.parse(readFileSync(specFile, 'utf8'));
  const output = join(outDir, basename(specFile).replace(/\.json$/, '.bare.pptx'));
  const once = async () => {
    const bytes = await buildBare(spec);
    writeFileSync(output, bytes);
    return { slides: spec.slides, bytes: bytes.length };
  };
  return warmRuns(once, runs);
}

async function stageRuns(brief, outDir, runs) {
  const once = await briefBuilder(brief, outDir);
  const { slides } = await once();
  const started = performance.now();
  const stages = await profileStages(once, runs);
  return { slides, ms: (performance.now() - started) / runs, stages };
}

async function watchRuns(brief, runs) {
  const file = join(ROOT, 'dist', 'watch', 'measure.js');
  if (!existsSync(file)) return { samples: [] };
  const { measureRebuild } = await import(file);
  const timing = await measureRebuild(brief, { runs });
  return { samples: timing.samples.map((ms) => ({ ms })), slides: timing.slides };
}

const MODES = {
  build: buildRuns,
  bare: bareRuns,
  stages: stageRuns,
  watch: (input, _out, runs) => watchRuns(input, runs),
};
const [mode, input, outDir, runsText] = process.argv.slice(2);
if (!MODES[mode]) throw new Error(`unknown mode ${mode}`);
const result = await MODES[mode](input, outDir, Number(runsText ?? 5));
process.stdout.write(`${JSON.stringify({ ...result, maxRssKB: process.resourceUsage().maxRSS })}\n`);
process.exit(0); // done: do not wait on handles a library left open (this is a benchmark worker, not the CLI)
