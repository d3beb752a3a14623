// `briefdeck schema`: prints the brief's JSON Schema (the same text as schema/brief.schema.json).
import { EXIT, usageError } from '../../errors.js';
import type { CommandSpec } from '../args.js';
import { consoleOut } from '../output.js';

export const schemaCommand: CommandSpec = {
  name: 'schema',
  summary: 'Print the JSON Schema of the brief format (for editors and other tools).',
  usage: 'briefdeck schema > brief.schema.json',
  minPositionals: 0,
  options: {},
  async run(positionals) {
    if (positionals.length) throw usageError(`schema: unexpected argument "${positionals[0]}"`, `usage: ${schemaCommand.usage}`);
    const { briefJsonSchemaText } = await import('../../brief/schema.js');
    consoleOut().info(briefJsonSchemaText().trimEnd());
    return EXIT.ok;
  },
};
