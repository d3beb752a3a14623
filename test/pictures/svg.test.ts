// SVG pictures: one too large to draw is refused by check and build alike at its file:; the embedded SVG and its PNG fallback are sanitised.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { briefdeck, buildDeckFile } from '../deck/decks.js';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'pictures');

const brief = (file: string) => `title: SVG checks
summary:
  - One point.
participants:
  - delegation: A
    members:
      - name: Alice
        lead: true
topics:
  - title: The drawing
    points: [A point.]
    image: { file: ${file}, alt: A drawing }
`;

/** A folder with brief.yaml naming img/NAME, and the given SVG files in img/. */
function briefDir(file: string, svgs: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-svg-'));
  mkdirSync(join(dir, 'img'));
  for (const [name, text] of Object.entries(svgs)) writeFileSync(join(dir, 'img', name), text);
  writeFileSync(join(dir, 'brief.yaml'), brief(file));
  return dir;
}

function expectRefusedEverywhere(dir: string, message: RegExp): void {
  for (const args of [
    ['check', 'brief.yaml'],
    ['build', 'brief.yaml', '-o', 'out'],
  ]) {
    const run = briefdeck(args, {}, dir);
    expect(run.stderr).not.toContain('internal error');
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^brief\\.yaml:12:20: topics\\[0\\]\\.image\\.file: ${message.source}`, 'm'));
  }
  expect(existsSync(join(dir, 'out', 'brief.pptx'))).toBe(false);
}

describe('an SVG too large to draw', () => {
  it('100000 × 1 units is refused at its file: by check and build, never an internal error', () => {
    const dir = briefDir('img/huge.svg', { 'huge.svg': readFileSync(join(FIXTURES, 'huge.svg'), 'utf8') });
    expectRefusedEverywhere(dir, /expected an SVG at most 32,767 times as long as it is wide, found img\/huge\.svg of 100000 × 1/);
  });

  it('3000000 × 10 units is refused at its file: by check and build', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="3000000" height="10"><rect width="3000000" height="10" fill="teal"/></svg>';
    const dir = briefDir('img/vast.svg', { 'vast.svg': svg });
    expectRefusedEverywhere(dir, /expected an SVG of at most 2,359,224 units a side, found img\/vast\.svg of 3000000 × 10/);
  });
});

const EVIL = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" onload="alert(2)">
<defs><rect id="box" width="20" height="20" fill="green"/></defs>
<script>alert(1)</script><foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
<image xlink:href="file:///etc/passwd" width="10" height="10"/><image href="https://example.org/x.png" width="10" height="10"/>
<a href="javascript:alert(3)"><rect width="200" height="100" fill="white" onclick="x()"/></a>
<use xlink:href="#box"/><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
<rect width="5" height="5" style="fill:url(file:///etc/passwd)"/><rect width="5" height="5" fill="url(#grad)"/>
</svg>`;

type XmlNode = Record<string, unknown>;
/** Every element of the parsed SVG as [name, attributes], in document order. */
function elements(svg: string): [string, Record<string, string>][] {
  const tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg) as XmlNode[];
  const walk = (nodes: XmlNode[]): [string, Record<string, string>][] =>
    nodes.flatMap((node) => {
      const name = Object.keys(node).find((key) => key !== ':@')!;
      if (name.startsWith('#')) return [];
      return [[name, (node[':@'] ?? {}) as Record<string, string>] as [string, Record<string, string>], ...walk(node[name] as XmlNode[])];
    });
  return walk(tree);
}

describe('an SVG picture is sanitised', () => {
  it('the embedded SVG has no script, foreign content, event handlers or outside references, and keeps the drawing', () => {
    const dir = briefDir('img/evil.svg', { 'evil.svg': EVIL });
    const zip = unzipSync(readFileSync(buildDeckFile(join(dir, 'brief.yaml'), join(dir, 'out'))));
    const svgs = Object.keys(zip).filter((name) => name.endsWith('.svg'));
    expect(svgs).toHaveLength(1);
    const all = elements(new TextDecoder().decode(zip[svgs[0]]));
    const names = all.map(([name]) => name);
    expect(names).not.toContain('script');
    expect(names).not.toContain('foreignObject');
    const attributes = all.flatMap(([, attrs]) => Object.entries(attrs));
    expect(attributes.filter(([name]) => /^on/i.test(name))).toEqual([]);
    const refs = attributes.filter(([name]) => /(^|:)href$/.test(name)).map(([, value]) => value);
    expect(refs.sort()).toEqual(['#box', 'data:image/png;base64,iVBORw0KGgo=']);
    expect(attributes.map(([, value]) => value).join(' ')).not.toMatch(/file:|javascript:|example\.org/);
    expect(names.filter((name) => name === 'rect')).toHaveLength(4);
    expect(attributes.filter(([name]) => name === 'style')).toEqual([]);
    expect(all.find(([name]) => name === 'svg')![1]).toMatchObject({ width: '200', height: '100' });
  });

  it('the tester’s evil.svg loses its script and file: reference', () => {
    const dir = briefDir('img/evil.svg', { 'evil.svg': readFileSync(join(FIXTURES, 'evil.svg'), 'utf8') });
    const zip = unzipSync(readFileSync(buildDeckFile(join(dir, 'brief.yaml'), join(dir, 'out'))));
    const svg = new TextDecoder().decode(zip[Object.keys(zip).find((name) => name.endsWith('.svg'))!]);
    expect(svg).not.toMatch(/script|passwd|file:/);
    expect(svg).toContain('<rect width="200" height="100" fill="red"/>');
  });

  it('its PNG fallback never shows a local file the SVG names', async () => {
    const dir = briefDir('img/local.svg', {});
    const blue = join(dir, 'blue.png');
    await sharp({ create: { width: 50, height: 50, channels: 3, background: '#0000ff' } })
      .png()
      .toFile(blue);
    copyFileSync(blue, join(dir, 'img', 'blue.png'));
    const hrefs = [`file://${blue}`, blue, 'blue.png'];
    const images = hrefs.map((href) => `<image xlink:href="${href}" width="300" height="100"/>`).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="300" height="100"><rect width="300" height="100" fill="white"/>${images}</svg>`;
    writeFileSync(join(dir, 'img', 'local.svg'), svg);
    const zip = unzipSync(readFileSync(buildDeckFile(join(dir, 'brief.yaml'), join(dir, 'out'))));
    const png = Object.keys(zip).find((name) => name.startsWith('ppt/media/briefdeck-picture') && name.endsWith('.png'))!;
    const { data, info } = await sharp(zip[png]).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const bluish = Array.from({ length: info.width * info.height }, (_, i) => i * 3).filter((i) => data[i + 2] > 200 && data[i] < 100);
    expect(info.width).toBeGreaterThan(100);
    expect(bluish).toHaveLength(0);
  });
});
