// `npm run bench`: issue 12's targets, each against a bare pptxgenjs script making the same slides in the same run
// (whole processes pinned with taskset where it exists, alternating runs, medians). Prints a table, PASS/FAIL per
// target and information lines. A benchmark, not a test: exits 0 unless it crashes.
// Options: --quick (3 runs a case), --runs N, --only sample,1000,batch,watch, --keep (keep the temporary files).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { batchBriefs, generatedBrief, recordSpecs } from './prepare.js';
import { pinning, runNode, runWorker, usageSource } from './process.js';
import { summarise, table } from './report.js';
import { slideTextStats } from './slide-text.js';
import { stagesOfProfileDir } from './stages.js';
import { batchTarget, infoLines, versusBareTargets, watchTargets } from './summary.js';
import { watchCliRebuilds } from './watch.js';
import { batchRuns, hasJobsOption } from './batch.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'briefdeck.js');
const BARE = join(ROOT, 'bench', 'bare-pptxgenjs.js');
const SAMPLE = join(ROOT, 'briefs', 'china-nato-8th-dialogue.yaml');
const CASES = ['sample', '1000', 'batch', 'watch'];

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const only = opts.only ? opts.only.split(',').map((name) => name.trim()) : CASES;
const unknown = only.filter((name) => !CASES.includes(name));
if (unknown.length) {
  process.stderr.write(`bench: --only: unknown case ${unknown.join(', ')} (cases: ${CASES.join(', ')})\n`);
  process.exit(2);
}
const runsFor = (normal) => Number(opts.runs ?? (opts.quick ? Math.min(3, normal) : normal));
const log = (text) => process.stderr.write(`${text}\n`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Whole processes on one CPU: briefdeck's CLI, the bare script with the same slides, the bare script with the recorded calls only — in turn, each run starting with the next one. */
function processRuns(c, env, cpu) {
  const runs = { cli: [], bare: [], callsOnly: [] };
  const out = (kind) => join(env.outDir, `${c.key}.${kind}.pptx`);
  const commands = {
    cli: [CLI, 'build', c.file, '-o', env.outDir],
    bare: [BARE, c.spec, out('bare')],
    callsOnly: [BARE, c.callsOnly, out('calls-only')],
  };
  const kinds = Object.keys(commands);
  for (let i = 0; i < c.runs; i++) {
    for (const kind of [...kinds.slice(i % kinds.length), ...kinds.slice(0, i % kinds.length)]) runs[kind].push(runNode(commands[kind], env, cpu));
  }
  const deck = join(env.outDir, basename(c.file).replace(/\.ya?ml$/, '.pptx'));
  const result = (samples, file) => ({ stats: summarise(samples), maxRssKB: Math.max(...samples.map((r) => r.maxRssKB)), bytes: statSync(file).size });
  const bare = { ...result(runs.bare, out('bare')), text: slideTextStats(readFileSync(out('bare'))) };
  return { cli: result(runs.cli, deck), bare, callsOnly: result(runs.callsOnly, out('calls-only')) };
}

/** One more CLI process, under --cpu-prof: where a cold build's time goes, module loading included. */
function coldStages(c, env, pin) {
  const dir = join(env.tmpDir, `profile-${c.key}`);
  const run = runNode(['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '250', CLI, 'build', c.file, '-o', env.outDir], env, pin.one);
  return { ms: run.ms, stages: stagesOfProfileDir(dir) };
}

/** One case against the bare script: whole processes, then warm in-process builds (and the 1,000-slide stage breakdown). */
function versusBare(c, env, pin) {
  log(`bench: ${c.name} (${c.slides} slides), ${c.runs} runs each…`);
  const whole = processRuns(c, env, pin.one);
  const warm = runWorker(['build', c.file, env.outDir, String(c.runs)], env, pin.one);
  const bareWarm = runWorker(['bare', c.spec, env.outDir, String(c.runs)], env, pin.one);
  const stages = c.stages ? runWorker(['stages', c.file, env.outDir, String(Math.min(2, c.runs))], env, pin.one) : undefined;
  const cold = coldStages(c, env, pin);
  const row = (runner, mode, r) => ({ brief: c.name, slides: c.slides, runner, mode, ...r });
  const warmRow = (w) => ({ stats: summarise(w.samples), maxRssKB: w.maxRssKB, bytes: w.bytes });
  return {
    c,
    whole,
    warm: warmRow(warm),
    bareWarm: warmRow(bareWarm),
    stages,
    cold,
    rows: [
      row('briefdeck', 'CLI process', whole.cli),
      row('bare pptxgenjs', 'process, same slides', whole.bare),
      row('bare pptxgenjs', 'process, recorded calls only', whole.callsOnly),
      row('briefdeck', 'in-process (warm)', warmRow(warm)),
      row('bare pptxgenjs', 'in-process (warm)', warmRow(bareWarm)),
    ],
  };
}

/** 16 briefs in one `build DIR` on two CPUs, default jobs vs --jobs 1; undefined fields say why it was not measured. */
async function batchCase(env, pin) {
  if (pin.count < 2) return { why: 'only one CPU is available' };
  if (!hasJobsOption(CLI, env)) return { why: 'build has no --jobs' };
  const { folder, description } = await batchBriefs(env.tmpDir);
  const runs = runsFor(5);
  log(`bench: build DIR of ${description}, ${runs} runs each way…`);
  return { description, runs, ...batchRuns(CLI, folder, runs, env, pin.two) };
}

async function watchCase(env, pin) {
  log('bench: watch rebuilds of the sample…');
  const rows = [];
  const row = (mode, r, slides) => ({
    brief: 'sample',
    slides,
    runner: 'watch rebuild',
    mode,
    stats: summarise(r.samples),
    maxRssKB: r.maxRssKB,
    bytes: r.bytes,
  });
  const direct = runWorker(['build', SAMPLE, env.outDir, String(runsFor(21))], env, pin.one);
  rows.push(row('load→build→write, warm in-process', direct, direct.slides));
  const api = runWorker(['watch', SAMPLE, '', String(runsFor(11))], env, pin.one);
  if (api.samples.length) rows.push(row('save→deck, watchBriefs()', { samples: api.samples }, api.slides));
  const help = runNode([CLI, '--help'], env);
  if (/^\s+watch\s/m.test(help.stdout + help.stderr)) {
    const cli = await watchCliRebuilds(SAMPLE, env.tmpDir, runsFor(11), pin.one).catch((e) => log(`bench: briefdeck watch failed: ${e.message}`));
    if (cli) rows.push(row('save→deck, `briefdeck watch`', { samples: cli }, direct.slides));
  }
  return rows;
}

/** Runs one case; a crash is logged and remembered (the report names it and the bench exits 1) while the other cases go on. */
const crashes = [];
async function attempt(name, fn) {
  try {
    return await fn();
  } catch (e) {
    log(`bench: ${name} crashed: ${e?.stack ?? e}`);
    crashes.push(`ERROR  ${name}: crashed: ${String(e?.message ?? e).split('\n')[0]}`);
    return undefined;
  }
}

/** The sample and ~1,000-slide cases with their briefs and bare specs, as --only asks. */
async function prepareCases(env) {
  const cases = [];
  if (only.includes('sample')) cases.push({ key: 'sample', name: 'sample', file: () => SAMPLE, runs: runsFor(9) });
  if (only.includes('1000')) cases.push({ key: 'big', name: '~1,000 slides', file: () => generatedBrief(1000, env.tmpDir), runs: runsFor(5), stages: true });
  const prepared = [];
  for (const c of cases) {
    if (c.key === 'big') log('bench: generating a brief of about 1,000 slides…');
    const ready = await attempt(c.name, async () => {
      const file = await c.file();
      return { ...c, file, ...(await recordSpecs(file, env.tmpDir, c.key)) };
    });
    if (ready) prepared.push(ready);
  }
  return prepared;
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` (npm ci does it) first');
  const tmpDir = mkdtempSync(join(tmpdir(), 'briefdeck-bench-'));
  const env = { tmpDir, outDir: join(tmpDir, 'out'), cwd: ROOT, env: { NO_COLOR: '1' } };
  mkdirSync(env.outDir);
  const pin = pinning();
  try {
    log(`bench: node ${process.version}, ${cpus().length} CPU(s), load average ${load()}; ${pin.note}; memory from ${usageSource}`);
    const results = [];
    for (const c of await prepareCases(env)) results.push(await attempt(c.name, () => versusBare(c, env, pin)));
    const batch = only.includes('batch') ? await attempt('build DIR', () => batchCase(env, pin)) : undefined;
    const watch = (only.includes('watch') && (await attempt('watch', () => watchCase(env, pin)))) || [];
    console.log(`\nbriefdeck benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average at end ${load()}`);
    console.log(`${pin.note}; medians; memory is peak RSS (${usageSource})\n`);
    const rows = [...results.filter(Boolean).flatMap((r) => r.rows), ...watch];
    if (rows.length) console.log(table(rows));
    console.log('\nTargets (issue 12):');
    const measured = results.filter(Boolean);
    const lines = [...measured.flatMap((r) => versusBareTargets(r, pin)), ...(batch ? [batchTarget(batch, pin)] : []), ...watchTargets(watch), ...crashes];
    console.log(lines.join('\n'));
    console.log('\nInformation (not targets):');
    console.log(infoLines(measured, batch).join('\n'));
    if (crashes.length) process.exitCode = 1;
  } finally {
    if (opts.keep) log(`bench: files kept in ${tmpDir}`);
    else rmSync(tmpDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench: crashed: ${e?.stack ?? e}\n`);
  process.exitCode = 1;
});
