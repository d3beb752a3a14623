// CLI entry: dispatches to a command, maps errors to exit codes. The only process.exit in the project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, isBriefdeckError, usageError, type BriefdeckError } from '../errors.js';
import { PACKAGE_ROOT } from '../files.js';
import { closest } from '../shared/closest.js';
import { invokedAs } from '../shared/invocation.js';
import { shownPath } from '../shared/paths.js';
import { discardWritesSync, onUnownedWrites } from '../write.js';
import { asksForHelp, parseCommandArgs } from './args.js';
import { commands } from './commands/index.js';
import { commandHelp, overview } from './help.js';
import { consoleOut, reportProblems, terminalSafe, type Out } from './output.js';

function version(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** An unknown command as a usage error: a did-you-mean when one is close, else the list of commands. */
function unknownCommand(name: string, where = 'briefdeck'): BriefdeckError {
  const names = [...commands.map((c) => c.name), 'help'];
  const what = name.startsWith('-') ? 'option' : 'command';
  const near = closest(name, what === 'option' ? ['--help', '--version'] : names);
  const list = `\`${invokedAs()} --help\` lists the commands and options`;
  return usageError(
    `${where}: unknown ${what} "${name}"${near ? `. Did you mean "${near}"?` : ''}`,
    near || what === 'option' ? list : `the commands are ${names.join(', ')}; ${list}`,
  );
}

/** `briefdeck help [CMD]`: the overview, or the command's help exactly as `briefdeck CMD --help` prints it. */
function help(out: Out, topic: string | undefined): number {
  if (topic === undefined || topic === 'help') {
    out.info(overview(commands));
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === topic);
  if (!command) throw unknownCommand(topic, 'briefdeck help');
  out.info(commandHelp(command));
  return EXIT.ok;
}

async function dispatch(out: Out, name: string, rest: string[]): Promise<number> {
  if (name === 'help') return help(out, rest[0]);
  if (name === '--help' || name === '-h') return help(out, undefined);
  if (name === '--version' || name === '-v') {
    out.info(version());
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) throw unknownCommand(name);
  if (asksForHelp(command, rest)) {
    out.info(commandHelp(command));
    return EXIT.ok;
  }
  const { positionals, values } = parseCommandArgs(command, rest);
  return await command.run(positionals, values);
}

export async function run(argv: string[]): Promise<number> {
  const out = consoleOut();
  const [name, ...rest] = argv;
  if (!name) {
    out.error(overview(commands)); // a usage error: to stderr, so `briefdeck > file` shows it
    return EXIT.usage;
  }
  try {
    return await dispatch(out, name, rest);
  } catch (e) {
    if (!isBriefdeckError(e)) throw e;
    reportProblems(out, e.problems);
    return e.exitCode;
  }
}

/** Exit codes after SIGINT and SIGTERM, as shells report them (128 + the signal number). */
const INTERRUPTED = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * SIGINT or SIGTERM while a deck is being written: its temp file is removed (the earlier deck stays as it was),
 * one line on stderr, exit 130 or 143. The handlers are installed only while a write is in flight — async I/O, so
 * they run at once. At any other moment the default action stops the process immediately: no temp file exists
 * then, and a JavaScript handler would have to wait for a CPU-bound stage of the build to finish.
 */
function discardWritesOnInterrupt(): void {
  const onSignal = (signal: NodeJS.Signals) => {
    const targets = discardWritesSync().map(shownPath);
    process.stderr.write(
      terminalSafe(`briefdeck: interrupted (${signal}); ${targets.join(', ') || 'the output'} not written, an earlier version left as it was`) + '\n',
    );
    process.exit(INTERRUPTED[signal as keyof typeof INTERRUPTED]);
  };
  onUnownedWrites((writing) => {
    for (const signal of Object.keys(INTERRUPTED)) {
      if (writing) process.on(signal, onSignal);
      else process.off(signal, onSignal);
    }
  });
}

export function main(argv: string[]): void {
  discardWritesOnInterrupt();
  run(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      consoleOut().error(
        `briefdeck: internal error: ${(e as Error)?.stack ?? String(e)}\nThis is a bug in briefdeck; please report it with the brief that caused it.`,
      );
      process.exit(70);
    },
  );
}
