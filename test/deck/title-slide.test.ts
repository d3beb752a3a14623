// The title slide on the grid: one left edge for title, accent rule and every detail line; the title block set in the upper half, clear of a logo.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeTemplate } from '../../src/master/describe.js';
import type { Box } from '../../src/master/model.js';
import { buildDeckFile } from './decks.js';
import { readPackage, shapeTree, text } from '../master/parts.js';

const EMU = 914400;
const SAMPLE = 'briefs/china-nato-8th-dialogue.yaml';

/** A --templates folder with the shipped theme plus a logo in the top-left corner. */
function topLeftLogoTemplates(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-cover-'));
  const shipped = readFileSync('templates/theme.yaml', 'utf8');
  writeFileSync(join(dir, 'theme.yaml'), shipped.replace(/^deck:/m, 'logo: { file: crest.png, alt: Crest, position: top-left, height: 0.6 }\ndeck:'));
  copyFileSync('test/fixtures/pictures/img/tall.png', join(dir, 'crest.png'));
  return dir;
}

const boxOf = (xml: string): Box | undefined => {
  const m = /<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
  return m ? { x: +m[1] / EMU, y: +m[2] / EMU, w: +m[3] / EMU, h: +m[4] / EMU } : undefined;
};

/** Slide 1's text placeholders where they are drawn (the slide's own box, else the layout's) with their text's left edge; the rule and logo. */
function cover(deck: string) {
  const parts = readPackage(deck);
  const info = describeTemplate(parts);
  const layout = info.layouts.find((l) => l.name === 'Title Slide')!;
  const slide = shapeTree(text(parts, 'ppt/slides/slide1.xml'));
  const texts = layout.placeholders
    .filter((ph) => ph.type === 'ctrTitle' || ph.type === 'subTitle')
    .map((ph) => {
      const own = slide.find((s) => s.ph?.includes(`type="${ph.type}"`));
      const box = (own && boxOf(own.xml)) ?? ph.box;
      return { type: ph.type, box, textLeft: box.x + ph.insets.left, textRight: box.x + box.w - ph.insets.right };
    });
  const layoutXml = text(parts, 'ppt/slideLayouts/slideLayout1.xml');
  const rule = boxOf(shapeTree(layoutXml).find((s) => s.name === 'Title Rule')!.xml)!;
  const logo = shapeTree(layoutXml).find((s) => s.name === 'Logo');
  return { texts, rule, logo: logo && boxOf(logo.xml), height: info.slideSize.h };
}

describe('title slide geometry', () => {
  const out = mkdtempSync(join(tmpdir(), 'briefdeck-cover-out-'));

  it.each([
    ['the default theme', {}],
    ['a logo in the top-left corner', { templates: topLeftLogoTemplates() }],
  ])(
    '%s: title, accent rule, subtitle and detail lines share one left edge; the title block ends on the rule at two fifths of the height',
    (_name, options: { templates?: string }) => {
      const dir = mkdtempSync(join(out, 'deck-'));
      const deck = buildDeckFile(SAMPLE, dir, {}, options.templates ? ['--templates', options.templates] : []);
      const { texts, rule, logo, height } = cover(deck);
      const [title, subtitle] = ['ctrTitle', 'subTitle'].map((type) => texts.find((t) => t.type === type)!);
      expect(title.textLeft).toBeCloseTo(subtitle.textLeft, 3);
      expect(rule.x).toBeCloseTo(title.textLeft, 3);
      expect(rule.y).toBeLessThanOrEqual(height * 0.4 + 0.01); // the top third is not empty: the title block ends on this line
      expect(title.box.y + title.box.h).toBeLessThanOrEqual(rule.y);
      expect(title.box.y + title.box.h).toBeGreaterThan(rule.y - 0.2);
      expect(subtitle.box.y).toBeGreaterThan(rule.y + rule.h);
      expect(subtitle.box.y).toBeLessThan(rule.y + 0.5);
      if (options.templates) {
        expect(logo).toBeDefined();
        expect(title.box.y).toBeGreaterThanOrEqual(logo!.y + logo!.h); // space for the logo: the title starts below it, at the same left edge
      }
    },
  );

  it('a right-to-left deck: title, subtitle and accent rule share one right edge', () => {
    const deck = buildDeckFile('test/fixtures/stress-arabic.yaml', mkdtempSync(join(out, 'deck-')));
    const { texts, rule } = cover(deck);
    const [title, subtitle] = ['ctrTitle', 'subTitle'].map((type) => texts.find((t) => t.type === type)!);
    expect(title.textRight).toBeCloseTo(subtitle.textRight, 3);
    expect(rule.x + rule.w).toBeCloseTo(title.textRight, 3);
  });
});
