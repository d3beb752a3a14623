// loadBrief(): read → parse → sanitize → validate, giving a typed Brief and its warnings.
import type { Problem } from '../errors.js';
import { parseBriefText } from './parse.js';
import { trustedSchemaProblems } from './partial.js';
import { readBrief } from './read.js';
import { sanitizeBrief } from './sanitize.js';
import type { Brief } from './schema.js';
import { validateBrief } from './validate.js';

export interface LoadedBrief {
  file: string;
  brief: Brief;
  warnings: Problem[];
}

/** Parses and validates brief text already in memory (no disk access); syntax errors come with the schema problems that can still be trusted. */
export function briefFromText(text: string, file: string): LoadedBrief {
  const parsed = parseBriefText(text, file, trustedSchemaProblems);
  const stripped = sanitizeBrief(parsed);
  const { brief, warnings } = validateBrief(parsed);
  return { file, brief, warnings: byPosition([...parsed.warnings, ...stripped, ...warnings]) };
}

export async function loadBrief(file: string): Promise<LoadedBrief> {
  const { text } = await readBrief(file);
  return briefFromText(text, file);
}

function byPosition(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
