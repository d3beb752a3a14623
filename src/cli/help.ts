// Help text made from the command table: the overview, and each command's usage and options (value names, defaults), wrapped to 80 columns.
import { optionSyntax, type CommandSpec, type OptionSpec } from './args.js';

const WIDTH = 80;
/** Option columns wider than this put the description on the next line. */
const MAX_FLAG_COLUMN = 24;

/** Words wrapped to `width`; lines after the first indented by `indent` (the first line's own start is the caller's). */
export function wrap(text: string, width: number, indent: number, firstIndent = indent): string {
  const lines: string[] = [];
  let line = '';
  let room = width - firstIndent;
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
      room = width - indent;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help' };

function described(o: OptionSpec): string {
  const shown = o.type === 'string' ? (o.shownDefault ?? o.default) : undefined;
  return shown !== undefined ? `${o.description} (default: ${shown})` : o.description;
}

/** `usage: briefdeck build <brief.yaml|dir>... [-o DIR] [--templates DIR] …`, every option from the spec, wrapped under the arguments. */
export function usageLine(spec: CommandSpec): string {
  const head = `usage: briefdeck ${spec.name}`;
  const parts = [
    ...(spec.args ? [spec.args] : []),
    ...Object.entries(spec.options).map(([name, o]) => `[${optionSyntax(name, o).replace(/^-(\w), --\S+/, '-$1')}]`),
  ];
  return parts.length ? `${head} ${wrap(parts.join(' '), WIDTH, head.length + 1)}` : head;
}

/** What `briefdeck help CMD` and `briefdeck CMD --help` print. */
export function commandHelp(spec: CommandSpec): string {
  const lines = [usageLine(spec), '', wrap(spec.summary, WIDTH, 0)];
  const entries: [string, OptionSpec][] = [...Object.entries(spec.options), ['help', HELP_OPTION]];
  const flags = entries.map(([name, o]) => `${o.short ? '' : '    '}${optionSyntax(name, o)}`);
  const column = Math.min(MAX_FLAG_COLUMN, Math.max(...flags.map((flag) => flag.length))) + 2;
  lines.push('', 'options:');
  entries.forEach(([, o], i) => {
    const flag = `  ${flags[i]}`;
    const description = wrap(described(o), WIDTH, column + 2);
    lines.push(flags[i].length <= MAX_FLAG_COLUMN ? `${flag.padEnd(column + 2)}${description}` : `${flag}\n${' '.repeat(column + 2)}${description}`);
  });
  return lines.join('\n');
}

/** What `briefdeck --help` and `briefdeck help` print: every command with its summary. */
export function overview(commands: CommandSpec[]): string {
  const width = Math.max(...commands.map((c) => c.name.length), 'help'.length);
  const entry = (name: string, summary: string) => `  ${name.padEnd(width)}  ${wrap(summary, WIDTH, width + 4)}`;
  return [
    'briefdeck — turn a YAML briefing into an editable PowerPoint deck',
    '',
    'usage: briefdeck <command> [options]',
    '',
    'commands:',
    ...commands.map((c) => entry(c.name, c.summary)),
    entry('help', "Print a command's usage and options: briefdeck help build (the same as briefdeck build --help)."),
    '',
    'options:',
    '  -h, --help     show this help',
    '  -v, --version  print the version',
  ].join('\n');
}
