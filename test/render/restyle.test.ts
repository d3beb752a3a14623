// Restyles a built deck the way PowerPoint's Design tab does (new theme fonts and accent colour): LibreOffice then draws every text in them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadBrief } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { REPO } from '../watch/child.js';
import { missing } from '../helpers/tools.js';

const NEW_ACCENT = 'C00000';

/** The theme part with other heading and body fonts and another accent colour, as the Design tab writes it. */
function restyledTheme(xml: string): string {
  return xml
    .replace(/(<a:majorFont><a:latin typeface=")[^"]*"/, '$1Liberation Serif"')
    .replace(/(<a:minorFont><a:latin typeface=")[^"]*"/, '$1Liberation Mono"')
    .replace(/(<a:accent1>\s*<a:srgbClr val=")[0-9A-Fa-f]{6}"/, `$1${NEW_ACCENT}"`);
}

interface PdfText {
  text: string;
  font: string; // family as the PDF names it, subset prefix dropped
  colour: string; // #rrggbb
}

/** Every text line LibreOffice drew, with its font and colour (pdftohtml -xml names both per text run). */
function pdfTexts(pdf: string): PdfText[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdf], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const fonts = new Map([...xml.matchAll(/<fontspec id="(\d+)"[^>]*family="([^"]*)"[^>]*color="([^"]*)"/g)].map((m) => [m[1], { font: m[2], colour: m[3] }]));
  return [...xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>([\s\S]*?)<\/text>/g)].map((m) => ({
    text: m[2].replace(/<[^>]+>/g, '').trim(),
    font: (fonts.get(m[1])?.font ?? '').replace(/^[A-Z]{6}\+/, ''),
    colour: (fonts.get(m[1])?.colour ?? '').toLowerCase(),
  }));
}

describe.skipIf(missing('soffice', 'pdftohtml', 'pdffonts'))('restyling a built deck from its theme', () => {
  it('draws every title and body text in the new theme fonts, and accents in the new colour', async () => {
    const deck = await buildDeck(await loadBrief(join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml')), loadTemplates(DEFAULT_TEMPLATES));
    const parts = unzipSync(deck.bytes);
    parts['ppt/theme/theme1.xml'] = strToU8(restyledTheme(strFromU8(parts['ppt/theme/theme1.xml'])));
    expect(strFromU8(parts['ppt/theme/theme1.xml'])).toContain('Liberation Mono');
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-restyle-'));
    const file = join(dir, 'restyled.pptx');
    writeFileSync(file, zipSync(parts));
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
      stdio: 'ignore',
      timeout: 240_000,
    });
    const pdf = join(dir, 'restyled.pdf');
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts, 'no text keeps the old font').not.toMatch(/Carlito/);
    const texts = pdfTexts(pdf);
    const drawn = (phrase: string) => texts.filter((t) => t.text.replace(/\s+/g, ' ').includes(phrase)); // a tag's words are joined by no-break spaces
    for (const title of deck.slides.map((s) => s.title.split(/[:(]/)[0].trim().slice(0, 20))) {
      expect(drawn(title).length, `title "${title}" drawn`).toBeGreaterThan(0);
      expect(
        drawn(title).map((t) => t.font),
        `title "${title}"`,
      ).toEqual(expect.arrayContaining([expect.stringMatching(/LiberationSerif/)]));
    }
    const body = ['The eighth session', 'Deputy Director', 'Both sides agreed', 'Hosted by NATO'];
    for (const phrase of body)
      expect(
        drawn(phrase).map((t) => t.font),
        phrase,
      ).toEqual(expect.arrayContaining([expect.stringMatching(/LiberationMono/)]));
    expect(drawn('delegation').map((t) => t.colour)); // the tag, wrapped between its words in the wider restyled font.toContain(`#${NEW_ACCENT.toLowerCase()}`);
    expect(readFileSync(pdf).length).toBeGreaterThan(0);
  });
});
