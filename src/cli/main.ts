// CLI entry: dispatches to a command, maps errors to exit codes. The only process.exit in the project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, isBriefdeckError } from '../errors.js';
import { PACKAGE_ROOT } from '../files.js';
import { shownPath } from '../shared/paths.js';
import { discardWritesSync, onUnownedWrites } from '../write.js';
import { commandHelp, parseCommandArgs } from './args.js';
import { commands } from './commands/index.js';
import { consoleOut, reportProblems, terminalSafe } from './output.js';

function version(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'briefdeck — turn a YAML briefing into an editable PowerPoint deck',
    '',
    'usage: briefdeck <command> [options]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `briefdeck <command> --help` for a command's options.",
  ].join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const out = consoleOut();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    if (!name)
      out.error(overview()); // a usage error: to stderr, so `briefdeck > file` shows it
    else out.info(overview());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    out.info(version());
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    out.error(`briefdeck: unknown command "${name}"\n\n${overview()}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    out.info(commandHelp(command));
    return EXIT.ok;
  }
  try {
    const { positionals, values } = parseCommandArgs(command, rest);
    return await command.run(positionals, values);
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
