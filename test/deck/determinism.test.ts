// Determinism: the same brief and templates give byte-identical decks, whatever the clock or time zone; SOURCE_DATE_EPOCH sets the document dates.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDeck } from '../helpers/pptx.js';
import { REPO } from '../watch/child.js';
import { buildDeckFile } from './decks.js';

const BRIEF = join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml');
const FULL = join(REPO, 'test', 'fixtures', 'valid-full.yaml');
const root = mkdtempSync(join(tmpdir(), 'briefdeck-determinism-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;

/** Builds in a fresh directory and returns the deck's bytes. */
function build(brief: string, env: Record<string, string> = {}): Buffer {
  return readFileSync(buildDeckFile(brief, join(root, `run-${++runs}`), { SOURCE_DATE_EPOCH: '', ...env }));
}

/** DOS date/time of every zip entry (local file headers). */
function zipTimes(bytes: Buffer): string[] {
  const times: string[] = [];
  for (let at = bytes.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0; at = bytes.indexOf('PK\x03\x04', at + 4, 'latin1')) {
    times.push(`${bytes.readUInt16LE(at + 12)}:${bytes.readUInt16LE(at + 10)}`);
  }
  return times;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('determinism', () => {
  it('builds the sample twice, seconds apart, into byte-identical files', async () => {
    const first = build(BRIEF);
    await sleep(2100); // zip times have a two-second resolution: a clock leaking into the file would show
    const second = build(BRIEF);
    expect(second.equals(first)).toBe(true);
    expect(new Set(zipTimes(first)).size).toBe(1);
  });

  it('gives the same bytes in any time zone', () => {
    const bytes = ['UTC', 'Pacific/Kiritimati', 'America/Adak'].map((TZ) => build(FULL, { TZ }));
    expect(bytes[1].equals(bytes[0])).toBe(true);
    expect(bytes[2].equals(bytes[0])).toBe(true);
  });

  it('takes the document dates from the brief when SOURCE_DATE_EPOCH is not set', () => {
    const core = openDeck(build(BRIEF)).parts['docProps/core.xml'];
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-15T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-15T00:00:00Z</dcterms:modified>');
  });

  it('takes them from SOURCE_DATE_EPOCH when set, still byte for byte the same each time', () => {
    const epoch = { SOURCE_DATE_EPOCH: '1700000000' }; // 2023-11-14T22:13:20Z
    const first = build(BRIEF, epoch);
    expect(build(BRIEF, epoch).equals(first)).toBe(true);
    const view = openDeck(first);
    expect(view.parts['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:created>');
    expect(view.parts['docProps/core.xml']).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:modified>');
    const plain = openDeck(build(BRIEF));
    const changed = Object.keys(view.parts).filter((name) => view.parts[name] !== plain.parts[name]);
    expect(changed).toEqual(['docProps/core.xml']);
  });
});
