// watchBriefs(): build once, then rebuild on every save of a brief or template; every outcome goes to a callback.
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isBriefdeckError, type Problem } from '../errors.js';
import { isBriefName, outputPath, refuseOutputClashes } from '../files.js';
import { writeAtomic } from '../write.js';
import type { ServedDeck } from '../serve/deck.js';
import { startBuilder, type Outcome } from './builder.js';
import { watchDirectories } from './dirwatch.js';
import { classifyInputs, currentBriefs, followed, isTemplateName, type WatchInputs } from './inputs.js';

/** What `watchBriefs` follows and how it builds: the options of `briefdeck watch`. */
export interface WatchOptions {
  inputs: string[]; // brief files, or directories of briefs
  outDir: string;
  templatesDir: string;
  reference?: string; // --reference: the organisation's template deck
  theme?: string; // --theme: a built-in theme
  strict?: boolean; // warnings refuse the brief, as in `build --strict`
  debounceMs?: number; // quiet time after the last file event before rebuilding (default 5: one save's events come within a millisecond)
  html?: boolean; // `serve`: each deck comes as HTML in the 'served' event; no .pptx is written
}

/** What happened in a watch: a deck built or refused, a brief removed, the templates reloaded or refused, watching started or stopped, or a bug. */
export type WatchEvent =
  | { kind: 'built'; brief: string; output: string; slides: number; warnings: Problem[]; ms: number }
  | { kind: 'served'; brief: string; served: ServedDeck; slides: number; warnings: Problem[]; ms: number } // options.html: the deck to show
  | { kind: 'refused'; brief: string; output: string; problems: Problem[] } // the deck on disk is untouched
  | { kind: 'removed'; brief: string } // the brief is gone (or mid-save); it is built again when it reappears
  | { kind: 'templates-loaded'; dir: string } // after a template edit; every brief is rebuilt next
  | { kind: 'templates-refused'; dir: string; problems: Problem[]; kept: boolean } // kept: the previous set stays in use
  | { kind: 'watching'; briefs: string[]; files: number } // first round done; waiting for saves
  | { kind: 'stopped'; brief: string; output: string } // closed while this brief was being built: nothing written
  | { kind: 'bug'; brief?: string; error: unknown }; // an unexpected failure (a briefdeck bug); watching goes on

/** A running watch, from `watchBriefs`. */
export interface BriefWatcher {
  /** Resolves once the first builds are done and every directory is watched. */
  ready: Promise<void>;
  /** Stops watching and any build in progress (its deck is not written); resolves when all is released. */
  close(): Promise<void>;
}

/** Quiet time after a file event before rebuilding: an editor's save (write, or temp file renamed over) comes within it. */
const DEBOUNCE_MS = 5;
/** How long a refusal waits before it is reported: a save still being written (truncated, then filled) starts a new build within it, which replaces it. */
const REFUSAL_GRACE_MS = 150;

/** A bug reported by the worker, as an Error with the worker's stack. */
const workerError = (outcome: { message: string; stack?: string }) => Object.assign(new Error(outcome.message), { stack: outcome.stack ?? outcome.message });

/**
 * Builds every brief, then rebuilds on every save of a brief, a template, the theme, the reference deck, a font file
 * or a picture a brief names, as `briefdeck watch` does; each outcome goes to `onEvent`, each deck is written atomically.
 *
 * Builds run in a worker process (./worker.ts) and only the write happens here, so close() — Ctrl-C — stops a
 * build at once, whatever stage it is in, and an unfinished deck is never written.
 *
 * @param options - the briefs (files or folders), the output folder, templates, reference, theme, strictness
 * @param onEvent - called with every {@link WatchEvent}; a refused brief is an event, not an exception
 * @returns the watcher: `ready` once the first round is built, `close()` to stop
 * @throws BriefdeckError at once for briefs that would write the same deck (nothing is built)
 */
export function watchBriefs(options: WatchOptions, onEvent: (event: WatchEvent) => void): BriefWatcher {
  const inputs: WatchInputs = classifyInputs(options.inputs);
  const templatesDir = options.templatesDir;
  const builder = startBuilder(templatesDir, options.reference, options.theme);
  const stopWrites = new AbortController();
  let templateFiles: string[] | undefined; // the files of the set in use; undefined until one loads
  let aliases = new Map<string, string[]>(); // symlink targets → the briefs and templates named through them
  const pictures = new Map<string, string[]>(); // brief → the picture files it names (a change to one rebuilds it)
  let building: string | undefined;
  let closed = false;
  const pending = new Set<string>();
  let watching = false; // the first round is done: later builds follow saves
  const refusals = new Map<string, NodeJS.Timeout>(); // brief → its refusal, reported unless the brief is built again first
  let chain: Promise<void> = Promise.resolve();

  const watcher = watchDirectories((paths) => {
    paths.forEach((p) => pending.add(p));
    chain = chain.then(drain);
  }, options.debounceMs ?? DEBOUNCE_MS);

  /** Points the directory watchers at what to follow now; never reopens them once closed. */
  const follow = () => {
    if (closed) return;
    const next = followed(inputs, templateFiles ?? [join(templatesDir, 'theme.yaml')], templatesDir, pictures);
    aliases = next.aliases;
    watcher.setInterest(next.interest);
  };

  /** Loads the templates in the worker; a broken set is reported and the previous one kept. */
  async function reloadTemplates(): Promise<boolean> {
    const outcome = await builder.reloadTemplates();
    if (outcome.kind === 'templates-loaded') templateFiles = outcome.files;
    else report(outcome);
    return outcome.kind === 'templates-loaded';
  }

  /** Reports an outcome that is not a deck to write. */
  function report(outcome: Outcome, brief?: string): void {
    const output = brief && outputPath(brief, options.outDir);
    if (outcome.kind === 'templates-refused') onEvent({ kind: 'templates-refused', dir: templatesDir, problems: outcome.problems, kept: outcome.kept });
    else if (outcome.kind === 'refused' && brief && output) refuseLater(brief, output, outcome.problems);
    else if (outcome.kind === 'bug') onEvent({ kind: 'bug', brief, error: workerError(outcome) });
  }

  /** Reports a refusal after a grace period, unless a newer build of the brief comes first (the save was not finished). */
  function refuseLater(brief: string, output: string, problems: Problem[]): void {
    if (!watching) return onEvent({ kind: 'refused', brief, output, problems }); // the first round: nothing is being saved
    const timer = setTimeout(() => {
      refusals.delete(brief);
      if (!closed) onEvent({ kind: 'refused', brief, output, problems });
    }, REFUSAL_GRACE_MS);
    refusals.set(brief, timer);
  }

  /** A brief whose deck a brief before it also writes (one added to a watched folder later, e.g. brief.yml beside brief.yaml) is refused. */
  function clashes(brief: string, briefs: string[]): Problem[] {
    for (const earlier of briefs.slice(0, briefs.indexOf(brief))) {
      try {
        refuseOutputClashes([earlier, brief], options.outDir);
      } catch (e) {
        if (isBriefdeckError(e)) return e.problems;
        throw e;
      }
    }
    return [];
  }

  async function build(brief: string, briefs: string[]): Promise<void> {
    const output = outputPath(brief, options.outDir);
    const clash = clashes(brief, briefs);
    if (clash.length) return onEvent({ kind: 'refused', brief, output, problems: clash });
    const started = performance.now();
    clearTimeout(refusals.get(brief)); // this build's outcome replaces that refusal
    refusals.delete(brief);
    building = brief;
    try {
      const outcome = await builder.build(brief, Boolean(options.strict), options.html);
      if (closed) return;
      if ((outcome.kind === 'built' || outcome.kind === 'served' || outcome.kind === 'refused') && outcome.pictures)
        pictures.set(resolve(brief), outcome.pictures);
      if (outcome.kind === 'served') {
        const { served, slides, warnings } = outcome;
        return onEvent({ kind: 'served', brief, served, slides, warnings, ms: performance.now() - started });
      }
      if (outcome.kind !== 'built') return report(outcome, brief);
      await writeAtomic(output, outcome.bytes, { signal: stopWrites.signal });
      onEvent({ kind: 'built', brief, output, slides: outcome.slides, warnings: outcome.warnings, ms: performance.now() - started });
    } catch (e) {
      if (closed) return; // the write was cancelled: the temp file is gone, the deck on disk as it was
      if (isBriefdeckError(e)) onEvent({ kind: 'refused', brief, output, problems: e.problems });
      else onEvent({ kind: 'bug', brief, error: e });
    } finally {
      building = undefined;
    }
  }

  /** Handles the paths changed since the last round: a template change rebuilds every brief, else the briefs saved. */
  async function drain(): Promise<void> {
    if (closed || !pending.size) return;
    const changed = new Set<string>();
    for (const path of [...pending].map((p) => resolve(p))) [path, ...(aliases.get(path) ?? [])].forEach((p) => changed.add(p));
    pending.clear();
    try {
      const hadTemplates = Boolean(templateFiles);
      const reloaded = [...changed].some(isTemplatePath) && (await reloadTemplates());
      if (reloaded && hadTemplates) onEvent({ kind: 'templates-loaded', dir: templatesDir });
      const briefs = currentBriefs(inputs);
      const saved = reloaded ? briefs : briefs.filter((b) => changed.has(resolve(b)) || changed.has(resolve(dirname(b))));
      for (const brief of saved) {
        if (closed) return;
        if (existsSync(brief)) await build(brief, briefs);
        else onEvent({ kind: 'removed', brief });
      }
      const briefDirs = new Set(inputs.dirs.map((d) => resolve(d)));
      for (const path of changed)
        if (briefDirs.has(dirname(path)) && isBriefName(basename(path)) && !existsSync(path)) onEvent({ kind: 'removed', brief: path });
    } catch (e) {
      onEvent({ kind: 'bug', error: e });
    }
    follow();
  }

  function isTemplatePath(path: string): boolean {
    const dir = resolve(templatesDir);
    return path === dir || (dirname(path) === dir && isTemplateName(basename(path))) || Boolean(templateFiles?.some((f) => resolve(f) === path));
  }

  async function start(): Promise<void> {
    follow(); // watch before the first build, so a save during it is not missed
    await reloadTemplates();
    follow();
    const briefs = currentBriefs(inputs);
    for (const brief of briefs) {
      if (closed) return;
      if (existsSync(brief)) await build(brief, briefs);
      else onEvent({ kind: 'removed', brief });
    }
    follow(); // the pictures the briefs name are known now
    watching = true;
    if (!closed) onEvent({ kind: 'watching', briefs, files: briefs.length + (templateFiles?.length ?? 1) });
  }

  const ready = (chain = chain.then(start).catch((e: unknown) => onEvent({ kind: 'bug', error: e })));
  return {
    ready,
    async close() {
      if (!closed && building) onEvent({ kind: 'stopped', brief: building, output: outputPath(building, options.outDir) });
      closed = true;
      for (const timer of refusals.values()) clearTimeout(timer);
      watcher.close();
      stopWrites.abort();
      builder.close();
      await chain;
    },
  };
}
