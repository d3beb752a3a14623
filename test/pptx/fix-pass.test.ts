// The package fix-ups decode each slide once: placeholder shapes put in by the fix pass itself still name the slide in docProps/app.xml.
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixParts } from '../../src/pptx/package.js';
import { presentationParts } from '../../src/pptx/parts.js';
import { createPresentation } from '../../src/pptx/pptxgen.js';

const titleShape = (text: string) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="1000" name="Title 1000"/><p:cNvSpPr/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" altLang="en-US" dirty="0"/><a:t>${text}</a:t></a:r></a:p></p:txBody></p:sp>`;

async function twoSlides() {
  const pptx = createPresentation();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.addSlide().addText('Body one', { x: 1, y: 2, w: 8, h: 1 });
  pptx.addSlide().addText('Body two', { x: 1, y: 2, w: 8, h: 1 });
  return presentationParts(pptx);
}

describe('fixParts with shapes put in by the pass', () => {
  it('gives each slide its shapes once, repaired, and lists their titles in docProps/app.xml', async () => {
    const parts = await twoSlides();
    const inserted = new Map([['ppt/slides/slide2.xml', titleShape('Second &amp; last')]]);
    fixParts(parts, { date: new Date(Date.UTC(2024, 0, 2)), language: 'fr-FR' }, (name, xml) =>
      inserted.has(name) ? xml.replace('</p:grpSpPr>', `</p:grpSpPr>${inserted.get(name)}`) : xml,
    );
    const slide2 = strFromU8(parts['ppt/slides/slide2.xml']);
    expect(slide2.split('name="Title 1000"')).toHaveLength(2);
    expect(slide2).toContain('<a:rPr lang="fr-FR" dirty="0"/><a:t>Second &amp; last</a:t>'); // the slide repairs ran over the shape (deck language)
    expect(strFromU8(parts['ppt/slides/slide1.xml'])).not.toContain('Title 1000');
    const app = strFromU8(parts['docProps/app.xml']);
    expect(app).toContain('<vt:lpstr>Second &amp; last</vt:lpstr>');
    expect(app).toContain('<vt:lpstr>Slide 1</vt:lpstr>'); // no title placeholder: the name pptxgenjs gave it
  });

  it('reads titles already in the slides when nothing is put in', async () => {
    const parts = await twoSlides();
    fixParts(parts, { date: new Date(Date.UTC(2024, 0, 2)) }, (name, xml) => xml);
    const app = strFromU8(parts['docProps/app.xml']);
    expect(app).toContain('<vt:lpstr>Slide 1</vt:lpstr>');
    expect(app).toContain('<vt:lpstr>Slide 2</vt:lpstr>');
  });
});
