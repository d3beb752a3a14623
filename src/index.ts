// Public API: load and validate a brief, build a deck, watch for changes. Re-exports only.
export { buildDeckFromFile, buildDeckFromText, writeDeck, type BuildOptions, type BriefDeck } from './library.js';
export { loadBrief, briefFromText, type LoadedBrief } from './brief/load.js';
export { briefSchema, briefJsonSchema, type Brief, type BriefInput, type Topic, type Delegation, type EarlierEvent, type Source } from './brief/schema.js';
export { buildDeck, planBrief, documentDate, type Deck } from './pipeline.js';
export { loadTemplates, type TemplateSet, type TemplateOptions } from './templates/render.js';
export { DEFAULT_TEMPLATES, outputPath } from './files.js';
export { writeAtomic, type WriteOptions } from './write.js';
export { watchBriefs, type WatchOptions, type WatchEvent, type BriefWatcher } from './watch/watch.js';
export { BriefdeckError, EXIT, formatProblemShort, type Problem, type ProblemCode, type Severity } from './errors.js';
export type { Slide, Block, Paragraph, Run } from './slides/model.js';
