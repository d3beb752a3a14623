// `briefdeck schema`: prints the brief's JSON Schema (the same text as schema/brief.schema.json).
import { EXIT } from '../../errors.js';
import { commandUsageError, type CommandSpec } from '../args.js';
import { consoleOut } from '../output.js';

export const schemaCommand: CommandSpec = {
  name: 'schema',
  summary: 'Print the JSON Schema of the brief format (for editors and other tools): briefdeck schema > brief.schema.json',
  args: '',
  minPositionals: 0,
  options: {},
  async run(positionals) {
    if (positionals.length)
      throw commandUsageError(
        schemaCommand,
        `unexpected argument "${positionals[0]}" (the schema goes to standard output: briefdeck schema > brief.schema.json)`,
      );
    const { briefJsonSchemaText } = await import('../../brief/schema.js');
    consoleOut().info(briefJsonSchemaText().trimEnd());
    return EXIT.ok;
  },
};
