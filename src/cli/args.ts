// Command-line parsing: commands are declared as data; parseArgs does the rest, and every mistake is a usage error with a did-you-mean.
import { parseArgs } from 'node:util';
import { usageError, type BriefdeckError } from '../errors.js';
import { closest } from '../shared/closest.js';
import { invokedAs } from '../shared/invocation.js';

interface OptionBase {
  short?: string;
  description: string;
}

/** An option that takes a value names it for help and errors (DIR, FILE, NAME, N, a4|letter): never a generic VALUE. */
export interface StringOption extends OptionBase {
  type: 'string';
  value: string;
  default?: string;
  /** The default as help shows it, when the value itself says nothing to a reader (an absolute path inside the package). */
  shownDefault?: string;
}

export interface BooleanOption extends OptionBase {
  type: 'boolean';
  default?: boolean;
}

export type OptionSpec = StringOption | BooleanOption;

export interface CommandSpec {
  name: string;
  summary: string;
  /** The positional arguments as the usage line shows them ('<brief.yaml|dir>...'); the options are added from `options`. */
  args: string;
  options: Record<string, OptionSpec>;
  minPositionals: number;
  run: (positionals: string[], values: Record<string, string | boolean | undefined>) => Promise<number>;
}

/** The option as written on a command line: `-o, --out DIR`, `--strict`. */
export function optionSyntax(name: string, o: OptionSpec): string {
  const flags = o.short ? `-${o.short}, --${name}` : `--${name}`;
  return o.type === 'string' ? `${flags} ${o.value}` : flags;
}

/** The hint of a usage error: the usage line's short form and where the options are, naming the command as it was run (`npx briefdeck …`). */
export function shortUsage(spec: CommandSpec): string {
  const command = `${invokedAs()} ${spec.name}`;
  const options = Object.keys(spec.options).length ? ' [options]' : '';
  return `usage: ${command}${spec.args ? ` ${spec.args}` : ''}${options}; \`${command} --help\` says more`;
}

/** A usage error of a command (exit 2): the message, and its short usage as the hint. */
export function commandUsageError(spec: CommandSpec, message: string): BriefdeckError {
  return usageError(`briefdeck ${spec.name}: ${message}`, shortUsage(spec));
}

type Token = ReturnType<typeof parseArgs>['tokens'] extends (infer T)[] | undefined ? T : never;

/** The command line's tokens, read leniently (nothing refused yet): what was asked for, as written. */
function tokensOf(spec: CommandSpec, argv: string[]): Token[] {
  const options = Object.fromEntries(Object.entries(spec.options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}) }]));
  return parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true }).tokens;
}

/** `--help` or `-h` among the options (not after `--`). */
export function asksForHelp(spec: CommandSpec, argv: string[]): boolean {
  return tokensOf(spec, argv).some((t) => t.kind === 'option' && (t.name === 'help' || t.name === 'h'));
}

/** The first option the command does not know or cannot take as written, as a usage error with a did-you-mean; undefined when all are fine. */
function optionMistake(spec: CommandSpec, argv: string[]): BriefdeckError | undefined {
  for (const token of tokensOf(spec, argv)) {
    if (token.kind !== 'option') continue;
    const o = spec.options[token.name];
    if (!o) {
      const longNames = Object.keys(spec.options).map((name) => `--${name}`);
      const near = token.rawName.startsWith('--') ? closest(token.rawName, longNames) : undefined;
      return commandUsageError(spec, `unknown option "${token.rawName}"${near ? `. Did you mean "${near}"?` : ''}`);
    }
    if (o.type === 'boolean' && token.value !== undefined)
      return commandUsageError(spec, `--${token.name} takes no value, found "${token.rawName}=${token.value}"`);
    if (o.type === 'string' && token.value === undefined)
      return commandUsageError(spec, `${token.rawName}: expected ${o.value}, found the end of the command line`);
    if (o.type === 'string' && !token.inlineValue && token.value!.startsWith('-') && token.value !== '-')
      return commandUsageError(
        spec,
        `${token.rawName}: expected ${o.value}, found the option "${token.value}" (write --${token.name}=${token.value} if that is the ${o.value})`,
      );
  }
  return undefined;
}

export function parseCommandArgs(spec: CommandSpec, argv: string[]) {
  const mistake = optionMistake(spec, argv);
  if (mistake) throw mistake;
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, o]) => [
      name,
      { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.default !== undefined ? { default: o.default } : {}) },
    ]),
  );
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: options as NonNullable<Parameters<typeof parseArgs>[0]>['options'], allowPositionals: true, strict: true });
  } catch (e) {
    throw commandUsageError(spec, (e as Error).message.split('\n')[0]); // anything optionMistake did not foresee, in Node's words
  }
  if (parsed.positionals.length < spec.minPositionals) throw commandUsageError(spec, `missing argument ${spec.args}`);
  return { positionals: parsed.positionals, values: parsed.values as Record<string, string | boolean | undefined> };
}
