// Portraits read back from the built .pptx: heads of delegation first, each slide's portraits those of its rows in row order, one frame size, cropped; no downscale noise.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openDeck, type DeckView } from '../helpers/pptx.js';
import { briefdeck, buildDeckFile } from '../deck/decks.js';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'pictures');
const HEAD = 'Head of delegation';

interface Portrait {
  name: string;
  w: number;
  h: number;
  crop?: Record<string, number>;
}

function portraits(xml: string): Portrait[] {
  return [...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)].map(([pic]) => {
    const crop = /<a:srcRect ([^/]*)\/>/.exec(pic)?.[1];
    return {
      name: /descr="([^"]*)"/.exec(pic)![1], // the name as shown: emphasis markers are not alt text
      w: Number(/<a:ext cx="(\d+)"/.exec(pic)![1]),
      h: Number(/<a:ext cx="\d+" cy="(\d+)"/.exec(pic)![1]),
      ...(crop ? { crop: Object.fromEntries([...crop.matchAll(/(\w)="(\d+)"/g)].map((m) => [m[1], Number(m[2])])) } : {}),
    };
  });
}

/** Each table row's first cell as read (its runs joined, the head-of-delegation tag included; the tag's no-break spaces read as spaces). */
function rowNames(xml: string): string[] {
  return [...xml.matchAll(/<a:tr\b[\s\S]*?<\/a:tr>/g)].map(([row]) => {
    const cell = /<a:tc>[\s\S]*?<\/a:tc>/.exec(row)![0];
    return [...cell.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
      .map((m) => m[1])
      .join('')
      .replace(/\u00a0/g, ' ');
  });
}

function participantSlides(view: DeckView): number[] {
  return Array.from({ length: view.slideCount }, (_, i) => i + 1).filter((n) => view.slideXml(n).includes('name="Portrait '));
}

describe('portraits of a head of delegation and twelve members (photos12)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-portraits-'));
  const built = () => openDeck(buildDeckFile(join(FIXTURES, 'photos12.yaml'), dir));

  it('each slide shows portraits of its own rows, heads of delegation first, then in row order; the head is never dropped', () => {
    const view = built();
    const slides = participantSlides(view);
    expect(slides.length).toBeGreaterThanOrEqual(2);
    const shown = slides.flatMap((n) => {
      const xml = view.slideXml(n);
      const rows = rowNames(xml);
      const names = portraits(xml).map((p) => p.name);
      const at = names.map((name) => rows.findIndex((row) => row === name || row === `${name} ${HEAD}`));
      expect(at, `slide ${n}: ${names.join(', ')} among ${rows.join(', ')}`).not.toContain(-1);
      const leads = at.filter((i) => rows[i].endsWith(HEAD));
      expect(at).toEqual([...leads, ...at.filter((i) => !rows[i].endsWith(HEAD))]);
      expect(at.filter((i) => !rows[i].endsWith(HEAD))).toEqual([...at.filter((i) => !rows[i].endsWith(HEAD))].sort((a, b) => a - b));
      const withPhotos = rows.filter((row) => /^(General|Officer)/.test(row)).length;
      expect(names.length).toBeLessThanOrEqual(withPhotos);
      return names;
    });
    expect(shown[0]).toBe('General Anna de Vries');
  });

  it('when not all fit, the last of each slide are left out (the first rows keep theirs)', () => {
    const view = built();
    for (const n of participantSlides(view)) {
      const xml = view.slideXml(n);
      const rows = rowNames(xml).filter((row) => /^(General|Officer)/.test(row));
      const names = portraits(xml).map((p) => p.name);
      expect(names).toEqual(rows.slice(0, names.length).map((row) => row.replace(` ${HEAD}`, '')));
    }
  });

  it('every portrait has the same frame, each picture cropped to it, centred', () => {
    const view = built();
    const all = participantSlides(view).flatMap((n) => portraits(view.slideXml(n)));
    expect(new Set(all.map((p) => `${p.w}x${p.h}`)).size).toBe(1);
    const pano = all.find((p) => p.name === 'Officer Number 1 with a Long Name')!; // pano.png, 3000 × 400
    expect(pano.crop!.l).toBeGreaterThan(40000);
    expect(pano.crop!.l).toBe(pano.crop!.r);
    expect(pano.crop!.t ?? 0).toBe(0);
    const tall = all.find((p) => /^Officer Number (3|6|9|12) /.test(p.name))!; // tall.png, 400 × 1200 (whichever of them is shown)
    expect(tall.crop!.t).toBeGreaterThan(10000);
    expect(tall.crop!.t).toBe(tall.crop!.b);
    const frame = all[0].w / all[0].h;
    for (const p of [pano, tall]) {
      const kept = { w: 1 - ((p.crop!.l ?? 0) + (p.crop!.r ?? 0)) / 100000, h: 1 - ((p.crop!.t ?? 0) + (p.crop!.b ?? 0)) / 100000 };
      const source = p === pano ? 3000 / 400 : 400 / 1200;
      expect((source * kept.w) / kept.h).toBeCloseTo(frame, 2);
    }
  });
});

describe('downscaling', () => {
  it('portraits of 600 × 600 pixels (pictures.yaml) are downscaled without a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-portraits-'));
    const run = briefdeck(['build', join(FIXTURES, 'pictures.yaml'), '-o', dir]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/downscaled|warning/);
    const zip = unzipSync(readFileSync(join(dir, 'pictures.pptx')));
    const view = openDeck(join(dir, 'pictures.pptx'));
    const n = participantSlides(view)[0];
    const rel = view.rels(n).find((r) => r.type === 'image')!; // the head of delegation's portrait1.jpg, 600 × 600
    const media = await sharp(zip[`ppt/media/${rel.target.split('/').pop()}`]).metadata();
    expect(media.width).toBe(media.height);
    expect(media.width).toBeLessThan(600); // downscaled all the same
  });
});
