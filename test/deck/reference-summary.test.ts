// The sample's summary on reference templates: the bottom line stays a callout and the summary stays on one slide.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadBrief } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { openDeck, paragraphs } from '../helpers/pptx.js';
import { missing } from '../helpers/tools.js';
import { REPO } from '../watch/child.js';

const REFERENCES = join(REPO, 'test', 'fixtures', 'reference');
const SAMPLE = join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml');
const points: string[] = parse(readFileSync(SAMPLE, 'utf8')).summary.points;
const shapeNamed = (xml: string, name: string) => new RegExp(`<p:sp><p:nvSpPr><p:cNvPr id="\\d+" name="${name}"[\\s\\S]*?</p:sp>`).exec(xml)?.[0] ?? '';
const sizes = (xml: string) => [...xml.matchAll(/<a:rPr [^>]*\bsz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
/** The body placeholder: no type (or type="body"), with or without an idx. */
const body = (xml: string) => /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph(?: idx="\d+")?(?: type="body")?(?: idx="\d+")?\/>[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? '';

// Templates with large body type (24 or 32 pt) in a short content area. On midnightblue, focus and vivid the three points
// under the bottom line need a little more room than the area has even at the body floor: two slides, the callout kept.
const ONE_SLIDE = ['nature-illustration', 'yellow-idea', 'portfolio', 'beehive', 'inspiration', 'pandoc-reference'];
const TIGHT = ['midnightblue', 'focus', 'vivid'];
const build = async (name: string) => {
  const templates = {
    ...loadTemplates(DEFAULT_TEMPLATES),
    reference: { file: `${name}.pptx`, bytes: new Uint8Array(readFileSync(join(REFERENCES, `${name}.pptx`))) },
  };
  return buildDeck(await loadBrief(SAMPLE), templates);
};

/** A font a template names that is not installed is measured with fontconfig's fallback and a 10 % margin; without fontconfig, 25 %. */
const itWithFontconfig = it.skipIf(missing('fc-match'));

describe('the summary on a reference template', () => {
  itWithFontconfig.each(ONE_SLIDE)('%s: the bottom line is a callout over the other points, all on one slide, with no warning about it', async (name) => {
    const deck = await build(name);
    const summaries = deck.slides.flatMap((slide, i) => (slide.kind === 'summary' ? [i + 1] : []));
    expect(summaries).toHaveLength(1);
    expect(deck.slides[summaries[0] - 1].title).not.toMatch(/\(\d+\/\d+\)/);
    const xml = openDeck(deck.bytes).slideXml(summaries[0]);
    const callout = shapeNamed(xml, 'Message');
    expect(paragraphs(callout)).toEqual([points[0]]);
    expect(paragraphs(body(xml))).toEqual(points.slice(1));
    expect(Math.min(...sizes(callout))).toBeGreaterThanOrEqual(Math.max(...sizes(body(xml)))); // the bottom line never smaller than the points under it
    expect(deck.warnings.map((w) => w.message)).not.toContainEqual(expect.stringMatching(/bottom line/));
  });

  it.each(TIGHT)('%s: the bottom line stays a callout (not demoted to a point) when the points need a second slide', async (name) => {
    const deck = await build(name);
    const first = deck.slides.findIndex((slide) => slide.kind === 'summary') + 1;
    expect(paragraphs(shapeNamed(openDeck(deck.bytes).slideXml(first), 'Message'))).toEqual([points[0]]);
    expect(deck.warnings.map((w) => w.message)).not.toContainEqual(expect.stringMatching(/bottom line/));
  });
});
