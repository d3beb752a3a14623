// Pictures read back from the built .pptx: p:pic with alt text, media that exist, SVG with a PNG fallback, aspect ratio, placement, downscaling, portraits.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrief } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck, type Deck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { openDeck, type DeckView } from '../helpers/pptx.js';
import { expectValidPptx, XMLLINT } from '../deck/decks.js';
import { checkPackage } from '../fuzz/package.js';

const EMU = 914400;
const templates = loadTemplates(DEFAULT_TEMPLATES);
const grid = templates.theme.grid;
const long = (n: number) => `Point ${n}: the staffs reviewed the incident reports of the year and agreed what each side will bring to the next round of talks.`;

const BRIEF = `title: Pictures
summary:
  - One point.
participants:
  - delegation: NATO
    members:
      - name: Major General Dacian-Tiberiu Șerban
        lead: true
        photo: img/serban.jpg
      - name: Colonel Anna Kowalska
  - delegation: China
    members:
      - name: Major General Yao Qin
        lead: true
        photo: img/yao.jpg
topics:
  - title: Beside the points
    points:
${Array.from({ length: 12 }, (_, i) => `      - "${long(i + 1)}"`).join('\n')}
    image: { file: img/map.png, alt: Map of the incident sites, caption: Incident sites in 2023 }
  - title: Alone
    image:
      file: img/huge-map.png
      alt: Large map of the region
      caption: Source imagery
background:
  - title: 7th Security Policy Dialogue
    points: [Hosted by NATO.]
    image: { file: img/chart.svg, alt: Bar chart of staff contacts per year }
  - title: Working lunch
    location: NATO Headquarters, Brussels — the main conference hall, second floor
    points: [Held over lunch., Both heads of delegation spoke.]
    image: { file: img/map.png, alt: The map again }
`;

interface Pic {
  descr: string;
  embed: string;
  svgEmbed?: string;
  box: { x: number; y: number; w: number; h: number };
}

function pictures(view: DeckView, n: number): Pic[] {
  return [...view.slideXml(n).matchAll(/<p:pic>([\s\S]*?)<\/p:pic>/g)].map((m) => {
    const xml = m[1];
    const num = (re: RegExp) => Number(re.exec(xml)![1]) / EMU;
    return {
      descr: /descr="([^"]*)"/.exec(xml)?.[1] ?? '',
      embed: /<a:blip r:embed="([^"]+)"/.exec(xml)![1],
      svgEmbed: /<asvg:svgBlip [^>]*r:embed="([^"]+)"/.exec(xml)?.[1],
      box: { x: num(/<a:off x="(\d+)"/), y: num(/<a:off x="\d+" y="(\d+)"/), w: num(/<a:ext cx="(\d+)"/), h: num(/<a:ext cx="\d+" cy="(\d+)"/) },
    };
  });
}

const target = (view: DeckView, n: number, id: string) =>
  `ppt/${view
    .rels(n)
    .find((r) => r.id === id)!
    .target.replace(/^\.\.\//, '')}`;
const slideWith = (view: DeckView, title: string) =>
  Array.from({ length: view.slideCount }, (_, i) => i + 1).filter((n) => view.slideText(n)[0]?.startsWith(title));
const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { w: view.getUint32(16), h: view.getUint32(20) };
};

let deck: Deck;
let view: DeckView;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-pictures-'));
  cpSync(join('test', 'fixtures', 'rich', 'img'), join(dir, 'img'), { recursive: true });
  writeFileSync(join(dir, 'brief.yaml'), BRIEF);
  deck = await buildDeck(await loadBrief(join(dir, 'brief.yaml')), templates);
  writeFileSync(join(dir, 'brief.pptx'), deck.bytes);
  if (XMLLINT) expectValidPptx(join(dir, 'brief.pptx'));
  view = openDeck(deck.bytes);
  files = unzipSync(deck.bytes);
}, 120_000);

describe('pictures in the deck', () => {
  it('a picture beside the points: on every slide of its topic, at its aspect ratio, right of the text, clear of the title and footer', () => {
    const slides = slideWith(view, 'Beside the points');
    expect(slides.length).toBeGreaterThan(1); // the points continue on a second slide
    const map = readFileSync(join('test', 'fixtures', 'rich', 'img', 'map.png'));
    for (const n of slides) {
      const [pic] = pictures(view, n);
      expect(pic.descr).toBe('Map of the incident sites');
      expect(files[target(view, n, pic.embed)]).toEqual(new Uint8Array(map)); // 1600 px wide at ~5 in: kept as it is
      expect(pic.box.w / pic.box.h).toBeCloseTo(1600 / 1000, 2);
      expect(pic.box.y).toBeGreaterThanOrEqual(grid.titleTop + grid.titleHeight);
      expect(pic.box.y + pic.box.h).toBeLessThanOrEqual(grid.footerTop);
      expect(pic.box.x + pic.box.w).toBeLessThanOrEqual(grid.width - grid.margin + 1e-3);
      const body = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph idx="1"\/>[\s\S]*?<\/p:sp>/.exec(view.slideXml(n))![0];
      const [x, w] = [/<a:off x="(\d+)"/, /<a:ext cx="(\d+)"/].map((re) => Number(re.exec(body)![1]) / EMU);
      expect(x + w).toBeLessThanOrEqual(pic.box.x); // the text column ends before the picture
      const caption = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?name="Picture Caption"[\s\S]*?<\/p:sp>/.exec(view.slideXml(n))![0];
      expect(caption).toContain('Incident sites in 2023');
      expect(Number(/<a:off x="\d+" y="(\d+)"/.exec(caption)![1]) / EMU).toBeGreaterThanOrEqual(pic.box.y + pic.box.h);
    }
  });

  it('a picture without points is drawn alone, large and centred, downscaled to what the slide needs, with a warning at its file:', () => {
    const [n] = slideWith(view, 'Alone');
    const [pic] = pictures(view, n);
    expect(pic.descr).toBe('Large map of the region');
    expect(pic.box.w / pic.box.h).toBeCloseTo(6400 / 4000, 2);
    expect(pic.box.h).toBeGreaterThan(3.5);
    expect(Math.abs(pic.box.x + pic.box.w / 2 - grid.width / 2)).toBeLessThan(0.01);
    const media = pngSize(files[target(view, n, pic.embed)]);
    expect(media.w).toBeLessThan(6400);
    expect(media.w / pic.box.w).toBeGreaterThan(200); // dpi at its size on the slide
    expect(media.w / pic.box.w).toBeLessThan(300);
    expect(media.w / media.h).toBeCloseTo(1.6, 2);
    const warning = deck.warnings.find((w) => w.message.includes('img/huge-map.png'));
    expect(warning).toMatchObject({ severity: 'warning', line: 34, column: 13, path: 'topics[1].image.file' });
    expect(warning!.message).toContain(`downscaled to ${media.w} × ${media.h}`);
  });

  it('an SVG is embedded with a PNG fallback', () => {
    const [n] = slideWith(view, 'Background: 7th');
    const [pic] = pictures(view, n);
    expect(pic.descr).toBe('Bar chart of staff contacts per year');
    expect(pic.svgEmbed).toBeDefined();
    const svg = target(view, n, pic.svgEmbed!);
    const png = target(view, n, pic.embed);
    expect(svg).toMatch(/\.svg$/);
    expect(new TextDecoder().decode(files[svg])).toContain('<svg');
    expect(png).toMatch(/\.png$/);
    expect(pngSize(files[png]).w / pngSize(files[png]).h).toBeCloseTo(pic.box.w / pic.box.h, 2);
    const types = new TextDecoder().decode(files['[Content_Types].xml']);
    expect(types).toMatch(/<Default Extension="svg" ContentType="image\/svg\+xml"\/>/);
  });

  it('portraits stand in a column beside the participants tables, named in their alt text and under them', () => {
    const [n] = slideWith(view, 'Participants');
    const pics = pictures(view, n);
    expect(pics.map((p) => p.descr)).toEqual(['Major General Dacian-Tiberiu Șerban', 'Major General Yao Qin']);
    const tables = [...view.slideXml(n).matchAll(/<p:graphicFrame>[\s\S]*?<a:off x="(\d+)" y="\d+"\/><a:ext cx="(\d+)"/g)];
    expect(tables).toHaveLength(2);
    for (const pic of pics) {
      expect(pic.box.w / pic.box.h).toBeCloseTo(400 / 500, 2);
      for (const t of tables) expect((Number(t[1]) + Number(t[2])) / EMU).toBeLessThanOrEqual(pic.box.x);
      expect(pic.box.y + pic.box.h).toBeLessThanOrEqual(grid.contentBottom + 1e-3);
    }
    expect(pics[1].box.y).toBeGreaterThan(pics[0].box.y + pics[0].box.h); // one under the other, name between
    expect(view.slideText(n)).toContain('Major General Yao Qin');
  });

  it('a subtitle that wraps in the narrower text column moves the text down by the lines it gains', () => {
    const slide = deck.slides.find((s) => s.title.includes('Working lunch'))!;
    expect(slide.image?.at).toBeDefined();
    const text = slide.placed![0].at;
    expect(text.w).toBeLessThan(grid.width - 2 * grid.margin - 3);
    expect(text.y).toBeGreaterThan(grid.contentTop + grid.subtitleHeight + 0.2); // one more subtitle line above the points
    expect(text.y + text.h).toBeLessThanOrEqual(grid.contentBottom);
  });

  it('every picture relationship targets a part in the package, and the package holds together', () => {
    expect(checkPackage(deck.bytes).problems).toEqual([]);
    for (let n = 1; n <= view.slideCount; n++) {
      for (const rel of view.rels(n).filter((r) => r.type === 'image')) expect(files[target(view, n, rel.id)], `slide ${n} ${rel.target}`).toBeDefined();
    }
  });
});

describe('portraits on a participants slide that continues', () => {
  it('each part shows the portraits of the people in its own rows, none twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-portraits-'));
    cpSync(join('test', 'fixtures', 'rich', 'img'), join(dir, 'img'), { recursive: true });
    const members = Array.from(
      { length: 24 },
      (_, i) => `      - name: Member ${i + 1}\n        role: Staff officer${i % 8 === 0 ? `\n        photo: img/${i % 16 ? 'yao' : 'serban'}.jpg` : ''}`,
    );
    writeFileSync(
      join(dir, 'brief.yaml'),
      `title: Portraits\nsummary: [One point.]\nparticipants:\n  - delegation: Alliance\n    members:\n${members.join('\n')}\ntopics:\n  - title: One\n`,
    );
    const built = await buildDeck(await loadBrief(join(dir, 'brief.yaml')), templates);
    const parts = openDeck(built.bytes);
    const slides = slideWith(parts, 'Participants');
    expect(slides.length).toBeGreaterThan(1);
    const shown = slides.flatMap((n) => {
      const names = pictures(parts, n).map((p) => p.descr);
      for (const name of names) expect(parts.slideText(n)).toContain(name); // the portrait stands beside its own row
      return names;
    });
    expect(shown).toEqual(['Member 1', 'Member 9', 'Member 17']);
    expect(built.warnings.filter((w) => w.message.includes('portraits did not fit'))).toEqual([]);
  }, 60_000);
});
