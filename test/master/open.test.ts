// Opening a reference template: .pptx and .potx accepted, and what is not a PowerPoint package refused with a message that says what was expected.
import { strFromU8, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BriefdeckError } from '../../src/errors.js';
import { describeTemplate } from '../../src/master/describe.js';
import { openTemplate, TEMPLATE_LIMITS } from '../../src/master/open.js';
import { referenceBytes, referenceParts, rewrite, zip } from './fixtures.js';

/** The problem an openTemplate call is refused with. */
function refusal(bytes: Uint8Array) {
  try {
    openTemplate(bytes, 'corporate.potx');
  } catch (error) {
    expect(error).toBeInstanceOf(BriefdeckError);
    return (error as BriefdeckError).problems[0];
  }
  throw new Error('the template was accepted');
}

/** A ZIP whose central directory declares each entry `size` bytes unpacked, whatever it really holds. */
function declaringSize(bytes: Uint8Array, size: number): Uint8Array {
  const patched = bytes.slice();
  const view = new DataView(patched.buffer);
  for (let at = 0; at + 46 <= patched.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true); // central directory header: uncompressed size
  }
  return patched;
}

describe('openTemplate', () => {
  it('unpacks a .pptx into its parts by package path', () => {
    const parts = openTemplate(referenceBytes('pandoc-reference'), 'reference.pptx');
    expect(strFromU8(parts['ppt/presentation.xml'])).toContain('<p:sldSz cx="9144000" cy="5143500"');
    expect(Object.keys(parts)).toContain('ppt/slideMasters/slideMaster1.xml');
  });

  it('accepts a .potx: only its main content type differs', () => {
    const potx = rewrite(referenceParts('pandoc-reference'), {
      '[Content_Types].xml': (xml) => xml.replace('presentationml.presentation.main+xml', 'presentationml.template.main+xml'),
    });
    expect(strFromU8(potx['[Content_Types].xml'])).toContain('presentationml.template.main+xml');
    const info = describeTemplate(openTemplate(zip(potx), 'corporate.potx'));
    expect(info.slideSize).toEqual({ w: 10, h: 5.625 });
  });

  it('refuses a file that is not a ZIP, naming the file', () => {
    const found = refusal(strToU8('title: not a deck\n'));
    expect(found).toMatchObject({ code: 'template', file: 'corporate.potx' });
    expect(found.message).toBe('expected a PowerPoint .pptx or .potx file, found a file that is not a ZIP package');
  });

  it('refuses an encrypted or legacy binary file (OLE header D0 CF 11 E0)', () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(refusal(ole).message).toMatch(/^expected a PowerPoint \.pptx or \.potx file, found an encrypted or legacy binary \(OLE\) file/);
  });

  it('refuses a ZIP without ppt/presentation.xml', () => {
    const other = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(refusal(other).message).toBe('expected a PowerPoint .pptx or .potx file, found a ZIP without ppt/presentation.xml');
  });

  it('refuses a presentation without a slide master', () => {
    const parts = referenceParts('pandoc-reference');
    const masterless = Object.fromEntries(Object.entries(parts).filter(([path]) => !path.startsWith('ppt/slideMasters/')));
    expect(refusal(zip(masterless)).message).toContain('found a presentation without a slide master');
  });

  it('refuses a damaged ZIP', () => {
    const bytes = referenceBytes('pandoc-reference').slice(0, 2000);
    expect(refusal(bytes).message).toMatch(/found a damaged ZIP package/);
  });

  it('refuses a ZIP bomb by its declared unpacked size, before inflating it', () => {
    const bomb = declaringSize(zipSync({ 'ppt/presentation.xml': strToU8('<p:presentation/>') }), TEMPLATE_LIMITS.totalBytes + 1);
    const found = refusal(bomb);
    expect(found.code).toBe('limit');
    expect(found.message).toBe('expected a PowerPoint .pptx or .potx file, found more than 200 MB of unpacked content');
  });

  it('refuses a ZIP with more parts than any template has', () => {
    const many = Object.fromEntries(Array.from({ length: TEMPLATE_LIMITS.parts + 1 }, (_, i) => [`ppt/media/p${i}.txt`, new Uint8Array(0)]));
    expect(refusal(zipSync(many, { level: 0 })).message).toContain(`found more than ${TEMPLATE_LIMITS.parts} parts`);
  });
});
