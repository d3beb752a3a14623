// watchBriefs(): build once, then rebuild on every save of a brief or template; every outcome goes to a callback.
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadBrief } from '../brief/load.js';
import { isBriefdeckError, warningsAsErrors, type Problem } from '../errors.js';
import { outputPath } from '../files.js';
import { buildDeck } from '../pipeline.js';
import { loadTemplates, type TemplateSet } from '../templates/render.js';
import { writeAtomic } from '../write.js';
import { watchDirectories } from './dirwatch.js';
import { classifyInputs, currentBriefs, interestIn, isTemplateName, type WatchInputs } from './inputs.js';

export interface WatchOptions {
  inputs: string[]; // brief files, or directories of briefs
  outDir: string;
  templatesDir: string;
  strict?: boolean; // warnings refuse the brief, as in `build --strict`
  debounceMs?: number; // quiet time after the last file event before rebuilding (default 30)
}

export type WatchEvent =
  | { kind: 'built'; brief: string; output: string; slides: number; warnings: Problem[]; ms: number }
  | { kind: 'refused'; brief: string; output: string; problems: Problem[] } // the deck on disk is untouched
  | { kind: 'removed'; brief: string } // the brief is gone (or mid-save); it is built again when it reappears
  | { kind: 'templates-loaded'; dir: string } // after a template edit; every brief is rebuilt next
  | { kind: 'templates-refused'; dir: string; problems: Problem[]; kept: boolean } // kept: the previous set stays in use
  | { kind: 'watching'; briefs: string[]; files: number } // first round done; waiting for saves
  | { kind: 'bug'; brief?: string; error: unknown }; // an unexpected failure (a briefdeck bug); watching goes on

export interface BriefWatcher {
  /** Resolves once the first builds are done and every directory is watched. */
  ready: Promise<void>;
  /** Stops watching; resolves when a build in progress has finished writing. */
  close(): Promise<void>;
}


export function watchBriefs(options: WatchOptions, onEvent: (event: WatchEvent) => void): BriefWatcher {
  const inputs: WatchInputs = classifyInputs(options.inputs);
  const templatesDir = options.templatesDir;
  let templates: TemplateSet | undefined;
  let templateProblems: Problem[] = [];
  let closed = false;
  const pending = new Set<string>();
  let chain: Promise<void> = Promise.resolve();

  const watcher = watchDirectories((paths) => {
    paths.forEach((p) => pending.add(p));
    chain = chain.then(drain);
  }, options.debounceMs ?? 30);

  /** Points the directory watchers at what to follow now; never reopens them once closed. */
  const follow = () => {
    if (!closed) watcher.setInterest(interestIn(inputs, templates?.files ?? [join(templatesDir, 'theme.yaml')], templatesDir));
  };

  /** Loads the templates; a broken set is reported and the previous one kept. */
  function reloadTemplates(): boolean {
    try {
      templates = loadTemplates(templatesDir);
      templateProblems = [];
      return true;
    } catch (e) {
      if (!isBriefdeckError(e)) throw e;
      templateProblems = e.problems;
      onEvent({ kind: 'templates-refused', dir: templatesDir, problems: e.problems, kept: Boolean(templates) });
      return false;
    }
  }

  async function build(brief: string): Promise<void> {
    const output = outputPath(brief, options.outDir);
    if (!templates) {
      onEvent({ kind: 'templates-refused', dir: templatesDir, problems: templateProblems, kept: false });
      return;
    }
    const started = performance.now();
    try {
      const deck = await buildDeck(await loadBrief(brief), templates);
      if (options.strict && deck.warnings.length) throw warningsAsErrors(deck.warnings);
      await writeAtomic(output, deck.bytes);
      onEvent({ kind: 'built', brief, output, slides: deck.slides.length, warnings: deck.warnings, ms: performance.now() - started });
    } catch (e) {
      if (isBriefdeckError(e)) onEvent({ kind: 'refused', brief, output, problems: e.problems });
      else onEvent({ kind: 'bug', brief, error: e });
    }
  }

  /** Handles the paths changed since the last round: a template change rebuilds every brief, else the briefs saved. */
  async function drain(): Promise<void> {
    if (closed || !pending.size) return;
    const changed = new Set([...pending].map((p) => resolve(p)));
    pending.clear();
    try {
      const hadTemplates = Boolean(templates);
      const reloaded = [...changed].some(isTemplatePath) && reloadTemplates();
      if (reloaded && hadTemplates) onEvent({ kind: 'templates-loaded', dir: templatesDir });
      const briefs = currentBriefs(inputs);
      const saved = reloaded ? briefs : briefs.filter((b) => changed.has(resolve(b)) || changed.has(resolve(dirname(b))));
      for (const brief of saved) {
        if (existsSync(brief)) await build(brief);
        else onEvent({ kind: 'removed', brief });
      }
      const briefDirs = new Set(inputs.dirs.map((d) => resolve(d)));
      for (const path of changed) if (briefDirs.has(dirname(path)) && !existsSync(path)) onEvent({ kind: 'removed', brief: path });
    } catch (e) {
      onEvent({ kind: 'bug', error: e });
    }
    follow();
  }

  function isTemplatePath(path: string): boolean {
    const dir = resolve(templatesDir);
    return path === dir || (dirname(path) === dir && isTemplateName(basename(path))) || Boolean(templates?.files.some((f) => resolve(f) === path));
  }

  async function start(): Promise<void> {
    follow(); // watch before the first build, so a save during it is not missed
    reloadTemplates();
    follow();
    const briefs = currentBriefs(inputs);
    for (const brief of briefs) {
      if (closed) return;
      if (existsSync(brief)) await build(brief);
      else onEvent({ kind: 'removed', brief });
    }
    onEvent({ kind: 'watching', briefs, files: briefs.length + (templates?.files.length ?? 1) });
  }

  const ready = (chain = chain.then(start).catch((e: unknown) => onEvent({ kind: 'bug', error: e })));
  return {
    ready,
    async close() {
      closed = true;
      watcher.close();
      await chain;
    },
  };
}
