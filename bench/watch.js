// Watch rebuild through `briefdeck watch` as a child process: save the brief, time until the new deck is renamed into place.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A save that changes what the deck shows (the subtitle), as an editor would write it. */
function save(file, original, n) {
  const edited = /^subtitle: .*$/m.test(original) ? original.replace(/^subtitle: (.*)$/m, `subtitle: $1 (edit ${n})`) : `${original}\n# edit ${n}\n`;
  writeFileSync(file, edited);
}

function workspace(sample, tmpDir, name) {
  const dir = join(tmpDir, name);
  mkdirSync(join(dir, 'out'), { recursive: true });
  const brief = join(dir, 'brief.yaml');
  copyFileSync(sample, brief);
  return { brief, outDir: join(dir, 'out'), deck: join(dir, 'out', 'brief.pptx'), original: readFileSync(sample, 'utf8') };
}

/** Resolves when `deck` is replaced (a new inode renamed into place) or rejects after `timeoutMs`. */
function nextDeck(outDir, deck, timeoutMs = 10000) {
  const inode = () => statSync(deck, { throwIfNoEntry: false })?.ino ?? -1;
  const before = inode();
  return new Promise((resolve, reject) => {
    const check = () => {
      const now = inode();
      if (now === -1 || now === before) return;
      watcher.close();
      clearTimeout(timer);
      resolve(performance.now());
    };
    const watcher = watch(outDir, () => check());
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`no new ${deck} within ${timeoutMs} ms`));
    }, timeoutMs);
  });
}

async function timeSaves(ws, runs) {
  const samples = [];
  for (let i = 1; i <= runs; i++) {
    await sleep(150); // let the previous save's debounce window close
    const arrived = nextDeck(ws.outDir, ws.deck);
    const saved = performance.now();
    save(ws.brief, ws.original, i);
    samples.push({ ms: (await arrived) - saved });
  }
  return samples;
}

/** Through `briefdeck watch` as a child process (on CPUs `cpus`, a taskset list, when given), if the CLI has that command. */
export async function watchCliRebuilds(sample, tmpDir, runs, cpus) {
  const ws = workspace(sample, tmpDir, 'watch-cli');
  const first = nextDeck(ws.outDir, ws.deck, 30000);
  first.catch(() => {}); // reported through the race below
  const command = [process.execPath, join(ROOT, 'bin', 'briefdeck.js'), 'watch', ws.brief, '-o', ws.outDir];
  const [program, ...args] = cpus ? ['taskset', '-c', cpus, ...command] : command;
  const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    await Promise.race([
      first,
      exited.then((code) => {
        throw new Error(`briefdeck watch exited ${code}: ${stderr}`);
      }),
    ]);
    return await timeSaves(ws, runs);
  } finally {
    child.kill('SIGINT');
    await Promise.race([exited, sleep(3000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}
