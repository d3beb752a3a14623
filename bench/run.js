// `npm run bench`: briefdeck vs a bare pptxgenjs script on the sample brief and generated 100- and 1,000-slide briefs.
// Prints a table (wall time median, CPU, peak RSS, file size) and one PASS/FAIL line per target. Exits 0 unless it crashes.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';
import { briefYaml, generateBrief } from './generate.js';
import { runNode, runWorker, usageSource } from './process.js';
import { fmtBytes, fmtMs, median, summarise, table, target } from './report.js';
import { recordDeck } from './spec.js';
import { watchCliRebuilds } from './watch.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'briefdeck.js');
const BARE = join(ROOT, 'bench', 'bare-pptxgenjs.js');
const SAMPLE = join(ROOT, 'briefs', 'china-nato-8th-dialogue.yaml');

const { values: opts } = parseArgs({
  options: { runs: { type: 'string' }, quick: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } },
});
const runsFor = (normal) => Number(opts.runs ?? (opts.quick ? Math.min(3, normal) : normal));
const log = (text) => process.stderr.write(`${text}\n`);

/** Topics for about `target` slides: generate, plan, rescale (the planner decides how many continuation slides there are). */
function calibrate(target, plan) {
  let topics = Math.round(target / 1.6);
  for (let round = 0; round < 3; round++) {
    const slides = plan(generateBrief(topics)).length;
    if (Math.abs(slides - target) <= target * 0.03) break;
    topics = Math.max(1, Math.round((topics * target) / slides));
  }
  return topics;
}

/** Writes the generated briefs and, for every brief, the pptxgenjs calls briefdeck makes for it (for the bare script). */
async function prepare(tmpDir) {
  const { loadBrief, briefFromText } = await import(join(ROOT, 'dist', 'brief', 'load.js'));
  const { loadTemplates } = await import(join(ROOT, 'dist', 'templates', 'render.js'));
  const { buildDeck, planBrief } = await import(join(ROOT, 'dist', 'pipeline.js'));
  const { DEFAULT_TEMPLATES } = await import(join(ROOT, 'dist', 'files.js'));
  const templates = loadTemplates(DEFAULT_TEMPLATES);
  const planOf = (brief) => planBrief(briefFromText(briefYaml(brief), 'generated.yaml'), templates).slides;
  const cases = [
    { name: 'sample', file: SAMPLE, runs: runsFor(9) },
    { name: '~100 slides', target: 100, runs: runsFor(5) },
    { name: '~1,000 slides', target: 1000, runs: runsFor(3) },
  ];
  for (const c of cases) {
    if (c.target) {
      const topics = calibrate(c.target, planOf);
      c.file = join(tmpDir, `generated-${topics}-topics.yaml`);
      writeFileSync(c.file, briefYaml(generateBrief(topics)));
    }
    const loaded = await loadBrief(c.file);
    const spec = await recordDeck(() => buildDeck(loaded, templates));
    c.slides = spec.slides;
    c.spec = join(tmpDir, `${c.name.replace(/\W+/g, '')}.json`);
    writeFileSync(c.spec, JSON.stringify(spec));
  }
  return cases;
}

/** Whole processes, briefdeck and bare alternating so that load from other programs hits both alike. */
function processRuns(c, env) {
  const cli = [];
  const bare = [];
  const bareOut = join(env.outDir, `${c.name.replace(/\W+/g, '')}.bare-cli.pptx`);
  for (let i = 0; i < c.runs; i++) {
    cli.push(runNode([CLI, 'build', c.file, '-o', env.outDir], env));
    bare.push(runNode([BARE, c.spec, bareOut], env));
  }
  const deck = join(
    env.outDir,
    `${c.file
      .split('/')
      .pop()
      .replace(/\.ya?ml$/, '')}.pptx`,
  );
  return {
    cli: { stats: summarise(cli), maxRssKB: Math.max(...cli.map((r) => r.maxRssKB)), bytes: statSync(deck).size },
    bare: { stats: summarise(bare), maxRssKB: Math.max(...bare.map((r) => r.maxRssKB)), bytes: statSync(bareOut).size, file: bareOut },
  };
}

/** pptxgenjs' parts zipped by briefdeck's writer: separates compression from the content briefdeck's fix-ups add. */
async function rezip(file) {
  const { zipEntries } = await import(join(ROOT, 'dist', 'pptx', 'zip.js'));
  const parts = unzipSync(readFileSync(file));
  const names = Object.keys(parts)
    .filter((name) => !name.endsWith('/'))
    .sort();
  return zipEntries(
    names.map((name) => [name, parts[name]]),
    new Date(1980, 0, 1, 12),
  ).length;
}

async function benchCase(c, env) {
  log(`bench: ${c.name} (${c.slides} slides), ${c.runs} runs each…`);
  const inproc = runWorker(['build', c.file, env.outDir, String(c.runs)], env);
  const bareIn = runWorker(['bare', c.spec, env.outDir, String(c.runs)], env);
  const whole = processRuns(c, env);
  const rezipped = await rezip(whole.bare.file);
  const row = (runner, mode, r) => ({ brief: c.name, slides: c.slides, runner, mode, ...r });
  return {
    c,
    whole,
    rezipped,
    rows: [
      row('briefdeck', 'CLI process', whole.cli),
      row('bare pptxgenjs', 'process', whole.bare),
      row('briefdeck', 'in-process (warm)', { stats: summarise(inproc.samples), maxRssKB: inproc.maxRssKB, bytes: inproc.bytes }),
      row('bare pptxgenjs', 'in-process (warm)', { stats: summarise(bareIn.samples), maxRssKB: bareIn.maxRssKB, bytes: bareIn.bytes }),
    ],
  };
}

async function watchRows(env) {
  const rows = [];
  const direct = runWorker(['build', SAMPLE, env.outDir, String(runsFor(21))], env);
  rows.push({
    brief: 'sample',
    slides: direct.slides,
    runner: 'watch rebuild',
    mode: 'load→build→write, warm',
    stats: summarise(direct.samples),
    maxRssKB: direct.maxRssKB,
    bytes: direct.bytes,
  });
  const api = runWorker(['watch', SAMPLE, '', String(runsFor(11))], env);
  if (api.samples.length)
    rows.push({ brief: 'sample', slides: api.slides, runner: 'watch rebuild', mode: 'save→deck, watchBriefs()', stats: summarise(api.samples) });
  const help = runNode([CLI, '--help'], env);
  const hasWatch = /^\s+watch\s/m.test(help.stdout + help.stderr);
  const cli = hasWatch
    ? await watchCliRebuilds(SAMPLE, env.tmpDir, runsFor(11)).catch((e) => {
        log(`bench: briefdeck watch failed: ${e.message}`);
      })
    : undefined;
  if (cli) rows.push({ brief: 'sample', slides: direct.slides, runner: 'watch rebuild', mode: 'save→deck, `briefdeck watch`', stats: summarise(cli) });
  return rows;
}

function measureShare(c, env) {
  log(`bench: measurement and pagination on ${c.name}…`);
  const m = runWorker(['measure', c.file, '', String(Math.max(3, c.runs))], env);
  const real = median(m.withReal.map((s) => s.ms));
  const stub = median(m.withStub.map((s) => s.ms));
  const total = Object.values(m.stages).reduce((a, b) => a + b, 0);
  return { real, stub, added: real / stub - 1, planShare: m.stages['measure+paginate'] / total, slidesStub: m.withStub[0].result, stages: m.stages };
}

const signed = (share) => `${share >= 0 ? '+' : '−'}${Math.abs(share * 100).toFixed(Math.abs(share) < 0.01 ? 2 : Math.abs(share) < 0.1 ? 1 : 0)}%`;

function targets(results, measured, watch) {
  const [sample, , big] = results;
  const ratio = sample.whole.cli.stats.median / sample.whole.bare.stats.median;
  const lines = [
    target(
      ratio <= 1.3,
      `CLI on the sample brief within 1.3× the bare pptxgenjs script (whole processes): ${fmtMs(sample.whole.cli.stats.median)} vs ${fmtMs(sample.whole.bare.stats.median)} = ${ratio.toFixed(2)}×`,
    ),
    target(
      big.whole.cli.stats.median < 3000,
      `${big.c.slides} slides under 3 s (whole CLI process): ${fmtMs(big.whole.cli.stats.median)} (in-process ${fmtMs(big.rows[2].stats.median)})`,
    ),
    ...results.map((r) =>
      target(
        r.whole.cli.bytes <= r.whole.bare.bytes,
        `${r.c.name}: output no larger than compressed pptxgenjs: ${fmtBytes(r.whole.cli.bytes)} vs ${fmtBytes(r.whole.bare.bytes)} (${signed(r.whole.cli.bytes / r.whole.bare.bytes - 1)}; pptxgenjs' own parts through briefdeck's zip writer: ${fmtBytes(r.rezipped)})`,
      ),
    ),
    target(
      measured.added <= 0.2,
      `measurement+pagination adds ≤ 20% to the ${big.c.slides}-slide build: ${fmtMs(measured.real)} with the font measurer vs ${fmtMs(measured.stub)} with a constant-width stub (${measured.slidesStub} slides) = ${signed(measured.added)}; the measure+paginate stage is ${(measured.planShare * 100).toFixed(0)}% of the build`,
    ),
    ...watch.map((w) => target(w.stats.median < 150, `watch rebuild of the sample brief under 150 ms (${w.mode}): median ${fmtMs(w.stats.median)}`)),
  ];
  return lines.join('\n');
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm ci does it) first');
  const tmpDir = mkdtempSync(join(tmpdir(), 'briefdeck-bench-'));
  const env = { tmpDir, outDir: join(tmpDir, 'out'), cwd: ROOT };
  mkdirSync(env.outDir);
  try {
    log(
      `bench: node ${process.version}, ${cpus().length} CPU(s), load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}; memory from ${usageSource}`,
    );
    const cases = await prepare(tmpDir);
    const results = [];
    for (const c of cases) results.push(await benchCase(c, env));
    const measured = measureShare(cases[2], env);
    const watch = await watchRows(env);
    console.log(
      `\nbriefdeck benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average at end ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
    );
    console.log(table([...results.flatMap((r) => r.rows), ...watch]));
    console.log(
      `\nWhere the ${cases[2].slides}-slide build spends its time (one warm run): ${Object.entries(measured.stages)
        .map(([k, v]) => `${k} ${fmtMs(v)}`)
        .join(', ')}\n`,
    );
    console.log(targets(results, measured, watch));
  } finally {
    if (opts.keep) log(`bench: files kept in ${tmpDir}`);
    else rmSync(tmpDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench: crashed: ${e?.stack ?? e}\n`);
  process.exitCode = 1;
});
