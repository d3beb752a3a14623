// Decks on reference templates rendered by LibreOffice: the sample on every fixture, the stress briefs on a multi-master LibreOffice one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrief } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { expectValidPptx, XMLLINT } from '../deck/decks.js';
import { REPO } from '../watch/child.js';
import { missing } from '../helpers/tools.js';

const TOOLS = join(REPO, '..', 'shared', 'tools');
const REFERENCES = join(REPO, 'test', 'fixtures', 'reference');
const FIXTURES = join(REPO, 'test', 'fixtures');
const out = mkdtempSync(join(tmpdir(), 'briefdeck-reference-render-'));
const references = readdirSync(REFERENCES).filter((name) => name.endsWith('.pptx'));
/** The stress briefs that press a template hardest: long text, long titles, right to left, many table rows. */
const stress = ['stress-long-summary.yaml', 'stress-long-titles.yaml', 'stress-arabic.yaml', 'stress-participants.yaml', 'stress-messages-sections.yaml'];
/**
 * The hardest stress briefs on a LibreOffice template with three masters, its styles in prompt text and a band at its
 * foot (every brief on every fixture is checked by `npm run check:references`, kept out of CI for time).
 */
const STRESSED = ['midnightblue.pptx'];

/** render-check's report of a deck built from `brief` on `reference` (its last line is "N slides, K problems"). */
async function renderOn(reference: string, brief: string, expectFile?: string): Promise<{ report: string; slides: number }> {
  const templates = { ...loadTemplates(DEFAULT_TEMPLATES), reference: { file: reference, bytes: new Uint8Array(readFileSync(join(REFERENCES, reference))) } };
  const deck = await buildDeck(await loadBrief(brief), templates);
  const file = join(out, `${basename(reference, '.pptx')}-${basename(brief, '.yaml')}.pptx`);
  writeFileSync(file, deck.bytes);
  if (XMLLINT) expectValidPptx(file);
  const args = [file, ...(expectFile ? ['--expect', expectFile] : [])];
  let report: string;
  try {
    report = execFileSync(join(TOOLS, 'render-check'), args, { encoding: 'utf8', timeout: 240_000 }).trim();
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    report = `${failed.stdout ?? ''}${failed.stderr ?? ''}`.trim();
  }
  return { report, slides: deck.slides.length };
}

describe.skipIf(missing('render-check'))('reference templates rendered by LibreOffice', () => {
  it.each(references)('the sample brief on %s: nothing cut off, overlapping, too small or missing', async (reference) => {
    const { report, slides } = await renderOn(reference, join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml'));
    expect(report, report).toBe(`${slides} slides, 0 problems`);
  });

  const pairs = STRESSED.flatMap((reference) => stress.map((brief) => [reference, brief] as const));
  it.each(pairs)('%s with %s: 0 problems', async (reference, brief) => {
    const { report, slides } = await renderOn(reference, join(FIXTURES, brief), join(FIXTURES, brief.replace(/\.yaml$/, '.expect')));
    expect(report, report).toBe(`${slides} slides, 0 problems`);
  });
});
