// Relationship and content-type parts are read without an XML parser: what a template's own writer may put in them is still read right.
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readContentTypes, readRels, writeContentTypes, writeRels, type Relationship } from '../../src/pptx/opc.js';
import type { Parts } from '../../src/pptx/parts.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('readRels', () => {
  it('reads back what writeRels wrote, escaped characters included', () => {
    const rels: Relationship[] = [
      { id: 'rId1', type: `${REL}/slideLayout`, target: '../slideLayouts/slideLayout2.xml', external: false },
      { id: 'rIdLink1', type: `${REL}/hyperlink`, target: 'https://example.org/a?b=1&c="2"<3>', external: true },
    ];
    const parts: Parts = {};
    writeRels(parts, 'ppt/slides/slide1.xml', rels);
    expect(readRels(parts, 'ppt/slides/slide1.xml')).toEqual(rels);
  });

  it('reads relationships however another writer spells them: attribute order, single quotes, spaces, entities, a closing tag, comments', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <!-- <Relationship Id="rIdOld" Type="${REL}/image" Target="old.png"/> -->
  <Relationship Target = '../media/image1.png' Id='rId2' Type='${REL}/image' />
  <Relationship TargetMode="External" Target=" https://example.org/?q=a&amp;b&#x26;c&#38;d " Type="${REL}/hyperlink" Id="rId3"></Relationship>
  <Relationship
      Id="rId4" Type="${REL}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>
</Relationships>`;
    const parts: Parts = { 'ppt/slides/_rels/slide1.xml.rels': strToU8(xml) };
    expect(readRels(parts, 'ppt/slides/slide1.xml')).toEqual([
      { id: 'rId2', type: `${REL}/image`, target: '../media/image1.png', external: false },
      { id: 'rId3', type: `${REL}/hyperlink`, target: 'https://example.org/?q=a&b&c&d', external: true },
      { id: 'rId4', type: `${REL}/slideLayout`, target: '../slideLayouts/slideLayout1.xml', external: false },
    ]);
  });

  it('gives no relationships for a part without a relationships part, or an empty one', () => {
    expect(readRels({}, 'ppt/slides/slide1.xml')).toEqual([]);
    const empty: Parts = { 'ppt/slides/_rels/slide1.xml.rels': strToU8('<Relationships xmlns="x"/>') };
    expect(readRels(empty, 'ppt/slides/slide1.xml')).toEqual([]);
  });
});

describe('readContentTypes', () => {
  it('reads defaults (extension in lower case) and overrides (without the leading slash), in any quoting', () => {
    const xml = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="PNG" ContentType="image/png"/><Default ContentType='application/xml' Extension='xml'/><Override PartName="/ppt/slides/slide1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/></Types>`;
    const types = readContentTypes({ '[Content_Types].xml': strToU8(xml) });
    expect([...types.defaults]).toEqual([
      ['png', 'image/png'],
      ['xml', 'application/xml'],
    ]);
    expect([...types.overrides]).toEqual([['ppt/slides/slide1.xml', 'application/vnd.openxmlformats-officedocument.presentationml.slide+xml']]);
  });

  it('reads back what writeContentTypes wrote', () => {
    const parts: Parts = { 'ppt/slides/slide1.xml': strToU8('<p:sld/>'), 'ppt/media/a.png': new Uint8Array(1) };
    const known = {
      defaults: new Map([
        ['png', 'image/png'],
        ['xml', 'application/xml'],
      ]),
      overrides: new Map([['ppt/slides/slide1.xml', 'application/vnd.openxmlformats-officedocument.presentationml.slide+xml']]),
    };
    writeContentTypes(parts, known);
    expect(readContentTypes(parts)).toEqual(known);
  });
});
