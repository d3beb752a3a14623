// decorateMasters on the default template and on reference decks: banner and logo drawn last on every master and every layout hiding its master's shapes.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { bannerFontSize, bannerHeight, decorateMasters, decoratedParts } from '../../src/master/decorate.js';
import { defaultTemplate } from '../../src/master/default-template.js';
import { loadTheme } from '../../src/templates/theme.js';
import { expectValidPptx, validName, XMLLINT } from '../deck/decks.js';
import { readPackage, shapeIds, shapeTree, text, writePackage, type Parts } from './parts.js';

const theme = loadTheme('templates/theme.yaml');
const banner = { text: 'SECRET//NOFORN', fill: 'C8102E', color: 'FFFFFF' };
const templates: [string, () => Parts][] = [
  ['the default template', () => defaultTemplate(theme)],
  ['pandoc-reference.pptx', () => readPackage('test/fixtures/reference/pandoc-reference.pptx')],
  ['vivid.pptx', () => readPackage('test/fixtures/reference/vivid.pptx')],
];

/** The slide size a package declares, in inches. */
function slideSize(parts: Parts): { w: number; h: number } {
  const m = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(text(parts, 'ppt/presentation.xml'));
  return { w: Number(m?.[1]) / 914400, h: Number(m?.[2]) / 914400 };
}

const masters = (parts: Parts) => Object.keys(parts).filter((p) => /^ppt\/slideMasters\/slideMaster\d+\.xml$/.test(p));
const logoPng = await sharp({ create: { width: 300, height: 120, channels: 3, background: '#1F2A44' } })
  .png()
  .toBuffer();

describe('decorateMasters', () => {
  it.each(templates)('draws the banner last on every master of %s, top and bottom, across the slide', (_name, make) => {
    const parts = make();
    const size = slideSize(parts);
    const decorated = decorateMasters(parts, { slideSize: size, banner });
    expect(masters(decorated).length).toBeGreaterThan(0);
    for (const path of decoratedParts(decorated)) {
      const xml = text(decorated, path);
      const tree = shapeTree(xml);
      const [top, bottom] = tree.slice(-2);
      expect([top.name, bottom.name], path).toEqual(['Classification Banner Top', 'Classification Banner Bottom']);
      for (const bar of [top, bottom]) {
        expect(bar.xml).toContain('<a:t>SECRET//NOFORN</a:t>');
        expect(bar.xml).toContain('<a:srgbClr val="C8102E"/>');
        expect(bar.xml).toMatch(/<a:rPr lang="en-US" sz="\d+" b="1"><a:solidFill><a:srgbClr val="FFFFFF"\/><\/a:solidFill><a:latin typeface="\+mn-lt"\/>/);
      }
      const bar = bannerHeight(size.h);
      expect(bar).toBeCloseTo((0.3 * size.h) / 7.5, 9);
      expect(top.xml).toContain(`<a:off x="0" y="0"/><a:ext cx="${Math.round(size.w * 914400)}" cy="${Math.round(bar * 914400)}"/>`);
      expect(bottom.xml).toContain(`<a:off x="0" y="${Math.round((size.h - bar) * 914400)}"/>`);
      const ids = shapeIds(xml);
      expect(new Set(ids).size, `${path}: ${ids.join(',')}`).toBe(new Set(shapeIds(text(parts, path))).size + 2);
    }
    expect(decoratedParts(decorated)).toEqual(expect.arrayContaining(masters(decorated)));
  });

  it('also draws on the default template layouts that hide the master shapes (Title Slide, Section Header, Blank), and on no other', () => {
    const decorated = decorateMasters(defaultTemplate(theme), { slideSize: { w: theme.grid.width, h: theme.grid.height }, banner });
    expect(decoratedParts(decorated)).toEqual([
      'ppt/slideMasters/slideMaster1.xml',
      'ppt/slideLayouts/slideLayout1.xml',
      'ppt/slideLayouts/slideLayout3.xml',
      'ppt/slideLayouts/slideLayout6.xml',
    ]);
    expect(text(decorated, 'ppt/slideLayouts/slideLayout2.xml')).not.toContain('Classification Banner');
    expect(text(decorated, 'ppt/slideLayouts/slideLayout6.xml')).toContain('Classification Banner Bottom');
  });

  it.skipIf(!XMLLINT).each(templates)(validName('%s with a banner and a PNG logo'), (_name, make) => {
    const parts = make();
    const decorated = decorateMasters(parts, {
      slideSize: slideSize(parts),
      banner,
      logo: { bytes: logoPng, type: 'png', alt: 'Crest of the ministry', box: { x: 1, y: 0.4, w: 1, h: 0.4 } },
    });
    expectValidPptx(writePackage(decorated));
  });

  it('adds the logo once as a media part, related from every decorated part, with its content type and alt text', () => {
    const parts = readPackage('test/fixtures/reference/vivid.pptx');
    const decorated = decorateMasters(parts, {
      slideSize: slideSize(parts),
      logo: { bytes: logoPng, type: 'png', alt: 'Crest & motto', box: { x: 1, y: 0.4, w: 1, h: 0.4 } },
    });
    const media = Object.keys(decorated).filter((p) => p.startsWith('ppt/media/briefdeck-logo'));
    expect(media).toEqual(['ppt/media/briefdeck-logo.png']);
    expect(text(decorated, '[Content_Types].xml').match(/Extension="png"/gi)).toHaveLength(1);
    for (const path of masters(decorated)) {
      const picture = shapeTree(text(decorated, path)).pop();
      expect(picture?.element).toBe('pic');
      expect(picture?.xml).toContain('descr="Crest &amp; motto"');
      const rel = /r:embed="([^"]+)"/.exec(picture?.xml ?? '')?.[1];
      const rels = text(decorated, path.replace('slideMasters/', 'slideMasters/_rels/') + '.rels');
      expect(rels).toContain(
        `Id="${rel}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/briefdeck-logo.png"`,
      );
    }
  });

  it.skipIf(!XMLLINT)('embeds an SVG logo with its PNG rendering (PowerPoint’s svgBlip extension) and still validates', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><rect width="200" height="100" fill="#2E6DB4"/></svg>');
    const png = await sharp(svg).png().toBuffer();
    const decorated = decorateMasters(defaultTemplate(theme), {
      slideSize: { w: theme.grid.width, h: theme.grid.height },
      logo: { bytes: svg, type: 'svg', png, alt: 'Logo', box: { x: 11.8, y: 0.6, w: 1, h: 0.5 } },
    });
    expect(Object.keys(decorated).filter((p) => p.startsWith('ppt/media/'))).toEqual(['ppt/media/briefdeck-logo.png', 'ppt/media/briefdeck-logo.svg']);
    const picture = shapeTree(text(decorated, 'ppt/slideMasters/slideMaster1.xml')).pop();
    expect(picture?.xml).toMatch(
      /<a:blip r:embed="rId\d+"><a:extLst><a:ext uri="\{96DAC541-7B7A-43D3-8B79-37D633B846F1\}"><asvg:svgBlip [^>]*r:embed="rId\d+"\/>/,
    );
    expect(text(decorated, '[Content_Types].xml')).toContain('<Default Extension="svg" ContentType="image/svg+xml"/>');
    expectValidPptx(writePackage(decorated));
  });

  it('leaves the source parts untouched', () => {
    const parts = defaultTemplate(theme);
    const before = text(parts, 'ppt/slideMasters/slideMaster1.xml');
    decorateMasters(parts, { slideSize: { w: 13.333, h: 7.5 }, banner });
    expect(text(parts, 'ppt/slideMasters/slideMaster1.xml')).toBe(before);
  });

  it('shrinks the banner text for a long marking, and keeps it to the bar’s height', () => {
    expect(bannerFontSize('SECRET', 13.333, 0.3)).toBe(11);
    const long =
      'TOP SECRET//SI/TK//NOFORN//REL TO USA, GBR, CAN, AUS, NZL, FVEY, NATO, ISAF, KFOR, ACGU, TEYE//ORCON/IMCON/PROPIN/RELIDO/FISA/DSEN/FOUO/LES/SBU/SCI/SI-G/HCS/RD/FRD/CNWDI/FED ONLY/FEDCON/NOCON/DL ONLY/EXDIS/NODIS/LIMDIS';
    expect(bannerFontSize(long, 13.333, 0.3)).toBeLessThan(11);
    expect(bannerFontSize(long, 13.333, 0.3) * long.length * 0.6).toBeLessThan((13.333 - 0.2) * 72);
    expect(bannerFontSize('SECRET', 10, 0.15)).toBeLessThanOrEqual(0.15 * 72 * 0.75);
  });
});
