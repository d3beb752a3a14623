// The JSON Schema for editors: generated from src/brief/schema.ts, committed without drift, and documented key by key.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefJsonSchema, briefJsonSchemaText } from '../../src/brief/schema.js';
import { BIN, REPO } from '../watch/child.js';

type Node = Record<string, unknown> & { properties?: Record<string, Node>; anyOf?: Node[]; items?: Node; examples?: unknown[] };

/** Every schema node an editor shows help for: object properties, union branches, array items. */
function helpNodes(node: Node, path = '$'): { path: string; role: 'property' | 'branch' | 'items'; node: Node }[] {
  return [
    ...Object.entries(node.properties ?? {}).flatMap(([key, child]) => [
      { path: `${path}.${key}`, role: 'property' as const, node: child },
      ...helpNodes(child, `${path}.${key}`),
    ]),
    ...(node.anyOf ?? []).flatMap((branch, i) => [{ path: `${path}|${i}`, role: 'branch' as const, node: branch }, ...helpNodes(branch, `${path}|${i}`)]),
    ...(node.items ? [{ path: `${path}[]`, role: 'items' as const, node: node.items }, ...helpNodes(node.items, `${path}[]`)] : []),
  ];
}

/** A small structural check of an example against its schema node (types, patterns, declared keys). */
function conforms(value: unknown, node: Node): boolean {
  if (node.anyOf) return node.anyOf.some((branch) => conforms(value, branch));
  if (Array.isArray(node.type)) return (node.type as string[]).some((type) => conforms(value, { ...node, type }));
  switch (node.type) {
    case 'number':
      return typeof value === 'number';
    case 'string':
      return (
        typeof value === 'string' && (typeof node.pattern !== 'string' || new RegExp(node.pattern).test(value)) && value.length >= Number(node.minLength ?? 0)
      );
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value) && value.length >= Number(node.minItems ?? 0) && value.every((item) => conforms(item, node.items!));
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const required = (node.required as string[] | undefined) ?? [];
      return (
        required.every((key) => key in value) &&
        Object.entries(value).every(([key, v]) => node.properties?.[key] !== undefined && conforms(v, node.properties[key]))
      );
    }
    default:
      return false;
  }
}

describe('brief JSON Schema', () => {
  const schema = briefJsonSchema() as Node;
  const nodes = helpNodes(schema);

  it('is committed as schema/brief.schema.json exactly as generated (run `npm run schema` after changing schema.ts)', () => {
    expect(readFileSync(join(REPO, 'schema', 'brief.schema.json'), 'utf8')).toBe(briefJsonSchemaText());
  });

  it('gives every key a title, a description and examples, and every union branch and list item a title and description', () => {
    expect(nodes.filter((n) => n.role === 'property').length).toBeGreaterThan(40);
    const missing = nodes.flatMap(({ path, role, node }) =>
      (role === 'property' ? ['title', 'description', 'examples'] : ['title', 'description']).filter((k) => !node[k]).map((k) => `${path} (${role}): no ${k}`),
    );
    expect(missing).toEqual([]);
  });

  it('has examples that are valid values of the key they document', () => {
    const wrong = nodes.flatMap(({ path, node }) =>
      (node.examples ?? []).filter((example) => !conforms(example, node)).map((example) => `${path}: ${JSON.stringify(example)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('covers every top-level key of the brief format', () => {
    expect(Object.keys(schema.properties!)).toEqual([
      'title',
      'subtitle',
      'event',
      'classification',
      'prepared_by',
      'prepared_on',
      'language',
      'summary',
      'participants',
      'topics',
      'background',
      'takeaways',
      'sections',
      'timeline',
      'sources',
    ]);
    expect(schema.required).toEqual(['title', 'summary', 'participants', 'topics']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('is what `briefdeck schema` prints', () => {
    expect(execFileSync(process.execPath, [BIN, 'schema'], { encoding: 'utf8' })).toBe(briefJsonSchemaText());
  });

  it("is where the sample brief's modeline points", () => {
    const brief = join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml');
    const ref = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(brief, 'utf8'))?.[1];
    expect(ref).toBeDefined();
    expect(existsSync(resolve(dirname(brief), ref!))).toBe(true);
  });
});
