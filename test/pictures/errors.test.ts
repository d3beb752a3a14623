// Picture problems are refused at the FILE:LINE:COLUMN of the file that names them, all at once, exit 1, nothing written.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrief } from '../../src/brief/load.js';
import { formatProblemShort, isBriefdeckError } from '../../src/errors.js';
import { loadPictures } from '../../src/pictures.js';
import { briefdeck } from '../deck/decks.js';

const IMG = join(process.cwd(), 'test', 'fixtures', 'rich', 'img');

/** A folder with a brief and its img/ folder: the fixture's pictures, a text file named .png and a PNG cut in half. */
function briefDir(brief: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-pictures-'));
  mkdirSync(join(dir, 'img'));
  for (const name of ['map.png', 'serban.jpg', 'chart.svg']) copyFileSync(join(IMG, name), join(dir, 'img', name));
  writeFileSync(join(dir, 'img', 'text.png'), 'This is not a picture, only text saved with a .png name.\n');
  const map = readFileSync(join(IMG, 'map.png'));
  writeFileSync(join(dir, 'img', 'cut.png'), map.subarray(0, Math.floor(map.length / 2)));
  writeFileSync(join(dir, 'brief.yaml'), brief);
  return dir;
}

const BROKEN = `title: Picture checks
summary:
  - One point.
participants:
  - delegation: Alliance
    members:
      - name: Colonel Ana Popescu
        photo: img/text.png
topics:
  - title: Missing file
    points: [A point.]
    image:
      file: img/missing.png
      alt: A map
  - title: Text posing as a PNG
    image: { file: img/text.png, alt: Not a picture }
  - title: Cut-off PNG
    image:
      file: img/cut.png
      alt: A cut-off map
  - title: Fine
    image:
      file: img/map.png
      alt: A map
`;

async function refusal(file: string): Promise<string[]> {
  const loaded = await loadBrief(file);
  try {
    await loadPictures(loaded);
  } catch (e) {
    if (isBriefdeckError(e)) return e.problems.map(formatProblemShort);
    throw e;
  }
  return [];
}

describe('picture problems', () => {
  it('are all refused at once, each at the line and column of its file: or photo: value', async () => {
    const dir = briefDir(BROKEN);
    const file = join(dir, 'brief.yaml');
    const problems = await refusal(file);
    expect(problems).toEqual([
      `${file}:8:16: participants.delegations[0].members[0].photo: cannot use the picture img/text.png: expected a PNG, JPEG or SVG image, found a file that is none of these`,
      `${file}:13:13: topics[0].image.file: cannot read the picture img/missing.png: no such file or directory (the path is relative to the brief's folder)`,
      `${file}:16:20: topics[1].image.file: cannot use the picture img/text.png: expected a PNG, JPEG or SVG image, found a file that is none of these`,
      expect.stringMatching(
        new RegExp(
          `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:19:13: topics\\[2\\]\\.image\\.file: cannot use the picture img/cut\\.png: the PNG image is corrupt \\(`,
        ),
      ),
    ]);
  });

  it('refuse the build with exit 1 and write nothing', () => {
    const dir = briefDir(BROKEN);
    const run = briefdeck(['build', 'brief.yaml', '-o', 'out'], {}, dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^brief\.yaml:13:13: topics\[0\]\.image\.file: cannot read the picture img\/missing\.png/m);
    expect(run.stderr).toMatch(/^brief\.yaml:8:16: participants\.delegations\[0\]\.members\[0\]\.photo: /m);
    expect(run.stderr).toContain('refused (4 problems); nothing written');
    expect(existsSync(join(dir, 'out', 'brief.pptx'))).toBe(false);
    const checked = briefdeck(['check', 'brief.yaml'], {}, dir);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toMatch(/^brief\.yaml:16:20: topics\[1\]\.image\.file: cannot use the picture img\/text\.png: /m);
  });

  it('a picture that is a folder, or an empty file, is refused at its file:', async () => {
    const dir = briefDir(BROKEN.replace('img/missing.png', 'img').replace('img/cut.png', 'img/empty.jpg'));
    writeFileSync(join(dir, 'img', 'empty.jpg'), '');
    const problems = await refusal(join(dir, 'brief.yaml'));
    expect(problems).toContainEqual(`${join(dir, 'brief.yaml')}:13:13: topics[0].image.file: expected a picture file, found a folder: img`);
    expect(problems).toContainEqual(`${join(dir, 'brief.yaml')}:19:13: topics[2].image.file: cannot use the picture img/empty.jpg: the file is empty`);
  });

  it('a picture of more pixels than can be decoded is refused by its header, before decoding', async () => {
    const dir = briefDir(BROKEN.replace('img/cut.png', 'img/bomb.png'));
    const ihdr = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(ihdr, 0);
    ihdr.writeUInt32BE(13, 8);
    ihdr.write('IHDR', 12, 'latin1');
    ihdr.writeUInt32BE(30000, 16);
    ihdr.writeUInt32BE(30000, 20);
    writeFileSync(join(dir, 'img', 'bomb.png'), ihdr);
    const problems = await refusal(join(dir, 'brief.yaml'));
    expect(problems).toContainEqual(
      `${join(dir, 'brief.yaml')}:19:13: topics[2].image.file: expected a picture of at most 268 megapixels, found img/bomb.png of 30000 × 30000 pixels`,
    );
  });

  it('a picture without alt is refused at its image: key, with the schema message', () => {
    const dir = briefDir(BROKEN.replace('      alt: A map\n  - title: Text', '  - title: Text'));
    const run = briefdeck(['check', 'brief.yaml'], {}, dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^brief\.yaml:12:5: topics\[0\]\.image\.alt: required key is missing; expected text$/m);
  });
});
