// `briefdeck new`: writes a commented starter brief that builds as it is; never overwrites.
import { EXIT, usageError } from '../../errors.js';
import { writeNewBrief } from '../../scaffold/new-brief.js';
import type { CommandSpec } from '../args.js';
import { consoleOut } from '../output.js';

export const newCommand: CommandSpec = {
  name: 'new',
  summary: 'Write DIR/NAME.yaml: a starter brief with every section, commented, that builds as it is.',
  usage: 'briefdeck new <name> [--dir DIR] [--schema PATH|URL]',
  minPositionals: 1,
  options: {
    dir: { type: 'string', description: 'directory for the new brief', default: 'briefs' },
    schema: { type: 'string', description: 'schema for the editor modeline (default: found from where the brief is written)' },
  },
  async run(positionals, values) {
    const out = consoleOut();
    const [name, ...extra] = positionals;
    if (extra.length) throw usageError(`new: one brief at a time (unexpected "${extra[0]}")`, `usage: ${newCommand.usage}`);
    const file = writeNewBrief(name, String(values.dir), values.schema === undefined ? undefined : String(values.schema));
    out.info(`${file}: written`);
    out.info(`next: edit it, then  briefdeck check ${file}  or  briefdeck watch ${file}`);
    return EXIT.ok;
  },
};
