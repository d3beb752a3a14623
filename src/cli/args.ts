// Command-line parsing: commands are declared as data; parseArgs does the rest.
import { parseArgs } from 'node:util';
import { usageError } from '../errors.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  default?: string | boolean;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  minPositionals: number;
  run: (positionals: string[], values: Record<string, string | boolean | undefined>) => Promise<number>;
}

export function parseCommandArgs(spec: CommandSpec, argv: string[]) {
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
    throw usageError(`${(e as Error).message.split('\n')[0]}`, `usage: ${spec.usage}`);
  }
  if (parsed.positionals.length < spec.minPositionals) throw usageError(`${spec.name}: missing argument`, `usage: ${spec.usage}`);
  return { positionals: parsed.positionals, values: parsed.values as Record<string, string | boolean | undefined> };
}

export function commandHelp(spec: CommandSpec): string {
  const lines = [`usage: ${spec.usage}`, '', spec.summary];
  const entries = Object.entries(spec.options);
  if (entries.length) {
    lines.push('', 'options:');
    for (const [name, o] of entries) {
      const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ' VALUE' : ''}`;
      lines.push(`  ${flag.padEnd(26)} ${o.description}${o.default !== undefined && o.default !== false ? ` (default: ${o.default})` : ''}`);
    }
  }
  return lines.join('\n');
}
