// `briefdeck new`: writes a commented starter brief that builds as it is; never overwrites.
import { EXIT } from '../../errors.js';
import { writeNewBrief } from '../../scaffold/new-brief.js';
import { invokedAs, shellQuoted } from '../../shared/invocation.js';
import { commandUsageError, type CommandSpec } from '../args.js';
import { consoleOut } from '../output.js';

export const newCommand: CommandSpec = {
  name: 'new',
  summary: 'Write DIR/NAME.yaml: a starter brief with every section, commented, that builds as it is.',
  args: '<name>',
  minPositionals: 1,
  options: {
    dir: { type: 'string', value: 'DIR', description: 'directory for the new brief', default: 'briefs' },
    schema: { type: 'string', value: 'PATH|URL', description: 'schema for the editor modeline (default: found from where the brief is written)' },
  },
  async run(positionals, values) {
    const out = consoleOut();
    const [name, ...extra] = positionals;
    if (extra.length) throw commandUsageError(newCommand, `one brief at a time (unexpected "${extra[0]}")`);
    const file = writeNewBrief(name, String(values.dir), values.schema === undefined ? undefined : String(values.schema));
    out.info(`${file}: written`);
    const briefdeck = invokedAs(); // `npx briefdeck` when run through npx: the hint runs as it is written
    out.info(`next: edit it, then  ${briefdeck} check ${shellQuoted(file)}  or  ${briefdeck} watch ${shellQuoted(file)}`);
    return EXIT.ok;
  },
};
