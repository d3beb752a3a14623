// Where a build spends its time, from a CPU profile: each sample goes to the innermost pipeline step on its stack,
// found by function name (or by package, for pptxgenjs, zlib and Node's module loader). A renamed step falls into
// "other", never a crash.
import { readdirSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

const BRIEF = 'brief: read, parse, validate';
const PACKAGE = 'package fix-ups';
const PROFILER = 'profiler';

/** [stage, test of a profile call frame]: the innermost frame on a sample's stack that passes one decides its stage. */
const RULES = [
  ['GC', (f) => f.functionName === '(garbage collector)'],
  ['idle (waiting for I/O)', (f) => f.functionName === '(idle)'],
  ['V8 (program)', (f) => f.functionName === '(program)'],
  [PROFILER, (f) => f.url.startsWith('node:inspector')],
  ['loading modules', (f) => f.url.startsWith('node:internal/modules/') || f.url === 'node:vm' || f.functionName === 'runInThisContext'],
  ['zip', (f) => f.url === 'node:zlib' || /^zip(Entries|Deterministic)$/.test(f.functionName)],
  ['pptxgenjs', (f) => f.url.includes('/node_modules/pptxgenjs/')],
  ['write', (f) => f.functionName === 'writeAtomic'],
  [BRIEF, (f) => ['loadBrief', 'briefFromText', 'readBrief', 'decodeBrief'].includes(f.functionName)],
  ['template package', (f) => f.functionName === 'prepareTemplate'],
  ['templates (Handlebars)', (f) => f.functionName === 'render' && f.url.includes('/templates/')],
  ['markup', (f) => f.functionName === 'parseMarkup'],
  ['measure+paginate', (f) => ['planSlides', 'themeMeasurers', 'sizePictures'].includes(f.functionName)],
  ['deck model', (f) => f.functionName === 'deckModel'],
  ['render (placeholder XML, pptxgenjs calls)', (f) => f.functionName === 'renderDeck'],
  [PACKAGE, (f) => f.functionName === 'packageDeck' || f.functionName === 'packagePresentation'],
];
/** When no step is on the stack (code resumed after an await): the folder of the innermost briefdeck or library frame. */
const FALLBACKS = [
  [BRIEF, (f) => /\/dist\/brief\/|\/node_modules\/(yaml|zod)\//.test(f.url)],
  [PACKAGE, (f) => f.url.includes('/dist/pptx/')],
  ['template package', (f) => f.url.includes('/dist/master/')],
  ['templates (Handlebars)', (f) => /\/dist\/templates\/|\/node_modules\/handlebars\//.test(f.url)],
  ['measure+paginate', (f) => f.url.includes('/dist/slides/')],
  ['CLI (arguments, files, output)', (f) => /\/dist\/(cli|files|write)\b/.test(f.url)],
];

/** ms per stage in a V8 CPU profile ({ nodes, samples, timeDeltas }); the profiler's own work is left out. */
export function stagesOfProfile(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stageOf = (id, rules) => {
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const found = rules.find(([, test]) => test(byId.get(at).callFrame));
      if (found) return found[0];
    }
    return undefined;
  };
  const labels = new Map();
  const stages = {};
  profile.samples.forEach((id, i) => {
    if (!labels.has(id)) labels.set(id, stageOf(id, RULES) ?? stageOf(id, FALLBACKS) ?? 'other');
    const stage = labels.get(id);
    if (stage !== PROFILER) stages[stage] = (stages[stage] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return stages;
}

/** Runs `fn` `runs` times under the sampling profiler; returns ms per run, per stage, largest first. */
export async function profileStages(fn, runs) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
  for (let i = 0; i < runs; i++) await fn();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const stages = Object.entries(stagesOfProfile(profile)).map(([stage, ms]) => [stage, ms / runs]);
  return Object.fromEntries(stages.sort((a, b) => b[1] - a[1]));
}

/** Stages of the one .cpuprofile `node --cpu-prof --cpu-prof-dir DIR` wrote into `dir`, largest first. */
export function stagesOfProfileDir(dir) {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  const stages = Object.entries(stagesOfProfile(JSON.parse(readFileSync(join(dir, file), 'utf8'))));
  return Object.fromEntries(stages.sort((a, b) => b[1] - a[1]));
}
