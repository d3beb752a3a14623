// `briefdeck watch`: build, then rebuild on every save; one status line per build; Ctrl-C exits 0 (SIGTERM 143).
import { constants } from 'node:os';
import { EXIT } from '../../errors.js';
import { shownPath as shown } from '../../shared/paths.js';
import { checkOutDir, refuseOutputClashes } from '../../files.js';
import type { WatchEvent } from '../../watch/watch.js';
import type { CommandSpec } from '../args.js';
import { consoleOut, reportProblems, type Out } from '../output.js';
import { outOption, referenceOption, strictOption, templatesOption, themeOption } from './options.js';

export const clock = () => new Date().toTimeString().slice(0, 8);
export const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Prints one watch event: problems with their source line, then a status line stamped with the time. */
export function reportWatchEvent(out: Out, event: WatchEvent): void {
  const at = `[${clock()}]`;
  switch (event.kind) {
    case 'built':
      reportProblems(out, event.warnings);
      out.info(
        `${at} ${shown(event.output)}  ${count(event.slides, 'slide')}  ${Math.round(event.ms)} ms${event.warnings.length ? `  ${count(event.warnings.length, 'warning')}` : ''}`,
      );
      break;
    case 'refused':
      reportProblems(out, event.problems);
      out.error(`${at} ${shown(event.brief)}: refused (${count(event.problems.length, 'problem')}); ${shown(event.output)} left as it was`);
      break;
    case 'removed':
      out.info(`${at} ${shown(event.brief)}: not there; waiting for it to be saved`);
      break;
    case 'templates-loaded':
      out.info(`${at} templates reloaded from ${shown(event.dir)}`);
      break;
    case 'templates-refused':
      reportProblems(out, event.problems);
      out.error(
        `${at} templates in ${shown(event.dir)} refused; ${event.kept ? 'still using the previous templates' : 'nothing is built until they are fixed'}`,
      );
      break;
    case 'stopped':
      out.info(`${at} stopped while building ${shown(event.brief)}; ${shown(event.output)} left as it was`);
      break;
    case 'watching':
      out.info(`watching ${count(event.briefs.length, 'brief')} and ${count(event.files - event.briefs.length, 'template file')}; Ctrl-C to stop`);
      break;
    case 'bug':
      out.error(
        `briefdeck: internal error${event.brief ? ` while building ${shown(event.brief)}` : ''}: ${(event.error as Error)?.stack ?? String(event.error)}`,
      );
      out.error('This is a bug in briefdeck; please report it with the brief that caused it. Still watching.');
      break;
  }
}

export const watchCommand: CommandSpec = {
  name: 'watch',
  summary: 'Build, then rebuild each deck whenever its brief, a template or the theme is saved. Ctrl-C stops.',
  args: '<brief.yaml|dir>...',
  minPositionals: 1,
  options: {
    out: outOption,
    templates: templatesOption,
    reference: referenceOption,
    theme: themeOption,
    strict: { ...strictOption, description: 'treat warnings as errors (the deck is not rewritten)' },
  },
  async run(positionals, values) {
    const out = consoleOut();
    checkOutDir(String(values.out));
    const [{ watchBriefs }, { classifyInputs, currentBriefs }, { checkTemplatesDir, loadSetTheme }] = await Promise.all([
      import('../../watch/watch.js'),
      import('../../watch/inputs.js'),
      import('../../templates/render.js'),
    ]);
    checkTemplatesDir(String(values.templates));
    if (values.theme !== undefined) loadSetTheme(String(values.templates), String(values.theme)); // an unknown --theme is a usage error now, not a refused set later
    refuseOutputClashes(currentBriefs(classifyInputs(positionals)), String(values.out));
    const watcher = watchBriefs(
      {
        inputs: positionals,
        outDir: String(values.out),
        templatesDir: String(values.templates),
        reference: values.reference === undefined ? undefined : String(values.reference),
        theme: values.theme === undefined ? undefined : String(values.theme),
        strict: Boolean(values.strict),
      },
      (event) => reportWatchEvent(out, event),
    );
    // Ctrl-C stops at once, a build in progress too (nothing half-built is written); a second one does not wait.
    return new Promise<number>((resolve) => {
      const stop = (signal: NodeJS.Signals) => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void watcher.close().then(() => resolve(signal === 'SIGINT' ? EXIT.ok : 128 + constants.signals.SIGTERM));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
