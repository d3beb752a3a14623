// The theme's logo: PNG, JPEG and SVG read at their aspect ratio and placed in a corner band; a bad file or size refused at its theme line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isBriefdeckError } from '../../src/errors.js';
import { loadLogo, logoBand } from '../../src/master/logo.js';
import { readImageHeader } from '../../src/master/image-size.js';
import { loadTheme, parseTheme } from '../../src/templates/theme.js';

const shipped = readFileSync('templates/theme.yaml', 'utf8');

/** A folder with the shipped theme plus a `logo:` section (written before `deck:`), and the given files beside it. */
function themeWithLogo(logo: string, files: Record<string, Uint8Array | string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-logo-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  const file = join(dir, 'theme.yaml');
  writeFileSync(file, shipped.replace(/^deck:/m, `${logo}\ndeck:`));
  return file;
}

/** The line number (1-based) of the first line of `file` that contains `fragment`. */
const lineOf = (file: string, fragment: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(fragment)) + 1;

async function refusal(themeFile: string): Promise<string> {
  try {
    await loadLogo(loadTheme(themeFile), themeFile);
  } catch (e) {
    if (isBriefdeckError(e)) return e.message;
    throw e;
  }
  return 'accepted';
}

const png = await sharp({ create: { width: 400, height: 100, channels: 4, background: '#2E6DB4' } })
  .png()
  .toBuffer();
const jpeg = await sharp({ create: { width: 150, height: 200, channels: 3, background: '#C8102E' } })
  .jpeg()
  .toBuffer();
const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200"><circle cx="150" cy="100" r="90" fill="#1F2A44"/></svg>';

describe('loadLogo', () => {
  it('has no logo when the theme names none', async () => {
    expect(await loadLogo(loadTheme('templates/theme.yaml'), 'templates/theme.yaml')).toBeUndefined();
  });

  it.each([
    ['PNG', 'crest.png', png, 'png', 400 / 100],
    ['JPEG', 'crest.jpg', jpeg, 'jpeg', 150 / 200],
    ['SVG', 'crest.svg', svg, 'svg', 300 / 200],
  ] as const)('reads a %s logo at its aspect ratio, top right in the title band by default', async (_kind, name, bytes, type, ratio) => {
    const file = themeWithLogo(`logo:\n  file: ${name}\n  alt: Crest of the ministry`, { [name]: bytes });
    const theme = loadTheme(file);
    const logo = await loadLogo(theme, file);
    expect(logo?.type).toBe(type);
    expect(logo?.alt).toBe('Crest of the ministry');
    const box = logo!.box;
    expect(box.h).toBe(0.5);
    expect(box.w / box.h).toBeCloseTo(ratio, 9);
    expect(box.x + box.w).toBeCloseTo(theme.grid.width - theme.grid.margin, 9);
    expect(box.y).toBeGreaterThanOrEqual(theme.grid.banner);
    expect(box.y + box.h).toBeLessThanOrEqual(theme.grid.titleTop + theme.grid.titleHeight);
    if (type === 'svg') {
      const rendered = await sharp(logo!.png!).metadata();
      expect(rendered.format).toBe('png');
      expect(rendered.height).toBe(150);
      expect(rendered.width).toBe(225);
    } else expect(logo?.png).toBeUndefined();
  });

  it('places bottom-left in the footer band, clear of the footer rule and the banner, at the height asked', async () => {
    const file = themeWithLogo('logo: { file: logo/crest.png, alt: Crest, position: bottom-left, height: 0.3 }', {});
    writeFileSync(join(file, '..', 'crest.png'), png); // not where logo.file says: refused below
    expect(await refusal(file)).toMatch(/logo\.file: cannot read the logo logo\/crest\.png: no such file or directory/);
    const inPlace = themeWithLogo('logo: { file: crest.png, alt: Crest, position: bottom-left, height: 0.3 }', { 'crest.png': png });
    const theme = loadTheme(inPlace);
    const box = (await loadLogo(theme, inPlace))!.box;
    const g = theme.grid;
    expect(box).toMatchObject({ x: g.margin, h: 0.3, w: 1.2 });
    expect(box.y).toBeGreaterThan(g.footerTop - 0.08);
    expect(box.y + box.h).toBeLessThan(g.height - g.banner);
  });

  it('defaults to the footer band’s height when 0.5 in does not fit there', async () => {
    const file = themeWithLogo('logo: { file: crest.png, alt: Crest, position: bottom-right }', { 'crest.png': png });
    const theme = loadTheme(file);
    const band = logoBand(theme, 'bottom-right');
    expect((await loadLogo(theme, file))!.box.h).toBeCloseTo(band.bottom - band.top, 9);
  });

  it.each([
    [
      'a missing file',
      'logo:\n  file: nowhere.png\n  alt: Crest',
      {},
      'nowhere.png',
      /logo\.file: cannot read the logo nowhere\.png: no such file or directory/,
    ],
    [
      'a text file',
      'logo:\n  file: notes.png\n  alt: Crest',
      { 'notes.png': 'not an image at all' },
      'notes.png',
      /logo\.file: cannot use the logo notes\.png: expected a PNG, JPEG or SVG image/,
    ],
    [
      'a cut-off PNG',
      'logo:\n  file: cut.png\n  alt: Crest',
      { 'cut.png': png.subarray(0, Math.floor(png.length / 2)) },
      'cut.png',
      /logo\.file: cannot use the logo cut\.png: the PNG image is corrupt/,
    ],
    [
      'a PNG header only',
      'logo:\n  file: head.png\n  alt: Crest',
      { 'head.png': png.subarray(0, 20) },
      'head.png',
      /logo\.file: cannot use the logo head\.png: a PNG file without its header/,
    ],
    [
      'a corrupt JPEG',
      'logo:\n  file: bad.jpg\n  alt: Crest',
      { 'bad.jpg': Buffer.concat([jpeg.subarray(0, 200), Buffer.alloc(300, 0x55)]) },
      'bad.jpg',
      /logo\.file: cannot use the logo bad\.jpg: .*corrupt/,
    ],
    [
      'an SVG without a size',
      'logo:\n  file: s.svg\n  alt: Crest',
      { 's.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>' },
      's.svg',
      /logo\.file: cannot use the logo s\.svg: an SVG image without a size/,
    ],
    ['a folder', 'logo:\n  file: .\n  alt: Crest', {}, 'file: .', /logo\.file: expected an image file, found a folder/],
    [
      'a logo taller than its band',
      'logo:\n  file: c.png\n  alt: Crest\n  height: 2',
      { 'c.png': png },
      'height: 2',
      /logo\.height: expected at most 1\.14 \(inches/,
    ],
    [
      'a logo too wide at its ratio',
      'logo:\n  file: c.png\n  alt: Crest\n  height: 1.1',
      { 'c.png': png },
      'height: 1.1',
      /logo\.height: expected a smaller height: the logo would be 4\.4 in wide/,
    ],
  ])('refuses %s at the theme line that names it', async (_what, logo, files, fragment, message) => {
    const file = themeWithLogo(logo, files);
    const line = lineOf(file, fragment);
    const text = await refusal(file);
    expect(text).toMatch(message);
    expect(text.startsWith(`${file}:${line}:`), text).toBe(true);
  });

  it('refuses a position or height the schema does not allow, at its line, when the theme is read', () => {
    const text = shipped.replace(/^deck:/m, 'logo:\n  file: c.png\n  alt: Crest\n  position: middle\ndeck:');
    const line = text.split('\n').findIndex((l) => l.includes('position: middle')) + 1;
    expect(() => parseTheme(text, 'theme.yaml')).toThrow(new RegExp(`^theme\\.yaml:${line}:\\d+: logo\\.position: `));
    const negative = shipped.replace(/^deck:/m, 'logo: { file: c.png, alt: Crest, height: -1 }\ndeck:');
    expect(() => parseTheme(negative, 'theme.yaml')).toThrow(/^theme\.yaml:\d+:\d+: logo\.height: /);
  });
});

describe('readImageHeader', () => {
  it('reads sizes from the header and refuses what is not an image', async () => {
    expect(readImageHeader(png)).toEqual({ kind: 'png', width: 400, height: 100 });
    expect(readImageHeader(jpeg)).toEqual({ kind: 'jpeg', width: 150, height: 200 });
    expect(readImageHeader(new TextEncoder().encode('<svg width="2in" height="1in"/>'))).toEqual({ kind: 'svg', width: 192, height: 96 });
    expect(readImageHeader(new TextEncoder().encode(svg))).toEqual({ kind: 'svg', width: 300, height: 200 });
    expect(readImageHeader(new Uint8Array(0))).toEqual({ problem: 'the file is empty' });
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    expect(readImageHeader(gif)).toHaveProperty('problem');
  });
});
