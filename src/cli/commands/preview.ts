// `briefdeck preview`: build each deck, then picture every slide (DIR/NAME/slide-NN.png) and the whole deck (DIR/NAME.png).
import { DEFAULT_TEMPLATES } from '../../files.js';
import { createExporter } from '../../export/session.js';
import { loadTemplates } from '../../templates/render.js';
import type { CommandSpec } from '../args.js';
import { consoleOut, reportProblems } from '../output.js';
import { buildOne, forEachBrief, statusLine } from './build.js';

export const previewCommand: CommandSpec = {
  name: 'preview',
  summary: 'Build each deck and picture it: DIR/NAME/slide-01.png … and a contact sheet DIR/NAME.png (needs LibreOffice and poppler).',
  usage: 'briefdeck preview <brief.yaml|dir>... [-o DIR] [--templates DIR] [--pdf] [--handout]',
  minPositionals: 1,
  options: {
    out: { type: 'string', short: 'o', description: 'output directory', default: 'out' },
    templates: { type: 'string', description: 'templates directory (theme.yaml and *.hbs)', default: DEFAULT_TEMPLATES },
    pdf: { type: 'boolean', description: 'also write DIR/NAME.pdf', default: false },
    handout: { type: 'boolean', description: 'also write DIR/NAME-notes.pdf (each slide with its speaker notes)', default: false },
  },
  async run(positionals, values) {
    const out = consoleOut();
    const templates = loadTemplates(String(values.templates));
    const exporter = createExporter({ preview: true, pdf: Boolean(values.pdf), handout: Boolean(values.handout) }, out);
    const code = await forEachBrief(positionals, out, async (file) => {
      const built = await buildOne(file, String(values.out), templates);
      reportProblems(out, built.deck.warnings);
      out.info(statusLine(built));
      await exporter.afterBuild(built);
    });
    return Math.max(code, await exporter.close());
  },
};
