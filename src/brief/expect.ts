// What the schema expects at a key path, in words: for "expected X, found Y" messages and did-you-mean key lists.
import { z } from 'zod';
import type { KeyPath } from '../shared/locate.js';
import { briefSchema } from './schema.js';

type Schema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };

const defOf = (schema: Schema) => schema._zod.def as unknown as Def;
const metaOf = (schema: Schema) => (z.globalRegistry.get(schema as z.ZodType) ?? {}) as { title?: string; pattern?: string; examples?: unknown[] };

/** The title of the schema's `{text, points}` form of a point (src/brief/schema.ts). */
const POINT_WITH_SUBPOINTS = 'Point with sub-points';

/** Optional, default and transform wrappers removed; unions spread into their branches. */
function unwrap(schema: Schema): Schema[] {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return unwrap(def.innerType as Schema);
  if (def.type === 'pipe') return unwrap(def.in as Schema);
  if (def.type === 'union') return (def.options as Schema[]).flatMap(unwrap);
  return [schema];
}

function shapeOf(schema: Schema): Record<string, Schema> | undefined {
  const def = defOf(schema);
  return def.type === 'object' ? (def.shape as Record<string, Schema>) : undefined;
}

function children(schema: Schema, key: string | number): Schema[] {
  return unwrap(schema).flatMap((s) => {
    const def = defOf(s);
    if (def.type === 'array') return typeof key === 'number' ? [def.element as Schema] : [];
    const shape = shapeOf(s);
    return shape && typeof key === 'string' && shape[key] ? [shape[key]] : [];
  });
}

/** The schemas that may stand at `path` (several where a shorthand and a long form are both allowed). */
export function schemasAt(path: KeyPath): Schema[] {
  let schemas: Schema[] = [briefSchema as unknown as Schema];
  for (const key of path) schemas = schemas.flatMap((s) => children(s, key));
  return schemas;
}

/** The keys the schema knows for the mapping at `path`, in schema order. */
export function knownKeysAt(path: KeyPath): string[] {
  return [
    ...new Set(
      schemasAt(path)
        .flatMap(unwrap)
        .flatMap((s) => Object.keys(shapeOf(s) ?? {})),
    ),
  ];
}

/** Keys without which the mapping at `path` is refused. */
function requiredKeys(schema: Schema): string[] {
  return Object.entries(shapeOf(schema) ?? {})
    .filter(([, child]) => !['optional', 'default'].includes(defOf(child).type))
    .map(([key]) => key);
}

/** `a`, `b` and `c` */
const backticked = (keys: string[]) => {
  const quoted = keys.map((k) => `\`${k}\``);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : quoted.join('');
};

/** One schema (no union) in words: "text", "a date as YYYY-MM-DD (e.g. 2024-03-14)", "a mapping with `title`". */
function describeOne(schema: Schema): string {
  const def = defOf(schema);
  const meta = metaOf(schema);
  const example = meta.examples?.[0];
  switch (def.type) {
    case 'string':
      if (meta.pattern?.includes('(?:')) return 'a date as YYYY, YYYY-MM or YYYY-MM-DD';
      if (meta.pattern) return `a date as YYYY-MM-DD (e.g. ${String(example)})`;
      if (meta.title === 'URL') return `an absolute http(s) or mailto URL (e.g. ${String(example)})`;
      if (meta.title === 'Language') return 'a BCP 47 language tag such as en-GB, fr-FR or zh-CN';
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'number':
      return meta.title === 'Year' ? 'a year such as 2023' : 'a number';
    case 'array':
      return 'a list';
    case 'enum':
      return `one of ${enumValues(schema).join(', ')}`;
    case 'object': {
      const required = requiredKeys(schema);
      return `a mapping with ${backticked(required.length ? required : Object.keys(shapeOf(schema) ?? {}))}`;
    }
    default:
      return def.type;
  }
}

/** The values an enum allows, in schema order. */
const enumValues = (schema: Schema): string[] => Object.values(defOf(schema).entries as Record<string, string>).map(String);

/** The values allowed at `path` when it is a choice of words (`after: summary`), else none. */
export function choicesAt(path: KeyPath): string[] {
  return schemasAt(path)
    .flatMap(unwrap)
    .filter((s) => defOf(s).type === 'enum')
    .flatMap(enumValues);
}

/** What belongs at `path`, in words; shorthand-or-long-form keys name both forms. */
export function expectationAt(path: KeyPath): string {
  const branches = schemasAt(path).flatMap(unwrap);
  const textual = branches.filter((s) => metaOf(s).title !== POINT_WITH_SUBPOINTS); // a point is text; its long form has its own messages
  const forms = [...new Set((textual.length ? textual : branches).map(describeOne))];
  if (forms.length === 0) return 'a value';
  const dates = forms.find((f) => f.startsWith('a date as YYYY,'));
  if (dates) return dates; // "YYYY-MM as text, or a year as a number" reads as one thing to a person
  if (forms.length === 2 && forms[0] === 'a list' && /^a mapping/.test(forms[1])) return `${listOf(path)} or ${forms[1]}`;
  if (forms.length === 2 && /^a mapping/.test(forms[0]) && forms[1] === 'a list') return `${forms[0]}, or a list of them`;
  return forms.join(' or ');
}

/** "a list of points", "a list of delegations": named after the long form's list key. */
function listOf(path: KeyPath): string {
  const long = schemasAt(path)
    .flatMap(unwrap)
    .find((s) => shapeOf(s));
  const listKey = Object.entries(shapeOf(long!) ?? {}).find(([, child]) => unwrap(child).some((c) => defOf(c).type === 'array'))?.[0];
  return listKey ? `a list of ${listKey}` : 'a list';
}
