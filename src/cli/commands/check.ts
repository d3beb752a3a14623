// `briefdeck check`: validate briefs only; nothing is written.
import { warningsAsErrors } from '../../errors.js';
import type { CommandSpec } from '../args.js';
import { strictOption, templatesOption, themeOption } from './options.js';
import { consoleOut, reportProblems } from '../output.js';
import { forEachBrief } from './build.js';

export const checkCommand: CommandSpec = {
  name: 'check',
  summary: "Validate briefs against the brief format, the theme's classification markings and their pictures' files; report every problem; writes nothing.",
  args: '<brief.yaml|dir>...',
  minPositionals: 1,
  options: { templates: templatesOption, theme: themeOption, strict: strictOption },
  async run(positionals, values) {
    const out = consoleOut();
    const [{ loadBrief }, { loadSetTheme }, { markingCheck }, { loadPictures }] = await Promise.all([
      import('../../brief/load.js'),
      import('../../templates/render.js'),
      import('../../templates/markings.js'),
      import('../../pictures.js'),
    ]);
    const check = markingCheck(loadSetTheme(String(values.templates), values.theme === undefined ? undefined : String(values.theme)).theme); // the markings a brief may use are the theme's
    return forEachBrief(positionals, out, async (file) => {
      const loaded = await loadBrief(file, check);
      await loadPictures(loaded); // a missing, unreadable or wrong picture is refused as the build would
      if (values.strict && loaded.warnings.length) throw warningsAsErrors(loaded.warnings);
      reportProblems(out, loaded.warnings);
      const count = loaded.warnings.length;
      out.info(`${file}: ok${count ? ` (${count} warning${count === 1 ? '' : 's'})` : ''}`);
    });
  },
};
