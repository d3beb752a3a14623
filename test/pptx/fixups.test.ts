// The pptxgenjs 4.0.1 work-arounds in src/pptx/package.ts, each on the XML it repairs and on a real deck.
import { describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { deckLanguage, dropDanglingOverrides, dropStrayParagraphProps, moveNotesMasterIdList, stableSectionIds } from '../../src/pptx/package.js';
import { loadTemplates } from '../../src/templates/render.js';
import { openDeck } from '../helpers/pptx.js';

const brief = `title: A & B <talks>
prepared_by: Desk "A" & <B>
language: fr-FR
summary: [One point.]
participants:
  - delegation: X
    members: [{ name: Someone }]
topics:
  - title: T
`;

describe('package fix-ups', () => {
  it('drops [Content_Types] overrides for parts that do not exist (#1444)', () => {
    const xml =
      '<Types><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="a"/><Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="a"/></Types>';
    expect(dropDanglingOverrides(xml, { 'ppt/slideMasters/slideMaster1.xml': new Uint8Array() })).toBe(
      '<Types><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="a"/></Types>',
    );
  });

  it('puts p:notesMasterIdLst right after p:sldMasterIdLst', () => {
    const xml = '<p:sldMasterIdLst>m</p:sldMasterIdLst><p:sldIdLst>s</p:sldIdLst><p:notesMasterIdLst>n</p:notesMasterIdLst><p:sldSz/>';
    expect(moveNotesMasterIdList(xml)).toBe(
      '<p:sldMasterIdLst>m</p:sldMasterIdLst><p:notesMasterIdLst>n</p:notesMasterIdLst><p:sldIdLst>s</p:sldIdLst><p:sldSz/>',
    );
  });

  it('keeps only the first a:pPr of a multi-run paragraph', () => {
    const xml = '<a:p><a:pPr marL="1"/><a:r><a:t>a</a:t></a:r><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p>';
    expect(dropStrayParagraphProps(xml)).toBe('<a:p><a:pPr marL="1"/><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p>');
  });

  it('gives sections ids that depend only on name and position', () => {
    const xml = (id: string) => `<p14:section name="Summary" id="{${id}}"/>`;
    const a = stableSectionIds(xml('11111111-1111-1111-1111-111111111111'));
    expect(a).toBe(stableSectionIds(xml('22222222-2222-2222-2222-222222222222')));
    expect(a).toMatch(/id="\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}"/);
  });

  it('writes the deck language on field runs', () => {
    const field = '<a:p><a:fld id="{X}" type="slidenum"><a:rPr b="0" lang="en-US"/><a:t>null</a:t></a:fld><a:endParaRPr lang="en-US"/></a:p>';
    expect(deckLanguage(field, { language: 'fr-FR' })).toBe(field.replace(/en-US/g, 'fr-FR'));
  });

  it('leaves a real deck with escaped company, existing overrides and no leftover en-US', async () => {
    const deck = await buildDeck(briefFromText(brief, 'fixups.yaml'), loadTemplates(DEFAULT_TEMPLATES));
    const view = openDeck(deck.bytes);
    expect(view.parts['docProps/app.xml']).toContain('<Company>Desk &quot;A&quot; &amp; &lt;B&gt;</Company>');
    for (const [, part] of view.parts['[Content_Types].xml'].matchAll(/PartName="\/([^"]+)"/g)) expect(view.parts[part], part).toBeDefined();
    for (let n = 1; n <= view.slideCount; n++) expect(view.slideXml(n)).not.toContain('lang="en-US"');
    const notesParts = Object.keys(view.parts).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name));
    expect(notesParts.length).toBe(view.slideCount);
    for (const name of notesParts) expect(view.parts[name], name).toContain('lang="fr-FR"');
    for (const name of notesParts) expect(view.parts[name], name).not.toContain('lang="en-US"');
    expect(view.slideText(1)[0]).toBe('A & B <talks>');
  });
});
