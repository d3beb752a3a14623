// The measurer against LibreOffice: random paragraphs in every script, widths and sizes, in Calibri and other body fonts; predicted lines never fewer than drawn, rarely more.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { boxMargin, paragraphRuns } from '../../src/pptx/elements.js';
import { packagePresentation } from '../../src/pptx/package.js';
import { createPresentation } from '../../src/pptx/pptxgen.js';
import { measurerFor } from '../../src/slides/font-measure.js';
import type { Paragraph } from '../../src/slides/model.js';
import { loadTheme } from '../../src/templates/theme.js';
import { random } from './random-brief.js';
import { missing } from '../helpers/tools.js';

const bundledTheme = loadTheme('templates/theme.yaml');
/** Calibri (measured with the bundled Carlito) and fonts found through fontconfig; BRIEFDECK_CALIBRATION_FONTS=a,b picks others. */
const FONTS = process.env.BRIEFDECK_CALIBRATION_FONTS?.split(',') ?? ['Calibri', 'Liberation Serif'];

const WORDS: Record<string, string[]> = {
  latin:
    'the alliance security dialogue maritime interoperability verification staff talks Major General Dacian-Tiberiu Șerban, NATO (2024) “quoted” R&D 5%'.split(
      ' ',
    ),
  cyrillic: 'Министерство обороны безопасность сотрудничество переговоры стороны учения доверие'.split(' '),
  cjk: ['中华人民共和国', '国防部', '，', '双方', '就', '防务交流', '交换了意见。', '「北约」', '日本語の', 'テキスト、', '한국어', '텍스트입니다'],
  arabic: 'الحوار الأمني بين الصين وحلف شمال الأطلسي عقد في بكين يوم الأربعاء 2024'.split(' '),
  hebrew: 'הדיאלוג הביטחוני בין סין לנאט"ו התקיים בבייג\'ינג'.split(' '),
  emoji: ['🎉', '🚀', '✅', '👍🏽', '🇪🇪', 'ok'],
  url: ['https://example.org/reports/2024/q3/cooperation-phase-2/final-report.pdf?version=3&lang=en&download=true#section-4'],
};

interface Sample {
  paragraph: Paragraph;
  width: number;
  size: number;
}

function samples(seed: number, count: number): Sample[] {
  const rand = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const scripts = Object.keys(WORDS);
  return Array.from({ length: count }, () => {
    const main = pick(scripts);
    const mixed = rand() < 0.4; // most paragraphs are in one script; some mix in words of others
    const words = Array.from({ length: 3 + Math.floor(rand() * 60) }, () => pick(WORDS[!mixed || rand() < 0.85 ? main : pick(scripts)]));
    const text = words.join(main === 'cjk' && rand() < 0.7 ? '' : ' ');
    const bold = rand() < 0.3;
    return { paragraph: { runs: [{ text, bold }], level: 0, bullet: rand() < 0.5 }, width: 2.5 + rand() * 9.5, size: pick([12, 14, 16, 18, 20, 24, 28]) };
  });
}

/** Lines LibreOffice drew on each page: line boxes grouped by their vertical centre. */
function drawnLines(pdf: string): number[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'latin1' });
  return [...html.matchAll(/<page[\s\S]*?<\/page>/g)].map((page) => {
    const centres = [...page[0].matchAll(/<line xMin="[^"]*" yMin="([^"]*)" xMax="[^"]*" yMax="([^"]*)"/g)]
      .map((m) => (Number(m[1]) + Number(m[2])) / 2)
      .sort((a, b) => a - b);
    return centres.filter((c, i) => i === 0 || c - centres[i - 1] > 4).length;
  });
}

/**
 * Runs name no font: they take the theme's, as on a real deck, whose theme part (the default template's) names the East
 * Asian and complex-script fonts too. pptxgenjs' own theme leaves those slots empty: they are filled here the same way.
 */
function withScriptFonts(bytes: Uint8Array, fonts: { eastAsian: string; complexScript: string }): Uint8Array {
  const parts = unzipSync(bytes);
  const theme = strFromU8(parts['ppt/theme/theme1.xml'])
    .replace(/<a:ea typeface=""\/>/g, `<a:ea typeface="${fonts.eastAsian}"/>`)
    .replace(/<a:cs typeface=""\/>/g, `<a:cs typeface="${fonts.complexScript}"/>`);
  parts['ppt/theme/theme1.xml'] = strToU8(theme);
  return zipSync(parts);
}

describe.skipIf(missing('soffice', 'pdftotext'))('measurement against LibreOffice', () => {
  it.each(FONTS)('predicts at least the lines LibreOffice draws in %s, and rarely more', async (family) => {
    const theme = { ...bundledTheme, fonts: { ...bundledTheme.fonts, body: family } };
    const { measurer, font } = measurerFor({ latin: family });
    expect(font.found).toBe(true);
    const inset = theme.grid.inset;
    const textWidth = ({ paragraph, width }: Sample) => (width - 2 * inset - (paragraph.bullet ? theme.grid.indent : 0)) * 72;
    // paragraphs that stay on the page (LibreOffice draws nothing past its bottom edge)
    const list = samples(Number(process.env.BRIEFDECK_CALIBRATION_SEED ?? 2024), 120)
      .filter((s) => measurer.height(s.paragraph.runs, textWidth(s), s.size) < 6.5 * 72)
      .slice(0, 80);
    const pptx = createPresentation();
    pptx.layout = 'LAYOUT_WIDE';
    pptx.theme = { headFontFace: family, bodyFontFace: family }; // runs name no font of their own: they take the theme's
    const style = {
      fonts: theme.fonts,
      colours: { ...theme.colours, header: theme.colours.navy, onHeader: theme.colours.onDark },
      sizes: { ...theme.sizes, cover: theme.sizes.subtitle },
      cellInset: theme.grid.cellInset,
      blockGap: theme.grid.blockGap,
      inset: theme.grid.inset,
      indent: theme.grid.indent,
      paragraphGap: theme.grid.paragraphGap,
    };
    const ctx = { style, lang: 'en-GB' };
    for (const { paragraph, width, size } of list) {
      const runs = paragraphRuns(paragraph, size, ctx, '000000', { bullet: paragraph.bullet ? { indent: theme.grid.indent * 72 } : false } as never);
      pptx.addSlide().addText(runs, { x: 0.3, y: 0.2, w: width, h: 7, valign: 'top', margin: boxMargin(style), fit: 'none', wrap: true });
    }
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-calibrate-'));
    const bytes = await packagePresentation(pptx, {
      date: new Date(0),
      eastAsianFont: theme.fonts.eastAsian,
      complexScriptFont: theme.fonts.complexScript,
      language: 'en-GB',
    });
    writeFileSync(join(dir, 'calibrate.pptx'), withScriptFonts(bytes, theme.fonts));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'calibrate.pptx')],
      { stdio: 'ignore', timeout: 240_000 },
    );
    const drawn = drawnLines(join(dir, 'calibrate.pdf'));
    expect(drawn).toHaveLength(list.length);
    const report = list.map((sample, i) => ({
      predicted: measurer.lines(sample.paragraph.runs, textWidth(sample), sample.size).length,
      drawn: drawn[i],
      text: sample.paragraph.runs[0].text,
      width: sample.width,
      size: sample.size,
    }));
    if (process.env.CALIBRATION_DUMP) writeFileSync(`${process.env.CALIBRATION_DUMP}.${family}.json`, JSON.stringify({ dir, report, samples: list }, null, 1));
    const under = report.filter((r) => r.predicted < r.drawn);
    // tight: at most one line more, or a fifth more for long paragraphs (emoji flags count as two letters, as Windows draws them);
    // not for paragraphs with a URL longer than a line, which renderers break differently (the measurer keeps the taller way)
    const over = report.filter((r) => !r.text.includes('https:') && r.predicted > r.drawn + Math.max(1, Math.ceil(r.drawn / 5)));
    expect(under, JSON.stringify(under, null, 1)).toEqual([]);
    expect(over, JSON.stringify(over, null, 1)).toEqual([]);
    const plain = report.filter((r) => !r.text.includes('https:'));
    const excess = plain.reduce((s, r) => s + r.predicted - r.drawn, 0) / plain.length;
    expect(excess).toBeLessThan(0.35);
  });
});
