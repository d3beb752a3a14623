// `briefdeck preview`: build each deck, then picture every slide (DIR/NAME/slide-NN.png) and the whole deck (DIR/NAME.png).
import type { CommandSpec } from '../args.js';
import { buildAndExport } from './build.js';
import { deckOptions } from './options.js';

export const previewCommand: CommandSpec = {
  name: 'preview',
  summary: 'Build each deck and picture it: DIR/NAME/slide-01.png … and a contact sheet DIR/NAME.png (needs LibreOffice and poppler).',
  args: '<brief.yaml|dir>...',
  minPositionals: 1,
  options: deckOptions,
  run: (positionals, values) => buildAndExport(positionals, values, true),
};
