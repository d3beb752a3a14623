// CLI entry: dispatches to a command, maps errors to exit codes. The only process.exit in the project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, isBriefdeckError } from '../errors.js';
import { PACKAGE_ROOT } from '../files.js';
import { commandHelp, parseCommandArgs } from './args.js';
import { commands } from './commands/index.js';
import { consoleOut, reportProblems } from './output.js';

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
    'Run `briefdeck <command> --help` for a command\'s options.',
  ].join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const out = consoleOut();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    if (!name) out.error(overview()); // a usage error: to stderr, so `briefdeck > file` shows it
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

export function main(argv: string[]): void {
  run(argv).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => {
      consoleOut().error(`briefdeck: internal error: ${(e as Error)?.stack ?? String(e)}\nThis is a bug in briefdeck; please report it with the brief that caused it.`);
      process.exit(70);
    },
  );
}
