// A slide on the default template, rendered by LibreOffice: placeholders take the master's fonts, the footer its style, the banner is drawn.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decorateMasters } from '../../src/master/decorate.js';
import { defaultTemplate } from '../../src/master/default-template.js';
import { loadTheme } from '../../src/templates/theme.js';
import { expectValidPptx, XMLLINT } from '../deck/decks.js';
import { filledPlaceholder, withOneSlide, writePackage } from '../master/parts.js';
import { missing } from '../helpers/tools.js';

const theme = loadTheme('templates/theme.yaml');
const FOOTER = 'China–NATO dialogue · 14 March 2024';

/** The PDF LibreOffice makes of a package: its fonts (pdffonts) and its text (pdftotext). */
function render(file: string): { fonts: string[]; text: string } {
  const profile = mkdtempSync(join(tmpdir(), 'briefdeck-lo-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dirname(file), file], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  const pdf = file.replace(/\.pptx$/, '.pdf');
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
  return { fonts, text: execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }) };
}

describe.skipIf(missing('soffice', 'pdffonts', 'pdftotext'))('a slide on the default template, rendered by LibreOffice', () => {
  it('draws title, bullets and footer in the theme fonts, with the banner on top', () => {
    const template = decorateMasters(defaultTemplate(theme), {
      slideSize: { w: theme.grid.width, h: theme.grid.height },
      banner: { text: 'UNCLASSIFIED', fill: '007A33', color: 'FFFFFF' },
    });
    const shapes = [
      filledPlaceholder(2, 'type="title"', [['Defence exchanges between China and NATO']]),
      filledPlaceholder(3, 'idx="1"', [['The two sides exchanged views.'], ['A second-level point.', 1]]),
      filledPlaceholder(4, 'type="ftr" sz="quarter" idx="11"', [[FOOTER]]),
    ].join('');
    const file = writePackage(withOneSlide(template, 'ppt/slideLayouts/slideLayout2.xml', shapes), 'one-slide.pptx');
    if (XMLLINT) expectValidPptx(file);
    const { fonts, text } = render(file);
    expect(text).toContain(FOOTER);
    expect(text).toContain('UNCLASSIFIED');
    expect(text).toContain('A second-level point.');
    expect(
      fonts.filter((font) => !font.startsWith('Carlito') && font !== 'OpenSymbol'),
      fonts.join(', '),
    ).toEqual([]);
  });
});
