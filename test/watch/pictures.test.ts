// `briefdeck watch` follows the pictures a brief names: changing one rebuilds the deck, adding a missing one builds the refused brief.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { openDeck } from '../helpers/pptx.js';
import { REPO, saveAndWaitForBuild, startCli, type Running } from './child.js';

const BRIEF = `title: Watched pictures
summary:
  - One point.
participants:
  - delegation: Alliance
    members:
      - name: Colonel Ana Popescu
topics:
  - title: Map
    image: { file: img/map.png, alt: The map }
  - title: Chart
    image: { file: img/later.png, alt: A chart added later }
`;

let running: Running | undefined;
let dir: string;
afterEach(() => {
  running?.stop();
  running = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** The aspect ratio (width / height) of the picture on the slide titled `title`. */
function aspect(title: string): number {
  const view = openDeck(join(dir, 'out', 'brief.pptx'));
  const n = Array.from({ length: view.slideCount }, (_, i) => i + 1).find((i) => view.slideText(i)[0] === title)!;
  const pic = /<p:pic>[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"/.exec(view.slideXml(n))!;
  return Number(pic[1]) / Number(pic[2]);
}

const square = () =>
  sharp({ create: { width: 600, height: 600, channels: 3, background: '#2E6DB4' } })
    .png()
    .toBuffer();

describe('briefdeck watch and pictures', () => {
  it('rebuilds when a picture the brief names appears or changes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefdeck-watch-pictures-'));
    mkdirSync(join(dir, 'img'));
    copyFileSync(join(REPO, 'test', 'fixtures', 'rich', 'img', 'map.png'), join(dir, 'img', 'map.png'));
    writeFileSync(join(dir, 'brief.yaml'), BRIEF);
    const png = await square();
    running = startCli(['watch', 'brief.yaml', '-o', 'out'], dir);
    const w = running;
    await w.waitFor(({ stdout }) => stdout.includes('Ctrl-C to stop'), 'watching', 60_000);
    expect(w.stderr()).toMatch(/^brief\.yaml:12:20: topics\[1\]\.image\.file: cannot read the picture img\/later\.png/m);

    await saveAndWaitForBuild(w, () => writeFileSync(join(dir, 'img', 'later.png'), png), 'the build once the missing picture is there');
    expect(aspect('Chart')).toBeCloseTo(1, 2);
    expect(aspect('Map')).toBeCloseTo(1600 / 1000, 2);

    await saveAndWaitForBuild(w, () => writeFileSync(join(dir, 'img', 'map.png'), png), 'the rebuild after the map changed');
    expect(aspect('Map')).toBeCloseTo(1, 2);
  }, 120_000);
});
