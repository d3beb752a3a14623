// YAML tags beyond the core schema's (!!set, !!omap, !!binary, !custom …) are refused at the tag: read as plain YAML they would lose content silently.
import type { YAMLWarning } from 'yaml';
import { problem, type Problem } from '../errors.js';

/** yaml's warning codes for a tag the core schema cannot resolve (parse.ts turns off every other tag) or that does not fit its collection. */
const TAG_NOT_READ = new Set(['TAG_RESOLVE_FAILED', 'BAD_COLLECTION_TYPE']);

export const isTagWarning = (warning: YAMLWarning) => TAG_NOT_READ.has(warning.code);

/** The core schema's tags: the only ones a brief may use. */
const CORE_TAGS = ['str', 'int', 'float', 'bool', 'null', 'seq', 'map'];
const CORE_LIST = `${CORE_TAGS.slice(0, -1)
  .map((tag) => `!!${tag}`)
  .join(', ')} and !!${CORE_TAGS[CORE_TAGS.length - 1]}`;
const YAML_TAG_PREFIX = 'tag:yaml.org,2002:';

type Place = (offset: number) => Pick<Problem, 'file' | 'line' | 'column' | 'sourceLine'>;

/** One refusal per tag the core schema did not resolve, at the tag as written. */
export function tagProblems(warnings: readonly YAMLWarning[], text: string, place: Place): Problem[] {
  return warnings.filter(isTagWarning).map((w) => {
    const offset = w.pos[0];
    const written = /^![^\s,[\]{}]*/.exec(text.slice(offset, offset + 200))?.[0] ?? '!';
    const resolved = /^(?:Unresolved tag: )?(\S+)/.exec(w.message)?.[1] ?? written;
    const core = resolved.startsWith(YAML_TAG_PREFIX) && CORE_TAGS.includes(resolved.slice(YAML_TAG_PREFIX.length));
    const message = core
      ? `YAML tag: expected a value that \`${written}\` can read, found one it cannot`
      : `YAML tag: expected plain YAML, found the tag \`${written}\`, which briefdeck does not read`;
    const hint = core
      ? `remove \`${written}\` and write the value plainly`
      : `remove the tag and write the value as plain YAML; the only tags briefdeck reads are ${CORE_LIST}`;
    return problem('syntax', message, { ...place(offset), hint });
  });
}
