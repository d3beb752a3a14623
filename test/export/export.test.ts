// PDF, notes handout, slide pictures and contact sheet of the sample deck, made by the CLI with LibreOffice and read back.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellOrigin, SHEET_STYLE } from '../../src/export/sheet.js';
import { openDeck, type DeckView } from '../helpers/pptx.js';
import { missing } from '../helpers/tools.js';
import { flat, pdfPages, pdfPageSize, pdfWords, pngSize, runCli, SAMPLE, type CliResult } from './helpers.js';

const NAME = 'china-nato-8th-dialogue';
let dir: string;
let again: string;
let scratch: string; // TMPDIR of the first run: the LibreOffice profile and scratch files go there
let first: CliResult;
let second: CliResult;
let deck: DeckView;

describe.skipIf(missing('soffice', 'pdftoppm', 'pdftotext', 'pdfinfo'))('briefdeck preview --pdf --handout on the sample brief', () => {
  // Two LibreOffice runs for everything: both CLI runs at once (which also shows that parallel runs do not collide).
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefdeck-export-test-'));
    again = mkdtempSync(join(tmpdir(), 'briefdeck-export-again-'));
    scratch = mkdtempSync(join(tmpdir(), 'briefdeck-export-tmp-'));
    [first, second] = await Promise.all([
      runCli(['preview', SAMPLE, '--pdf', '--handout', '-o', dir], { ...process.env, TMPDIR: scratch }),
      runCli(['preview', SAMPLE, '--pdf', '-o', again]),
    ]);
    deck = openDeck(join(dir, `${NAME}.pptx`));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(again, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  it('succeeds and names every file it wrote', () => {
    expect(first.stderr).not.toMatch(/LibreOffice|pdftoppm|error/i);
    expect(first.code).toBe(0);
    for (const file of [`${NAME}.pptx`, `${NAME}.pdf`, `${NAME}-notes.pdf`, `${NAME}.png`]) expect(first.stdout).toContain(file);
    expect(second.code).toBe(0);
  });

  it('writes a PDF with one page per slide, each page showing its own slide', () => {
    const pages = pdfPages(join(dir, `${NAME}.pdf`));
    expect(pages).toHaveLength(deck.slideCount);
    expect(deck.slideCount).toBeGreaterThan(5);
    for (let n = 1; n <= deck.slideCount; n++) {
      const page = flat(pages[n - 1]);
      for (const paragraph of deck.slideText(n)) expect(inOrder(page, flat(paragraph)), `slide ${n}: ${paragraph}`).toBe(true);
    }
    const size = pdfPageSize(join(dir, `${NAME}.pdf`));
    expect(size.width / size.height).toBeCloseTo(16 / 9, 2);
  });

  it('gives the same page count and the same text per page from the same brief', () => {
    const a = pdfPages(join(dir, `${NAME}.pdf`)).map(flat);
    const b = pdfPages(join(again, `${NAME}.pdf`)).map(flat);
    expect(b).toEqual(a);
  });

  it('writes a handout: one portrait notes page per slide, the slide above its speaker notes', () => {
    const handout = join(dir, `${NAME}-notes.pdf`);
    const pages = pdfPages(handout);
    expect(pages).toHaveLength(deck.slideCount);
    for (let n = 1; n <= deck.slideCount; n++) {
      const page = flat(pages[n - 1]);
      const notes = deck.notes(n);
      expect(notes.length, `slide ${n} has notes`).toBeGreaterThan(0);
      for (const paragraph of notes) expect(page, `notes of slide ${n}`).toContain(flat(paragraph));
      expect(page, `slide ${n} title on its notes page`).toContain(flat(deck.slideText(n)[0].split('\n')[0]));
    }
    const size = pdfPageSize(handout);
    expect(size.width).toBeCloseTo(595.3, 0); // A4 (210 × 297 mm): the sample is in en-GB
    expect(size.height).toBeCloseTo(841.9, 0);
  });

  it("carries the classification marking at the top and the bottom of every handout page, besides the slide picture's own", () => {
    const pages = pdfWords(join(dir, `${NAME}-notes.pdf`));
    expect(pages).toHaveLength(deck.slideCount);
    const band = 0.3 * 72; // the banner's height in points
    pages.forEach(({ height, words }, i) => {
      const marks = words.filter((w) => w.text === 'UNCLASSIFIED');
      expect(marks.filter((w) => w.yMax <= band).length, `top of page ${i + 1}`).toBe(1);
      expect(marks.filter((w) => w.yMin >= height - band).length, `bottom of page ${i + 1}`).toBe(1);
      expect(marks.length, `page ${i + 1}: two page banners and the two of the slide picture`).toBe(4);
    });
  });

  it('writes one 1280 × 720 picture per slide, numbered slide-01.png …', () => {
    const pictures = readdirSync(join(dir, NAME)).sort();
    expect(pictures).toEqual(Array.from({ length: deck.slideCount }, (_v, i) => `slide-${String(i + 1).padStart(2, '0')}.png`));
    for (const picture of pictures) expect(pngSize(join(dir, NAME, picture))).toEqual({ width: 1280, height: 720 });
  });

  it('writes slide pictures and a contact sheet that are identical from run to run', () => {
    for (const picture of readdirSync(join(dir, NAME))) {
      expect(readFileSync(join(again, NAME, picture)).equals(readFileSync(join(dir, NAME, picture))), picture).toBe(true);
    }
    expect(readFileSync(join(again, `${NAME}.png`)).equals(readFileSync(join(dir, `${NAME}.png`)))).toBe(true);
  });

  it('writes a contact sheet: the slides in a 4 × 3 grid, each with a number badge', async () => {
    const sheet = join(dir, `${NAME}.png`);
    const { thumbWidth, gap, caption, banner } = SHEET_STYLE;
    const thumbHeight = Math.round((thumbWidth * 9) / 16);
    expect(deck.slideCount).toBe(12); // the sample deck (its timeline included, no topics overview): 4 columns × 3 rows
    expect(pngSize(sheet)).toEqual({ width: 4 * thumbWidth + 5 * gap, height: 3 * (thumbHeight + caption) + 4 * gap + 2 * banner });
    const { data, info } = await sharp(sheet).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => Array.from(data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3));
    const layout = { columns: 4, rows: 3, thumb: { width: thumbWidth, height: thumbHeight }, gap, caption, banner, width: info.width, height: info.height };
    for (let i = 0; i < 12; i++) {
      const { left, top } = cellOrigin(layout, i);
      const badge = pixel(left + 3, top + thumbHeight + 17); // inside the number badge under the thumbnail
      expect(Math.max(...badge), `badge of slide ${i + 1}`).toBeLessThan(90);
      const beside = pixel(left - gap / 2, top + thumbHeight + 17); // the sheet's background between cells
      expect(Math.min(...beside), `background left of slide ${i + 1}`).toBeGreaterThan(200);
      const banner = pixel(left + 10, top + 2); // the green UNCLASSIFIED banner of the slide itself
      expect(banner[1], `banner of slide ${i + 1}`).toBeGreaterThan(banner[0] + 40);
    }
  });

  it("draws the classification banner across the top and the bottom of the contact sheet, in its level's colour", async () => {
    const { data, info } = await sharp(join(dir, `${NAME}.png`))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => Array.from(data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3));
    const green = [0x00, 0x7a, 0x33]; // UNCLASSIFIED
    const { banner, gap } = SHEET_STYLE;
    for (const y of [1, banner - 2, info.height - banner + 1, info.height - 2]) {
      for (const x of [1, gap + 5, Math.round(info.width * 0.25), info.width - 2]) {
        pixel(x, y).forEach((value, c) => expect(Math.abs(value - green[c]), `pixel ${x},${y}`).toBeLessThanOrEqual(8));
      }
    }
    for (const y of [banner / 2, info.height - banner / 2]) {
      // the marking's white text, centred in each band
      const row = Array.from({ length: 121 }, (_v, i) => Math.min(...pixel(Math.round(info.width / 2) - 60 + i, y)));
      expect(row.filter((v) => v > 200).length, `text in the band at y ${y}`).toBeGreaterThan(10);
    }
    expect(Math.min(...pixel(gap / 2, banner + gap / 2))).toBeGreaterThan(200); // below the band: the sheet's background
  });

  it('leaves no temporary LibreOffice profile or scratch file behind', () => {
    expect(readdirSync(scratch)).toEqual([]);
  });
});

/**
 * Whether `page` shows `text`: as one phrase, or (text wrapped in a table cell beside another cell, which pdftotext reads
 * line by line across both) word by word in order, a word broken after its hyphen counting as its two parts.
 */
function inOrder(page: string, text: string): boolean {
  if (page.includes(text)) return true;
  let from = 0;
  for (const word of text.split(/\s+|(?<=-)/)) {
    const at = page.indexOf(word, from);
    if (at < 0) return false;
    from = at + word.length;
  }
  return true;
}
