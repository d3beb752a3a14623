// measureRebuild(): save → new deck on disk, timed through the real watcher; for `npm run bench`.
import { mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { BriefdeckError, problem } from '../errors.js';
import { DEFAULT_TEMPLATES, outputPath } from '../files.js';
import { watchBriefs, type WatchEvent } from './watch.js';

export interface RebuildTiming {
  samples: number[]; // ms from the start of each save to the watcher's report that the new deck is on disk
  median: number;
  first: number; // the first save after start-up (cold code paths)
  slides: number;
}

export interface RebuildOptions {
  runs?: number; // saves to time (default 20)
  templatesDir?: string;
  saveBy?: 'write' | 'rename'; // write in place, or write a temp file and rename it over (atomic-save editors)
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Copies the brief to a temp directory, watches it, saves it `runs` times and times each rebuild. */
export async function measureRebuild(brief: string, options: RebuildOptions = {}): Promise<RebuildTiming> {
  const dir = await mkdtemp(join(tmpdir(), 'briefdeck-rebuild-'));
  const file = join(dir, basename(brief));
  const original = await readFile(brief, 'utf8');
  await writeFile(file, original);
  let waiting: ((event: WatchEvent) => void) | undefined;
  const watcher = watchBriefs({ inputs: [file], outDir: join(dir, 'out'), templatesDir: options.templatesDir ?? DEFAULT_TEMPLATES }, (event) =>
    waiting?.(event),
  );
  const nextBuild = () =>
    new Promise<WatchEvent & { kind: 'built' }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no rebuild within 10 s')), 10_000);
      waiting = (event) => {
        if (event.kind === 'watching' || event.kind === 'removed') return;
        clearTimeout(timer);
        waiting = undefined;
        if (event.kind === 'built') resolve(event);
        else reject(new BriefdeckError(event.kind === 'bug' ? [problem('tool', String(event.error))] : 'problems' in event ? event.problems : []));
      };
    });
  try {
    const initial = nextBuild();
    await watcher.ready;
    const { slides } = await initial;
    const samples: number[] = [];
    for (let run = 0; run < (options.runs ?? 20); run++) {
      await pause(100); // let the previous save's events settle
      const built = nextBuild();
      const started = performance.now();
      await save(file, `${original}\n# save ${run}\n`, options.saveBy ?? 'write');
      await built;
      samples.push(performance.now() - started);
      await stat(outputPath(file, join(dir, 'out'))); // the deck is really there
    }
    return { samples, median: median(samples), first: samples[0], slides };
  } finally {
    await watcher.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function save(file: string, text: string, how: 'write' | 'rename'): Promise<void> {
  if (how === 'write') return writeFile(file, text);
  const temp = join(file, '..', `.${basename(file)}.saving`);
  await writeFile(temp, text);
  await rename(temp, file);
}
