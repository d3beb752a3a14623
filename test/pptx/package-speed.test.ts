// The packaging shortcuts keep the deck the same: parts taken straight from JSZip, and the native-zlib zip writer.
import { strFromU8, strToU8, unzipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { partText, presentationParts } from '../../src/pptx/parts.js';
import { createPresentation } from '../../src/pptx/pptxgen.js';
import { zipEntries } from '../../src/pptx/zip.js';
import { readZip } from '../helpers/zip.js';

function smallDeck() {
  const pptx = createPresentation();
  pptx.layout = 'LAYOUT_WIDE';
  const slide = pptx.addSlide();
  slide.addText('Maritime security — Șerban, 姚勤 & “quotes”', { x: 1, y: 1, w: 8, h: 1 });
  slide.addNotes('First line\n\nSecond paragraph');
  return pptx;
}

describe('presentationParts', () => {
  it('gives exactly the parts pptxgenjs would have zipped, without asking JSZip for a zip', async () => {
    const viaZip = unzipSync((await smallDeck().write({ outputType: 'uint8array' })) as Uint8Array);
    const generate = vi.spyOn(JSZip.prototype, 'generateAsync');
    const parts = await presentationParts(smallDeck());
    const zipTypes = generate.mock.calls.map(([options]) => options?.type as string | undefined).filter((type) => type !== 'briefdeck-parts');
    generate.mockRestore();
    expect(zipTypes).toEqual([]);
    const files = Object.keys(viaZip)
      .filter((name) => !name.endsWith('/'))
      .sort();
    expect(Object.keys(parts).sort()).toEqual(files);
    // pptxgenjs stamps core.xml with the current second; two writes may straddle a second boundary.
    const unstamped = (xml: string) => xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1');
    for (const name of files) expect(unstamped(strFromU8(parts[name])), name).toBe(unstamped(strFromU8(viaZip[name])));
    expect(strFromU8(parts['ppt/slides/slide1.xml'])).toContain('Maritime security — Șerban, 姚勤 &amp; “quotes”');
  });
});

describe('partText', () => {
  it('reads a part as text exactly as decoding its bytes would, before and after the bytes are made, and after a part is replaced', async () => {
    const pptx = smallDeck();
    const loneSurrogate = String.fromCharCode(0xd800); // built at run time: a literal one would not survive the test's compilation
    pptx.addSlide().addText(`lone ${loneSurrogate} surrogate and \uFEFF mark`, { x: 1, y: 1, w: 8, h: 1 });
    const parts = await presentationParts(pptx);
    const names = Object.keys(parts).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'));
    const texts = names.map((name) => partText(parts, name));
    expect(texts[names.indexOf('ppt/slides/slide2.xml')]).toContain('lone \uFFFD surrogate and \uFEFF mark');
    names.forEach((name, i) => expect(texts[i], name).toBe(strFromU8(parts[name])));
    names.forEach((name, i) => expect(partText(parts, name), name).toBe(texts[i])); // now from the bytes
    parts['ppt/slides/slide1.xml'] = strToU8('<p:sld/>');
    expect(partText(parts, 'ppt/slides/slide1.xml')).toBe('<p:sld/>');
    expect(partText(parts, 'ppt/slides/slide9.xml')).toBeUndefined();
  });

  it('keeps the parts in their order and a part replaced before it is read', async () => {
    const parts = await presentationParts(smallDeck());
    const order = Object.keys(parts);
    parts['ppt/slides/slide1.xml'] = strToU8('<p:sld/>');
    expect(Object.keys(parts)).toEqual(order);
    expect(strFromU8(parts['ppt/slides/slide1.xml'])).toBe('<p:sld/>');
    expect(partText(parts, 'ppt/slides/slide1.xml')).toBe('<p:sld/>');
    expect({ ...parts }['ppt/slides/slide1.xml']).toBe(parts['ppt/slides/slide1.xml']);
  });
});

/** Where entry `index`'s data starts: past each local header (30 bytes, name, extra field) and the data before it. */
function dataOffset(zip: Uint8Array, index: number): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0, i = 0; ; i++) {
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (i === index) return start;
    at = start + view.getUint32(at + 18, true);
  }
}

describe('zipEntries', () => {
  const entries: [string, Uint8Array][] = [
    ['[Content_Types].xml', strToU8('<Types/>')],
    ['ppt/slides/slide1.xml', strToU8(`<p:sld>${'<a:t>repeated text compresses</a:t>'.repeat(200)}</p:sld>`)],
    ['docProps/empty.xml', new Uint8Array(0)],
    ['ppt/media/noise.bin', Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 251)], // stored: deflate would not shrink it
  ];

  it('writes a zip whose every entry checks out (CRC and length) and reads back byte for byte, in the order given', () => {
    const bytes = zipEntries(entries, new Date(1980, 0, 1, 12));
    const listing = readZip(bytes);
    expect(listing.filter((entry) => !entry.intact).map((entry) => entry.name)).toEqual([]);
    expect(listing.map((entry) => entry.name)).toEqual(entries.map(([name]) => name));
    const back = unzipSync(bytes);
    for (const [name, data] of entries) expect(Buffer.from(back[name]).equals(Buffer.from(data)), name).toBe(true);
    expect(bytes.length).toBeLessThan(entries.reduce((n, [, d]) => n + d.length, 0));
    const damaged = bytes.slice();
    damaged[dataOffset(damaged, 3) + 100] ^= 1; // a byte of the last entry flipped: the check sees it
    expect(readZip(damaged).map((entry) => entry.intact)).toEqual([true, true, true, false]);
  });

  it('stamps every entry with the given local time and nothing else, so the same parts give the same bytes', () => {
    const a = zipEntries(entries, new Date(1980, 0, 1, 12));
    expect(Buffer.from(a).equals(Buffer.from(zipEntries(entries, new Date(1980, 0, 1, 12))))).toBe(true);
    expect(readZip(a).map((entry) => entry.stamp)).toEqual(entries.map(() => '19800101.120000'));
  });
});
