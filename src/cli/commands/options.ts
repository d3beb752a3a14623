// Option declarations shared by the commands that build decks (build, preview, watch).
import { DEFAULT_TEMPLATES } from '../../files.js';
import type { OptionSpec } from '../args.js';

export const outOption: OptionSpec = { type: 'string', short: 'o', value: 'DIR', description: 'output directory', default: 'out' };
export const templatesOption: OptionSpec = {
  type: 'string',
  value: 'DIR',
  description: 'templates folder: its theme.yaml, labels.yaml and *.hbs replace the bundled ones of the same name',
  default: DEFAULT_TEMPLATES,
  shownDefault: 'the bundled templates',
};
export const referenceOption: OptionSpec = {
  type: 'string',
  value: 'FILE',
  description:
    "the organisation's PowerPoint template (.pptx or .potx): its slide size, masters, layouts, theme and fonts (overrides reference: in theme.yaml)",
};
export const themeOption: OptionSpec = {
  type: 'string',
  value: 'NAME',
  description: 'a built-in theme: default, or print (white title slide, no large navy areas: for briefs read on paper)',
};
export const paperOption: OptionSpec = {
  type: 'string',
  value: 'a4|letter',
  description: "paper of the notes pages (handouts): a4 or letter (default: from the brief's language, Letter for en-US and other Letter regions, else A4)",
};
export const strictOption: OptionSpec = { type: 'boolean', description: 'treat warnings as errors', default: false };
export const pdfOption: OptionSpec = { type: 'boolean', description: 'also write DIR/NAME.pdf (needs LibreOffice)', default: false };
export const handoutOption: OptionSpec = {
  type: 'boolean',
  description: 'also write DIR/NAME-notes.pdf: each slide with its speaker notes (needs LibreOffice)',
  default: false,
};

export const htmlOption: OptionSpec = {
  type: 'boolean',
  description: 'also write DIR/NAME.html: the deck as one self-contained page (fonts and pictures inlined) that presents offline in a browser',
  default: false,
};

export const jobsOption: OptionSpec = {
  type: 'string',
  value: 'N',
  description: 'how many briefs to build at once, each on its own worker thread (default: one per core; 1 builds them one after another)',
};

/** The options build and preview share: output folder, templates, reference, theme, strictness, exports and paper. */
export const deckOptions = {
  out: outOption,
  templates: templatesOption,
  reference: referenceOption,
  theme: themeOption,
  strict: strictOption,
  pdf: pdfOption,
  handout: handoutOption,
  paper: paperOption,
  jobs: jobsOption,
};
