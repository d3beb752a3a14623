// Timeline slides rendered by LibreOffice: crowded series on the default template and on a 4:3 reference template, nothing cut off or overlapping.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { missing, sharedTool } from '../helpers/tools.js';
import { crowdedSeries, HEAD } from '../slides/timeline-briefs.js';

const REFERENCES = join('test', 'fixtures', 'reference');
const out = mkdtempSync(join(tmpdir(), 'briefdeck-timeline-render-'));

const tool = sharedTool;

describe.skipIf(missing('render-check', 'validate-pptx'))('timeline slides rendered by LibreOffice', () => {
  const cases = [
    ['default template', 12, undefined],
    ['default template', 40, undefined],
    ['nature-illustration (4:3)', 12, 'nature-illustration.pptx'],
  ] as const; // the sample brief's timeline is rendered on every reference template by reference.test.ts
  it.each(cases)('%s, %i events: valid, 0 problems, every date and title shown', async (_name, count, reference) => {
    const base = loadTemplates(DEFAULT_TEMPLATES);
    const templates = reference ? { ...base, reference: { file: reference, bytes: new Uint8Array(readFileSync(join(REFERENCES, reference))) } } : base;
    const deck = await buildDeck(briefFromText(HEAD.replace('LANG', 'en-GB') + crowdedSeries(count), 'brief.yaml'), templates);
    const events = deck.slides.flatMap((s) => s.timeline?.events ?? []);
    expect(events).toHaveLength(count + 1);
    const file = join(out, `${reference ?? 'default'}-${count}.pptx`);
    writeFileSync(file, deck.bytes);
    const expectFile = join(out, `${reference ?? 'default'}-${count}.expect`);
    writeFileSync(expectFile, events.flatMap((e) => [e.label, ...e.title.map((r) => r.text)]).join('\n'));
    const validation = tool('validate-pptx', [file]);
    expect(validation.split('\n').pop(), validation).toMatch(/ 0 problems$/);
    const render = tool('render-check', [file, '--expect', expectFile]);
    expect(render, render).toMatch(new RegExp(`^${deck.slides.length} slides, 0 problems$`, 'm'));
  });
});
