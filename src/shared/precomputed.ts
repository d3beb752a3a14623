// Build-time data (dist/precomputed/NAME.json, written by scripts/precompute.js) and the content hashes it is keyed by.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT, PRECOMPUTED_DIR } from './package.js';

/** sha256 (hex) of the chunks, each preceded by its length so that ["ab", "c"] and ["a", "bc"] differ. */
export function contentHash(chunks: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(`${chunk.length}:`).update(chunk);
  return hash.digest('hex');
}

let version: string | undefined;
/** The package's version: precomputed data made by another version is never used. */
export function packageVersion(): string {
  return (version ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
}

/** What scripts/precompute.js writes: entries by content key, and the package version they were made with. */
export interface PrecomputedFile<T> {
  version: string;
  entries: Record<string, T>;
}

const files = new Map<string, Record<string, unknown>>();

/**
 * The entries of dist/precomputed/NAME.json (read once per process); none when the file is missing, unreadable or made by
 * another package version (a development tree built with tsc alone, an old dist/): the caller then computes what it needs.
 */
export function precomputed<T>(name: string): Readonly<Record<string, T>> {
  let entries = files.get(name);
  if (!entries) {
    try {
      const file = JSON.parse(readFileSync(join(PRECOMPUTED_DIR, `${name}.json`), 'utf8')) as PrecomputedFile<unknown>;
      entries = file.version === packageVersion() && file.entries && typeof file.entries === 'object' ? file.entries : {};
    } catch {
      entries = {};
    }
    files.set(name, entries);
  }
  return entries as Record<string, T>;
}

/** Values kept in this process per name and content key (a watch session's few themes and templates), oldest dropped first. */
const KEPT = 32;
const kept = new Map<string, Map<string, unknown>>();
/** Values computed in this process, per name: what scripts/precompute.js writes for the next start. */
const fresh = new Map<string, Record<string, unknown>>();

/**
 * The value computed from some content, by its key (a contentHash of everything the value depends on): kept from earlier in
 * this process, else precomputed at build time, else made now (and kept when `keep` says it may be: a value that depends on
 * more than the key, such as files on disk, is not). Each caller gets its own copy (structuredClone), so no one shares one.
 */
export function byContent<T>(name: string, key: string, make: () => T, keep: (value: T) => boolean = () => true): T {
  let memory = kept.get(name);
  if (!memory) kept.set(name, (memory = new Map()));
  let value = memory.get(key) as T | undefined;
  if (value === undefined) value = precomputed<T>(name)[key];
  if (value === undefined) {
    value = make();
    if (!keep(value)) return value;
    let made = fresh.get(name);
    if (!made) fresh.set(name, (made = {}));
    made[key] = value;
  }
  memory.delete(key);
  memory.set(key, value);
  if (memory.size > KEPT) memory.delete(memory.keys().next().value!);
  return structuredClone(value);
}

/** For the build: the values of one name made in this process (none read from an earlier build), by key. */
export function freshValues<T>(name: string): Record<string, T> {
  return { ...(fresh.get(name) ?? {}) } as Record<string, T>;
}
