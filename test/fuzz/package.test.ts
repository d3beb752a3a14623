// The fuzzers' package checker: passes a real deck, and catches each kind of damage it is there to catch (so a passing fuzz run means something).
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { REPO } from '../watch/child.js';
import { checkPackage, resolveTarget } from './package.js';

let deck: Uint8Array;

beforeAll(async () => {
  const file = `${REPO}/test/fixtures/valid-full.yaml`; // its pictures are found beside it
  const brief = briefFromText(readFileSync(file, 'utf8'), file);
  deck = (await buildDeck(brief, loadTemplates(DEFAULT_TEMPLATES))).bytes;
});

/** The deck with some parts changed (a string replaces a part, undefined removes it). */
function damaged(changes: Record<string, string | undefined>): Uint8Array {
  const files = unzipSync(deck);
  for (const [name, text] of Object.entries(changes)) {
    if (text === undefined) delete files[name];
    else files[name] = strToU8(text);
  }
  return zipSync(files);
}

const part = (name: string) => new TextDecoder().decode(unzipSync(deck)[name]);

describe('package checker used by the fuzzers', () => {
  it('finds nothing wrong with a deck briefdeck builds, and counts its slides', () => {
    const { problems, slideCount } = checkPackage(deck);
    expect(problems).toEqual([]);
    expect(slideCount).toBeGreaterThanOrEqual(12);
  });

  it('reports bytes that are not a zip', () => {
    expect(checkPackage(strToU8('not a zip')).problems[0]).toMatch(/^not a readable zip/);
  });

  it('reports a malformed XML part, with its name', () => {
    const { problems } = checkPackage(damaged({ 'ppt/slides/slide2.xml': part('ppt/slides/slide2.xml').replace('</p:sld>', '') }));
    expect(problems.join('\n')).toMatch(/^ppt\/slides\/slide2\.xml: malformed XML/m);
  });

  it('reports a relationship whose target is missing, and a slide without notes', () => {
    const { problems } = checkPackage(damaged({ 'ppt/notesSlides/notesSlide3.xml': undefined }));
    expect(problems.join('\n')).toMatch(/ppt\/slides\/_rels\/slide3\.xml\.rels: rId\d+ points at \.\.\/notesSlides\/notesSlide3\.xml/);
    const rels = part('ppt/slides/_rels/slide3.xml.rels').replace(/<Relationship [^>]*notesSlide"[^>]*\/>/, '');
    expect(checkPackage(damaged({ 'ppt/slides/_rels/slide3.xml.rels': rels })).problems).toContain('ppt/slides/slide3.xml: expected one notes part, found 0');
  });

  it('reports a part [Content_Types].xml does not cover, and an Override for a part that is not there', () => {
    const types = part('[Content_Types].xml');
    const noSlideType = types.replace(/<Override PartName="\/ppt\/slides\/slide1\.xml"[^>]*\/>/, '');
    expect(checkPackage(damaged({ '[Content_Types].xml': noSlideType })).problems).toContain(
      'ppt/slides/slide1.xml: no content type ([Content_Types].xml has no Override for it, only the generic application/xml)',
    );
    const noPngType = types.replace(/<Default Extension="png"[^>]*\/>/, '');
    expect(checkPackage(damaged({ '[Content_Types].xml': noPngType, 'ppt/media/image1.png': 'x' })).problems).toContain(
      'ppt/media/image1.png: no content type ([Content_Types].xml has no Override for it and no Default)',
    );
    expect(checkPackage(damaged({ 'ppt/slides/slide1.xml': undefined })).problems).toContain(
      '[Content_Types].xml: Override for missing part /ppt/slides/slide1.xml',
    );
  });

  it('resolves relationship targets the way OPC does', () => {
    expect(resolveTarget('ppt/slides/_rels/slide1.xml.rels', '../notesSlides/notesSlide1.xml')).toBe('ppt/notesSlides/notesSlide1.xml');
    expect(resolveTarget('_rels/.rels', 'ppt/presentation.xml')).toBe('ppt/presentation.xml');
    expect(resolveTarget('ppt/_rels/presentation.xml.rels', '/ppt/slides/slide%201.xml')).toBe('ppt/slides/slide 1.xml');
  });
});
