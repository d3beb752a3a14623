// `briefdeck serve`: a live preview of one brief in the browser and a presenter view, on 127.0.0.1; Ctrl-C (or SIGTERM) stops it with exit 0.
import { statSync } from 'node:fs';
import { BriefdeckError, EXIT, problem } from '../../errors.js';
import { invokedAs } from '../../shared/invocation.js';
import { shownPath as shown } from '../../shared/paths.js';
import type { WatchEvent } from '../../watch/watch.js';
import { commandUsageError, type CommandSpec } from '../args.js';
import { consoleOut, reportProblems, type Out } from '../output.js';
import { referenceOption, strictOption, templatesOption, themeOption } from './options.js';
import { clock, count, reportWatchEvent } from './watch.js';

/** The port tried when none is given (another free one is taken when it is in use). */
export const DEFAULT_PORT = 4848;

/** One build outcome in the terminal; the page shows the same. */
function reportServeEvent(out: Out, event: WatchEvent): void {
  if (event.kind === 'served') {
    reportProblems(out, event.warnings);
    const warned = event.warnings.length ? `  ${count(event.warnings.length, 'warning')}` : '';
    out.info(`[${clock()}] ${shown(event.brief)}  ${count(event.slides, 'slide')}  ${Math.round(event.ms)} ms${warned}`);
  } else if (event.kind === 'refused') {
    reportProblems(out, event.problems);
    out.error(`[${clock()}] ${shown(event.brief)}: refused (${count(event.problems.length, 'problem')}); the page shows them over the last good deck`);
  } else if (event.kind !== 'watching') reportWatchEvent(out, event);
}

/** --port: a whole number 0–65535 (0: any free port). */
function portOf(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(String(value)) || port > 65535)
    throw commandUsageError(serveCommand, `--port must be a whole number from 0 to 65535, found "${String(value)}"`);
  return port;
}

export const serveCommand: CommandSpec = {
  name: 'serve',
  summary: 'Show the deck in a browser, updated on every save, with a presenter view at /presenter. Ctrl-C stops.',
  args: '<brief.yaml>',
  minPositionals: 1,
  options: {
    port: { type: 'string', value: 'N', description: `port to listen on (default ${DEFAULT_PORT}, or any free one when that is taken; 0: any free port)` },
    host: { type: 'string', value: 'HOST', description: 'address to listen on; only this machine can connect unless you change it', default: '127.0.0.1' },
    templates: templatesOption,
    reference: referenceOption,
    theme: themeOption,
    strict: { ...strictOption, description: 'treat warnings as errors (shown over the last good deck)' },
  },
  async run(positionals, values) {
    const out = consoleOut();
    if (positionals.length > 1) throw commandUsageError(serveCommand, 'one brief at a time');
    const brief = positionals[0];
    const stats = statSync(brief, { throwIfNoEntry: false });
    if (!stats) throw new BriefdeckError([problem('read', 'no such file', { file: brief, hint: `check the path, or make one with  ${invokedAs()} new NAME` })]);
    if (stats.isDirectory()) throw commandUsageError(serveCommand, `${brief} is a folder; serve shows one brief`);
    const port = portOf(values.port);
    const [{ startServer }, { checkTemplatesDir, loadSetTheme }] = await Promise.all([import('../../serve/server.js'), import('../../templates/render.js')]);
    checkTemplatesDir(String(values.templates));
    if (values.theme !== undefined) loadSetTheme(String(values.templates), String(values.theme));
    const options = {
      brief,
      host: String(values.host),
      templatesDir: String(values.templates),
      reference: values.reference === undefined ? undefined : String(values.reference),
      theme: values.theme === undefined ? undefined : String(values.theme),
      strict: Boolean(values.strict),
      onEvent: (event: WatchEvent) => reportServeEvent(out, event),
    };
    const server = await startServer({ ...options, port: port ?? DEFAULT_PORT }).catch((e: unknown) => {
      if (port !== undefined) throw e;
      return startServer({ ...options, port: 0 }); // the default port is taken: any free one
    });
    let stopping = false;
    const stopped = new Promise<number>((resolve) => {
      const stop = () => {
        stopping = true;
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void server.close().then(() => resolve(EXIT.ok));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await Promise.race([server.ready, stopped]);
    if (!stopping) {
      out.info(`preview:   ${server.url}`);
      out.info(`presenter: ${server.presenterUrl}`);
      out.info(`watching ${shown(brief)}, its templates, theme and pictures; Ctrl-C to stop`);
    }
    return stopped;
  },
};
