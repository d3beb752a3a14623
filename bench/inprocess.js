// Benchmark worker, run as a child process per case: times warm builds inside one Node process and prints JSON.
// Usage: node bench/inprocess.js MODE INPUT OUTDIR RUNS
//   build   INPUT=brief.yaml  load → build → atomic write, templates and fonts loaded once (the watch rebuild path)
//   bare    INPUT=spec.json   the bare pptxgenjs script's buildBare(), then write
//   measure INPUT=brief.yaml  builds with the real measurer and with a constant-width stub, alternating, plus stage times
//   watch   INPUT=brief.yaml  save → new deck on disk through the real watcher (src/watch/measure.ts), if it exists
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const dist = (path) => import(join(ROOT, 'dist', path));

/**
 * A trivial Measurer: every character is half an em wide, lines are 1.2 em; words wrap greedily. Pagination still runs.
 * It caches its answers per run list as the real measurer does, so the comparison counts font metrics, not caching.
 */
const stubCache = new WeakMap();
function stubLines(runs, width, fontSize) {
  const perLine = Math.max(1, Math.floor(width / (0.5 * fontSize)));
  const lines = [];
  let used = 0;
  const flush = () => {
    lines.push({ text: '', width: used * 0.5 * fontSize, height: fontSize * 1.2 });
    used = 0;
  };
  for (const run of runs) {
    if (run.breakBefore && (used || lines.length)) flush();
    for (const word of run.text.split(' ')) {
      if (used && used + 1 + word.length > perLine) flush();
      used += (used ? 1 : 0) + word.length;
    }
  }
  if (used || !lines.length) flush();
  return lines;
}

export const stubMeasurer = {
  width: (text, fontSize) => text.length * 0.5 * fontSize,
  lineHeight: (fontSize) => fontSize * 1.2,
  lines(runs, width, fontSize) {
    const key = `${width}|${fontSize}`;
    let byKey = stubCache.get(runs);
    if (!byKey) stubCache.set(runs, (byKey = new Map()));
    let lines = byKey.get(key);
    if (!lines) byKey.set(key, (lines = stubLines(runs, width, fontSize)));
    return lines;
  },
  height(runs, width, fontSize) {
    return this.lines(runs, width, fontSize).reduce((sum, line) => sum + line.height, 0);
  },
  wrap(runs, width, fontSize) {
    return this.lines(runs, width, fontSize).map((line) => line.text);
  },
};

/** The stub must offer every method the real measurer has, or the comparison would crash (or cheat) deep in the planner. */
function checkStub(real) {
  const missing = Object.keys(real).filter((name) => typeof real[name] === 'function' && typeof stubMeasurer[name] !== 'function');
  if (missing.length) throw new Error(`bench/inprocess.js: the Measurer interface has new methods the stub lacks: ${missing.join(', ')}`);
}

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

async function buildRuns(brief, outDir, runs) {
  const { loadBrief } = await dist('brief/load.js');
  const { loadTemplates } = await dist('templates/render.js');
  const { buildDeck } = await dist('pipeline.js');
  const { writeAtomic } = await dist('write.js');
  const { DEFAULT_TEMPLATES } = await dist('files.js');
  const templates = loadTemplates(DEFAULT_TEMPLATES);
  const output = join(outDir, basename(brief).replace(/\.ya?ml$/, '.pptx'));
  const once = async () => {
    const deck = await buildDeck(await loadBrief(brief), templates);
    await writeAtomic(output, deck.bytes);
    return { slides: deck.slides.length, bytes: deck.bytes.length };
  };
  await once(); // warm-up: first-use costs (JIT, font tables) are start-up, not rebuild
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await timed(once));
  return { samples, ...samples[0].result, output };
}

async function bareRuns(specFile, outDir, runs) {
  const { buildBare } = await import('./bare-pptxgenjs.js');
  const spec = JSON.parse(readFileSync(specFile, 'utf8'));
  const output = join(outDir, basename(specFile).replace(/\.json$/, '.bare.pptx'));
  const once = async () => {
    const bytes = await buildBare(spec);
    writeFileSync(output, bytes);
    return { slides: spec.slides.length, bytes: bytes.length };
  };
  await once();
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await timed(once));
  return { samples, ...samples[0].result, output };
}

/** Real measurer vs stub, alternating so machine load hits both alike; plus where the time goes, stage by stage. */
async function measureRuns(brief, runs) {
  const { loadBrief } = await dist('brief/load.js');
  const { loadTemplates } = await dist('templates/render.js');
  const { buildDeck, defaultMeasurer } = await dist('pipeline.js');
  const { DEFAULT_TEMPLATES } = await dist('files.js');
  const templates = loadTemplates(DEFAULT_TEMPLATES);
  const loaded = await loadBrief(brief);
  const real = defaultMeasurer();
  checkStub(real);
  const build = (measurer) => async () => (await buildDeck(loaded, templates, measurer)).slides.length;
  await build(real)();
  await build(stubMeasurer)();
  const withReal = [];
  const withStub = [];
  for (let i = 0; i < runs; i++) {
    withReal.push(await timed(build(real)));
    withStub.push(await timed(build(stubMeasurer)));
  }
  return { withReal, withStub, stages: await stageTimes(loaded, templates, real) };
}

async function stageTimes(loaded, templates, measurer) {
  const { parseMarkup } = await dist('slides/markup.js');
  const { planSlides } = await dist('slides/paginate.js');
  const { renderDeck } = await dist('pptx/render.js');
  const { packageDeck } = await dist('pptx/package.js');
  const { documentDate } = await dist('pipeline.js');
  const stages = {};
  let t = performance.now();
  const lap = (name) => {
    const now = performance.now();
    stages[name] = now - t;
    t = now;
  };
  const markup = templates.render(loaded.brief);
  lap('templates');
  const slides = parseMarkup(markup, templates.dir);
  lap('markup');
  const plan = planSlides(slides, templates.theme, measurer, loaded.file);
  lap('measure+paginate');
  const pptx = renderDeck({ brief: loaded.brief, slides: plan.slides, theme: templates.theme });
  lap('pptxgenjs objects');
  const fonts = templates.theme.fonts;
  await packageDeck(pptx, {
    date: documentDate(loaded.brief),
    company: loaded.brief.prepared_by,
    slideCount: plan.slides.length,
    eastAsianFont: fonts.eastAsian,
    complexScriptFont: fonts.complexScript,
  });
  lap('xml+fix-ups+zip');
  return stages;
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
  measure: (input, _out, runs) => measureRuns(input, runs),
  watch: (input, _out, runs) => watchRuns(input, runs),
};
const [mode, input, outDir, runsText] = process.argv.slice(2);
if (!MODES[mode]) throw new Error(`unknown mode ${mode}`);
const result = await MODES[mode](input, outDir, Number(runsText ?? 5));
process.stdout.write(`${JSON.stringify({ ...result, maxRssKB: process.resourceUsage().maxRSS })}\n`);
process.exit(0); // done: do not wait on handles a library left open (this is a benchmark worker, not the CLI)
