// The bundled default template: a valid zero-slide package whose theme, master and six standard layouts come from theme.yaml.
import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../src/master/default-template.js';
import { loadTheme, type Theme } from '../../src/templates/theme.js';
import { expectValidPptx, validName, XMLLINT } from '../deck/decks.js';
import { shapeIds, shapeTree, text, writePackage } from './parts.js';

const theme = loadTheme('templates/theme.yaml');
const parts = defaultTemplate(theme);
const layoutPaths = Object.keys(parts)
  .filter((p) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(p))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const EMU = 914400;

describe('default template package', () => {
  it.skipIf(!XMLLINT)(validName('the default template'), () => {
    expectValidPptx(writePackage(parts));
  });

  it('has no slides and the theme grid as its slide size (13.333 in is 13⅓ in widescreen)', () => {
    expect(Object.keys(parts).some((p) => p.startsWith('ppt/slides/'))).toBe(false);
    const presentation = text(parts, 'ppt/presentation.xml');
    expect(presentation).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
    expect(presentation).not.toContain('<p:sldId ');
    const fourByThree: Theme = { ...theme, grid: { ...theme.grid, width: 10, height: 7.5 } };
    expect(text(defaultTemplate(fourByThree), 'ppt/presentation.xml')).toContain('<p:sldSz cx="9144000" cy="6858000"/>');
  });

  it('has the six standard layouts with their types and placeholders', () => {
    const layouts = layoutPaths.map((path) => {
      const xml = text(parts, path);
      return {
        name: /<p:cSld name="([^"]*)"/.exec(xml)?.[1],
        type: /<p:sldLayout [^>]*type="(\w+)"/.exec(xml)?.[1],
        ph: shapeTree(xml).flatMap((shape) => (shape.ph ? [shape.ph] : [])),
      };
    });
    const footers = ['type="dt" sz="half" idx="10"', 'type="ftr" sz="quarter" idx="11"', 'type="sldNum" sz="quarter" idx="12"'];
    expect(layouts).toEqual([
      { name: 'Title Slide', type: 'title', ph: ['type="ctrTitle"', 'type="subTitle" idx="1"', ...footers] },
      { name: 'Title and Content', type: 'obj', ph: ['type="title"', 'idx="1"', ...footers] },
      { name: 'Section Header', type: 'secHead', ph: ['type="title"', 'type="body" idx="1"', ...footers] },
      { name: 'Two Content', type: 'twoObj', ph: ['type="title"', 'sz="half" idx="1"', 'sz="half" idx="2"', ...footers] },
      { name: 'Title Only', type: 'titleOnly', ph: ['type="title"', ...footers] },
      { name: 'Blank', type: 'blank', ph: [] },
    ]);
    const masterRels = text(parts, 'ppt/slideMasters/_rels/slideMaster1.xml.rels');
    expect(masterRels.match(/relationships\/slideLayout"/g)).toHaveLength(6);
  });

  it('has a master with title, body, date, footer and slide number placeholders on the grid, and the two rules', () => {
    const master = shapeTree(text(parts, 'ppt/slideMasters/slideMaster1.xml'));
    expect(master.map((s) => s.ph ?? s.name)).toEqual([
      'type="title"',
      'type="body" idx="1"',
      'type="dt" sz="half" idx="2"',
      'type="ftr" sz="quarter" idx="3"',
      'type="sldNum" sz="quarter" idx="4"',
      'Title Rule',
      'Footer Rule',
    ]);
    const g = theme.grid;
    const offset = (xml: string) => /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml)?.slice(1).map(Number);
    expect(offset(master[0].xml)).toEqual([g.margin, g.titleTop, g.width - 2 * g.margin, g.titleHeight].map((n) => Math.round(n * EMU)));
    expect(offset(master[1].xml)).toEqual([g.margin, g.contentTop, g.width - 2 * g.margin, g.contentBottom - g.contentTop].map((n) => Math.round(n * EMU)));
    expect(offset(master[4].xml)?.[1]).toBe(Math.round(g.footerTop * EMU));
    expect(master[4].xml).toContain('<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">');
    expect(master[3].xml).not.toContain('<a:t>');
    expect(offset(master[5].xml)?.[1]).toBe(Math.round((g.titleTop + g.titleHeight + g.ruleGap) * EMU));
    expect(master[5].xml).toContain('<a:schemeClr val="accent1"/>'); // the theme's accent (colourSlots): it follows a change of the theme
  });

  it('has five body levels: bullets, hanging indents from the grid, the body size then smaller, never below 14 pt', () => {
    const body = /<p:bodyStyle>([\s\S]*?)<\/p:bodyStyle>/.exec(text(parts, 'ppt/slideMasters/slideMaster1.xml'))?.[1] ?? '';
    const levels = [
      ...body.matchAll(/<a:lvl(\d)pPr marL="(\d+)" indent="(-?\d+)"[^>]*>[\s\S]*?<a:spcPts val="(\d+)"\/>[\s\S]*?<a:buChar char="(.)"\/><a:defRPr sz="(\d+)"/g),
    ];
    expect(levels.map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5]);
    levels.forEach((m, i) => {
      expect(Number(m[2])).toBe(Math.round((i + 1) * theme.grid.indent * EMU));
      expect(Number(m[3])).toBe(-Math.round(theme.grid.indent * EMU));
      expect(Number(m[4])).toBe(theme.grid.paragraphGap * 100);
    });
    expect(levels.map((m) => m[5])).toEqual(['•', '–', '•', '–', '•']);
    expect(levels.map((m) => Number(m[6]) / 100)).toEqual([20, 18, 16, 16, 16]);
    const small = defaultTemplate({ ...theme, sizes: { ...theme.sizes, body: 16 } });
    expect([...text(small, 'ppt/slideMasters/slideMaster1.xml').matchAll(/<p:bodyStyle>[\s\S]*?<\/p:bodyStyle>/g)][0][0].match(/sz="(\d+)"/g)).toEqual([
      'sz="1600"',
      'sz="1400"',
      'sz="1400"',
      'sz="1400"',
      'sz="1400"',
    ]);
  });

  it('takes fonts and colours from the theme, and the master and layouts name fonts only through it', () => {
    const own: Theme = {
      ...theme,
      fonts: { heading: 'Liberation Serif', body: 'Liberation Sans', eastAsian: 'Noto Serif CJK JP', complexScript: 'Noto Naskh Arabic' },
      colours: { ...theme.colours, accent: 'AA3300', navy: '102030' },
    };
    const made = defaultTemplate(own);
    const themePart = text(made, 'ppt/theme/theme1.xml');
    expect(themePart).toContain(
      '<a:majorFont><a:latin typeface="Liberation Serif"/><a:ea typeface="Noto Serif CJK JP"/><a:cs typeface="Noto Naskh Arabic"/></a:majorFont>',
    );
    expect(themePart).toContain(
      '<a:minorFont><a:latin typeface="Liberation Sans"/><a:ea typeface="Noto Serif CJK JP"/><a:cs typeface="Noto Naskh Arabic"/></a:minorFont>',
    );
    expect(themePart).toContain('<a:accent1><a:srgbClr val="AA3300"/></a:accent1>');
    expect(themePart).toContain('<a:dk2><a:srgbClr val="102030"/></a:dk2>');
    const master = text(made, 'ppt/slideMasters/slideMaster1.xml');
    expect(/<p:titleStyle>[\s\S]*?<a:latin typeface="\+mj-lt"\/><a:ea typeface="\+mj-ea"\/><a:cs typeface="\+mj-cs"\/>/.test(master)).toBe(true);
    expect(/<p:bodyStyle>[\s\S]*?<a:latin typeface="\+mn-lt"\/>/.test(master)).toBe(true);
    for (const path of ['ppt/slideMasters/slideMaster1.xml', ...layoutPaths]) {
      const typefaces = [...text(made, path).matchAll(/<a:(?:latin|ea|cs) typeface="([^"]*)"/g)].map((m) => m[1]);
      expect(
        typefaces.filter((face) => !face.startsWith('+')),
        path,
      ).toEqual([]);
      expect(text(made, path)).not.toMatch(/Calibri|Liberation/);
    }
  });

  it('gives every shape of a part its own id', () => {
    for (const path of ['ppt/slideMasters/slideMaster1.xml', ...layoutPaths]) {
      const ids = shapeIds(text(parts, path));
      expect(new Set(ids).size, path).toBe(ids.length);
    }
  });

  it('keeps the title and footer placeholders clear of a logo box', () => {
    const g = theme.grid;
    const right = g.width - g.margin;
    const topRight = { x: right - 1.2, y: 0.68, w: 1.2, h: 0.5 };
    const width = (made: Record<string, Uint8Array>, ph: string) => {
      const shape = shapeTree(text(made, 'ppt/slideMasters/slideMaster1.xml')).find((s) => s.ph === ph);
      const m = /<a:off x="(\d+)" y="\d+"\/><a:ext cx="(\d+)"/.exec(shape?.xml ?? '');
      return { x: Number(m?.[1]) / EMU, w: Number(m?.[2]) / EMU };
    };
    const title = width(defaultTemplate(theme, { logo: topRight }), 'type="title"');
    expect(title.x).toBeCloseTo(g.margin, 5);
    expect(title.x + title.w).toBeCloseTo(topRight.x - g.inset, 5);
    const bottomLeft = { x: g.margin, y: 6.75, w: 1, h: 0.4 };
    const footer = width(defaultTemplate(theme, { logo: bottomLeft }), 'type="ftr" sz="quarter" idx="3"');
    expect(footer.x).toBeCloseTo(g.margin + 1 + g.inset, 5);
    expect(width(defaultTemplate(theme, { logo: bottomLeft }), 'type="title"').w).toBeCloseTo(g.width - 2 * g.margin, 5);
  });
});
