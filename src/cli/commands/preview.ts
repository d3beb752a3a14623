// `briefdeck preview`: build each deck, then picture every slide (DIR/NAME/slide-NN.png) and the whole deck (DIR/NAME.png).
import type { CommandSpec } from '../args.js';
import { buildAndExport } from './build.js';
import { deckOptions } from './options.js';

export const previewCommand: CommandSpec = {
  name: 'preview',
  summary: 'Build each deck and picture it: DIR/NAME/slide-01.png … and a contact sheet DIR/NAME.png (needs LibreOffice and poppler).',
  usage:
    'briefdeck preview <brief.yaml|dir>... [-o DIR] [--templates DIR] [--reference FILE.pptx] [--theme NAME] [--strict] [--pdf] [--handout] [--paper a4|letter] [--jobs N]',
  minPositionals: 1,
  options: deckOptions,
  run: (positionals, values) => buildAndExport(positionals, values, true),
};
