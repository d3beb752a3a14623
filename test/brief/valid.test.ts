// Briefs the contract accepts: the minimal one (required keys, list shorthands) and the full one (every optional key).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { briefJsonSchema } from '../../src/brief/schema.js';
import { accepted } from './refusal.js';

type SchemaNode = { properties?: Record<string, SchemaNode>; anyOf?: SchemaNode[]; items?: SchemaNode; required?: string[] };
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** Every key path the schema allows ("participants.members.name"), lists and union branches looked through. */
function schemaPaths(node: SchemaNode, prefix = ''): string[] {
  return [
    ...Object.entries(node.properties ?? {}).flatMap(([key, child]) => [`${prefix}${key}`, ...schemaPaths(child, `${prefix}${key}.`)]),
    ...(node.anyOf ?? []).flatMap((branch) => schemaPaths(branch, prefix)),
    ...(node.items ? schemaPaths(node.items, prefix) : []),
  ];
}

/** Every key path a YAML value uses, lists looked through. */
function dataPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => dataPaths(item, prefix));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [`${prefix}${key}`, ...dataPaths(child, `${prefix}${key}.`)]);
}

describe('valid-minimal.yaml', () => {
  const text = fixture('valid-minimal.yaml');

  it('uses only the required keys, with the list shorthands for summary and participants', () => {
    const raw = parse(text) as Record<string, unknown>;
    expect(Object.keys(raw).sort()).toEqual([...(briefJsonSchema().required as string[])].sort());
    expect(Array.isArray(raw.summary)).toBe(true);
    expect(Array.isArray(raw.participants)).toBe(true);
  });

  it('is accepted without warnings, the shorthands expanded to the long form', () => {
    const { brief, warnings } = accepted(text);
    expect(warnings).toEqual([]);
    expect(brief.summary).toEqual({ points: ['The two staffs met and agreed to meet again.'], notes: undefined });
    expect(brief.participants.delegations).toEqual([{ delegation: 'Alliance', members: [{ name: 'Colonel Ana Popescu' }] }]);
  });
});

describe('valid-full.yaml', () => {
  const text = fixture('valid-full.yaml');

  it('uses every key the schema knows, at every level (a shorthand counts as covered by its long form)', () => {
    const used = new Set(dataPaths(parse(text)));
    const coveredByLongForm = (path: string) => [...used].some((u) => u.split('.').some((_, i, parts) => parts.filter((__, j) => j !== i).join('.') === path));
    const missing = [...new Set(schemaPaths(briefJsonSchema() as SchemaNode))].filter((path) => !used.has(path) && !coveredByLongForm(path));
    expect(missing).toEqual([]);
  });

  it('is accepted without warnings, with several earlier events, linked sources, SECRET and fr-FR', () => {
    const { brief, warnings } = accepted(text);
    expect(warnings).toEqual([]);
    expect(brief.background!.map((b) => b.date)).toEqual(['2023-02', '2022', '2024-01-10']);
    expect(brief.sources!.filter((s) => s.url).length).toBe(2);
    expect([brief.classification, brief.language]).toEqual(['SECRET', 'fr-FR']);
  });
});
