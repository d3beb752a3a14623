// `briefdeck check`: validate briefs only; nothing is written.
import { warningsAsErrors } from '../../errors.js';
import type { CommandSpec } from '../args.js';
import { consoleOut, reportProblems } from '../output.js';
import { forEachBrief } from './build.js';

export const checkCommand: CommandSpec = {
  name: 'check',
  summary: 'Validate briefs against the brief format and report every problem; writes nothing.',
  usage: 'briefdeck check <brief.yaml|dir>... [--strict]',
  minPositionals: 1,
  options: { strict: { type: 'boolean', description: 'treat warnings as errors', default: false } },
  async run(positionals, values) {
    const out = consoleOut();
    const { loadBrief } = await import('../../brief/load.js');
    return forEachBrief(positionals, out, async (file) => {
      const loaded = await loadBrief(file);
      if (values.strict && loaded.warnings.length) throw warningsAsErrors(loaded.warnings);
      reportProblems(out, loaded.warnings);
      const count = loaded.warnings.length;
      out.info(`${file}: ok${count ? ` (${count} warning${count === 1 ? '' : 's'})` : ''}`);
    });
  },
};
