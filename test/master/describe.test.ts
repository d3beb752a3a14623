// Describing a reference template: slide size, layouts of every master, and each placeholder's box, insets and level styles as the XML gives them.
import { describe, expect, it } from 'vitest';
import { BriefdeckError } from '../../src/errors.js';
import { describeTemplate } from '../../src/master/describe.js';
import type { PlaceholderInfo } from '../../src/master/model.js';
import { describeReference, layoutNamed, referenceParts, rewrite } from './fixtures.js';

const EMU = 914_400;
const inches = (emu: number) => emu / EMU;
const placeholder = (list: PlaceholderInfo[], type: string) => {
  const found = list.find((p) => p.type === type);
  if (!found) throw new Error(`no ${type} placeholder among ${list.map((p) => p.type).join(', ')}`);
  return found;
};

describe('describeTemplate on Pandoc’s default reference.pptx', () => {
  const info = describeReference('pandoc-reference');

  it('reads the 16:9 slide size (p:sldSz 9144000 × 5143500 EMU) and the theme fonts', () => {
    expect(info.slideSize).toEqual({ w: 10, h: 5.625 });
    expect(info.fonts).toEqual({ major: 'Calibri', minor: 'Calibri' });
  });

  it('lists the layouts in the master’s order with their names and parts', () => {
    expect(info.layouts.map((l) => l.name)).toEqual([
      'Title Slide',
      'Title and Content',
      'Section Header',
      'Two Content',
      'Comparison',
      'Title Only',
      'Blank',
      'Content with Caption',
      'Picture with Caption',
      'Title and Vertical Text',
      'Vertical Title and Text',
    ]);
    expect(layoutNamed(info, 'Title and Content')).toMatchObject({ part: 'ppt/slideLayouts/slideLayout2.xml', master: 'ppt/slideMasters/slideMaster1.xml' });
  });

  it('gives Title and Content’s content placeholder the master body’s box, insets and five bullet levels', () => {
    const layout = layoutNamed(info, 'Title and Content');
    expect(layout.placeholders.map((p) => p.type)).toEqual(['title', 'obj', 'dt', 'ftr', 'sldNum']);
    const body = placeholder(layout.placeholders, 'obj');
    expect(body).toMatchObject({ idx: 1, name: 'Content Placeholder 2', anchor: 'top', autofit: 'shrink', vertical: false });
    // the layout's <p:spPr/> is empty: the master's body a:xfrm (457200, 1200151; 8229600 × 3394472)
    expect(body.box).toEqual({ x: 0.5, y: inches(1_200_151), w: 9, h: inches(3_394_472) });
    expect(body.insets).toEqual({ left: 0.1, right: 0.1, top: 0.05, bottom: 0.05 });
    expect(body.levels.map((l) => l.size)).toEqual([24, 21, 18, 15, 15]); // p:bodyStyle sz 2400, 2100, 1800, 1500, 1500
    expect(body.levels.map((l) => l.marginLeft)).toEqual([0.375, 0.75, 1.125, 1.5, 1.875]); // marL 342900 …
    expect(body.levels.every((l) => l.bullet && l.indent === -0.375 && l.font === 'Calibri' && l.colour === '000000')).toBe(true);
    expect(body.levels[0].spaceBefore).toBeCloseTo(0.2 * 24 * 1.2); // spcPct 20000 of a 24 pt line
    expect(body.repeatStyle).toBeUndefined(); // a slide inherits the master's p:txStyles
  });

  it('gives the title the master title’s box, centred anchor and title style', () => {
    const title = placeholder(layoutNamed(info, 'Title and Content').placeholders, 'title');
    expect(title.box).toEqual({ x: 0.5, y: inches(205_979), w: 9, h: inches(857_250) });
    expect(title.anchor).toBe('middle');
    expect(title.levels[0]).toMatchObject({ size: 33, align: 'center', bullet: false, font: 'Calibri', colour: '000000' });
  });

  it('lets a layout’s own box and list style win over the master (Title Slide’s subtitle)', () => {
    const layout = layoutNamed(info, 'Title Slide');
    expect(placeholder(layout.placeholders, 'ctrTitle').box).toEqual({ x: 0.75, y: inches(1_597_819), w: 8.5, h: inches(1_102_519) });
    const subtitle = placeholder(layout.placeholders, 'subTitle');
    expect(subtitle.box).toEqual({ x: 1.5, y: inches(2_914_650), w: 7, h: inches(1_314_450) });
    // the layout says centred, no bullet, marL 0 and tx1 with tint 75 %; the size still comes from the master's body style
    expect(subtitle.levels[0]).toMatchObject({ size: 24, align: 'center', bullet: false, marginLeft: 0, indent: 0, colour: '404040' });
  });

  it('marks vertical placeholders (orient="vert")', () => {
    const layout = layoutNamed(info, 'Vertical Title and Text');
    expect(layout.placeholders.filter((p) => p.vertical).map((p) => p.type)).toEqual(['title', 'body']);
  });
});

describe('describeTemplate resolves the theme', () => {
  const parts = rewrite(referenceParts('pandoc-reference'), {
    'ppt/theme/theme1.xml': (xml) =>
      xml
        .replace(/(<a:majorFont><a:latin typeface=")[^"]*/, '$1Georgia')
        .replace(/(<a:minorFont><a:latin typeface=")[^"]*/, '$1Verdana')
        .replace(/<a:dk1>.*?<\/a:dk1>/, '<a:dk1><a:srgbClr val="1F3864"/></a:dk1>'),
    'ppt/slideMasters/slideMaster1.xml': (xml) => xml.replace('<p:clrMap bg1="lt1" tx1="dk1"', '<p:clrMap bg1="dk1" tx1="dk1"'),
  });
  const info = describeTemplate(parts);

  it('finds +mj-lt and +mn-lt in the theme’s font scheme: the title in the major font, the body in the minor', () => {
    expect(info.fonts).toEqual({ major: 'Georgia', minor: 'Verdana' });
    const layout = layoutNamed(info, 'Title and Content');
    expect(placeholder(layout.placeholders, 'title').levels[0].font).toBe(info.fonts.major);
    expect(placeholder(layout.placeholders, 'obj').levels.map((l) => l.font)).toEqual(Array(5).fill('Verdana'));
  });

  it('resolves scheme colours through the master’s colour map and the theme’s colour scheme', () => {
    const layout = layoutNamed(info, 'Title and Content');
    expect(placeholder(layout.placeholders, 'title').levels[0].colour).toBe('1F3864');
  });

  it('applies a theme colour’s luminance change (accent 1, darker 25 %: 4F81BD → 376092 as PowerPoint shows it)', () => {
    const darker = describeTemplate(
      rewrite(referenceParts('pandoc-reference'), {
        'ppt/slideMasters/slideMaster1.xml': (xml) =>
          xml.replace(/(<p:titleStyle>.*?)<a:schemeClr val="tx1"\/>/, '$1<a:schemeClr val="accent1"><a:lumMod val="75000"/></a:schemeClr>'),
      }),
    );
    expect(placeholder(layoutNamed(darker, 'Title Only').placeholders, 'title').levels[0].colour).toBe('376092');
  });
});

describe('describeTemplate on LibreOffice templates converted to .pptx', () => {
  const focus = describeReference('focus');

  it('reads the 28 × 15.75 cm slide and the layouts of all four masters, LibreOffice’s names kept', () => {
    expect(focus.slideSize.w).toBeCloseTo(10_080_625 / EMU, 9);
    expect(focus.slideSize.h).toBeCloseTo(5_670_550 / EMU, 9);
    expect(new Set(focus.layouts.map((l) => l.master)).size).toBe(4);
    expect(focus.layouts.filter((l) => l.name === 'Title, Content')).toHaveLength(4);
    expect(focus.fonts).toEqual({ major: 'Arial', minor: 'Arial' });
  });

  it('reads the design of a LibreOffice template from its masters: their boxes and the styles of their prompt text (no p:txStyles)', () => {
    // LibreOffice's export gives every master the same generic layouts (the title 720000, 360000 EMU, 8640000 wide, centred,
    // 333333); where the title really sits, and how it looks, is the master's own title placeholder: white, top left, 33 pt
    const layout = layoutNamed(focus, 'Title, Content');
    const title = placeholder(layout.placeholders, 'title');
    expect(title.box).toEqual({ x: inches(540_000), y: inches(180_000), w: inches(3_960_000), h: inches(900_000) });
    expect(title.insets).toEqual({ left: 0, right: 0, top: 0, bottom: 0 });
    expect(title.levels[0]).toMatchObject({ size: 33, font: 'DejaVu Sans', colour: 'FFFFFF', bullet: false });
    const body = placeholder(layout.placeholders, 'obj');
    expect(body.box).toEqual({ x: inches(3_780_000), y: inches(1_980_000), w: inches(2_520_000), h: inches(1_800_000) });
    expect(body.levels.map((l) => l.size)).toEqual([24, 18, 14, 10, 8]); // the master's outline levels
    expect(body.levels[0]).toMatchObject({ font: 'DejaVu Sans', colour: '666666' });
    expect([title.repeatStyle, body.repeatStyle]).toEqual([true, true]); // slides do not inherit prompt-text formatting
  });

  it('inherits a footer’s box from the master when the layout gives an empty p:spPr', () => {
    const footer = placeholder(layoutNamed(focus, 'Title, Content').placeholders, 'ftr');
    expect(footer.box.y + footer.box.h).toBeLessThanOrEqual(focus.slideSize.h);
    expect(footer.box.w).toBeGreaterThan(1);
  });

  it('reads a 4:3 template (Nature Illustration, 28 × 21 cm) with its title and text placeholders inside the slide', () => {
    const nature = describeReference('nature-illustration');
    expect(nature.slideSize.w / nature.slideSize.h).toBeCloseTo(4 / 3, 2);
    // (its second master's own footers hang 0.25 in below the slide: 7272000 + 521280 EMU > 7559675)
    const text = new Set(['title', 'ctrTitle', 'subTitle', 'body', 'obj']);
    for (const layout of nature.layouts) {
      for (const p of layout.placeholders.filter((q) => text.has(q.type))) {
        expect(p.box.x + p.box.w).toBeLessThanOrEqual(nature.slideSize.w + 0.01);
        expect(p.box.y + p.box.h).toBeLessThanOrEqual(nature.slideSize.h + 0.01);
        expect(p.levels).toHaveLength(5);
      }
    }
  });
});

describe('describeTemplate refuses broken packages', () => {
  it('names a part that is not well-formed XML', () => {
    const parts = rewrite(referenceParts('pandoc-reference'), { 'ppt/slideLayouts/slideLayout2.xml': (xml) => xml.replace('</p:cSld>', '') });
    expect(() => describeTemplate(parts, 'corporate.pptx')).toThrow(/expected well-formed XML in ppt\/slideLayouts\/slideLayout2\.xml/);
  });

  it('names a layout part the master’s relationships point to but the package lacks', () => {
    const parts = { ...referenceParts('pandoc-reference') };
    delete parts['ppt/slideLayouts/slideLayout3.xml'];
    try {
      describeTemplate(parts, 'corporate.pptx');
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(BriefdeckError);
      expect((error as BriefdeckError).problems[0]).toMatchObject({ code: 'template', file: 'corporate.pptx' });
      expect((error as Error).message).toContain('expected the part ppt/slideLayouts/slideLayout3.xml, named by ppt/slideMasters/slideMaster1.xml,');
    }
  });
});
