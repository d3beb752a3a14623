// `npm run bench:worst`: writes ~1 MiB briefs of every worst-case shape and reports time and peak RSS of `check` and `build`.
// Target: each brief builds in under 30 s within 1.5 GiB, or is refused in under 2 s with a positioned message; check under 2 s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { briefYaml, generateBrief } from './generate.js';
import { worstCases } from './shapes.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'briefdeck.js');
const { values: opts } = parseArgs({
  options: {
    bytes: { type: 'string', default: String(1024 * 1024 - 2048) },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '120' },
  },
});
const LIMITS = { buildMs: 30_000, refuseMs: 2_000, checkMs: 2_000, rssKB: 1.5 * 1024 * 1024 };

/** Runs the CLI under /usr/bin/time: wall time, peak RSS, exit code and the last line of output. */
function run(args, tmp) {
  const usage = join(tmp, 'usage.txt');
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', usage, process.execPath, CLI, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: Number(opts.timeout) * 1000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = performance.now() - started;
  let [rssKB, cpuMs] = [NaN, NaN];
  try {
    const [rss, user, sys] = readFileSync(usage, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
    [rssKB, cpuMs] = [rss, (user + sys) * 1000];
  } catch {
    /* killed by the timeout */
  }
  const output = `${child.stdout}${child.stderr}`.trim().split('\n');
  const stackTrace = /^\s+at .+:\d+:\d+\)?$/m.test(child.stderr) || /internal error/.test(child.stderr);
  return { ms, cpuMs, rssKB, code: child.status ?? 'killed', first: output[0] ?? '', last: output[output.length - 1] ?? '', stackTrace };
}

const fmt = (r) => `${(r.ms / 1000).toFixed(2)} s (cpu ${(r.cpuMs / 1000).toFixed(2)} s) ${(r.rssKB / 1024).toFixed(0)} MiB exit ${r.code}`;

function verdict(check, build) {
  const bad = [];
  if (check.ms > LIMITS.checkMs) bad.push('check too slow');
  if (check.stackTrace || build.stackTrace) bad.push('stack trace');
  if (build.rssKB > LIMITS.rssKB || Number.isNaN(build.rssKB)) bad.push('too much memory');
  if (build.code === 0 && build.ms > LIMITS.buildMs) bad.push('build too slow');
  if (build.code !== 0 && build.ms > LIMITS.refuseMs) bad.push('refusal too slow');
  if (build.code !== 0 && build.code !== 1) bad.push(`exit ${build.code}`);
  return bad.length ? `FAIL (${bad.join(', ')})` : 'PASS';
}

const tmp = mkdtempSync(join(tmpdir(), 'briefdeck-worst-'));
const bytes = Number(opts.bytes);
const cases = { ...worstCases(bytes), 'generated (bench/generate.js)': () => generatedOfSize(bytes) };
const rows = [];
for (const [name, make] of Object.entries(cases)) {
  if (opts.only && !name.includes(opts.only)) continue;
  const text = make();
  const file = join(tmp, `${name.replace(/\W+/g, '-')}.yaml`);
  writeFileSync(file, text);
  const check = run(['check', file], tmp);
  const build = run(['build', file, '-o', join(tmp, 'out')], tmp);
  const row = { name, kib: Buffer.byteLength(text) / 1024, check, build, verdict: verdict(check, build) };
  rows.push(row);
  process.stdout.write(
    `${name.padEnd(32)} ${row.kib.toFixed(0).padStart(5)} KiB  check ${fmt(check).padEnd(40)} build ${fmt(build).padEnd(40)} ${row.verdict}\n`,
  );
  if (build.code !== 0 || row.verdict !== 'PASS') process.stdout.write(`    ${build.code === 0 ? build.last : build.first}\n`.slice(0, 400));
}
const slowest = (key) => rows.reduce((a, b) => (b[key].ms > a[key].ms ? b : a));
const largest = (key) => rows.reduce((a, b) => (b[key].rssKB > a[key].rssKB ? b : a));
process.stdout.write(
  `\nslowest check: ${slowest('check').name} (${fmt(slowest('check').check)}); largest check: ${largest('check').name} (${fmt(largest('check').check)})\n`,
);
process.stdout.write(
  `slowest build: ${slowest('build').name} (${fmt(slowest('build').build)}); largest build: ${largest('build').name} (${fmt(largest('build').build)})\n`,
);
process.stdout.write(`${rows.filter((r) => r.verdict === 'PASS').length} of ${rows.length} PASS\n`);
if (!opts.keep) rmSync(tmp, { recursive: true, force: true });
else process.stdout.write(`briefs kept in ${tmp}\n`);

/** The benchmark's realistic brief, with as many topics as fit in `bytes`. */
function generatedOfSize(size) {
  const perTopic = Buffer.byteLength(briefYaml(generateBrief(100))) / 100;
  let topics = Math.floor(size / perTopic);
  let text = briefYaml(generateBrief(topics));
  while (Buffer.byteLength(text) > size) text = briefYaml(generateBrief((topics = Math.floor(topics * 0.97))));
  return text;
}
