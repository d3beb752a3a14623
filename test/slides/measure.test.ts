// Measurement: advance widths per script checked against the real fonts, wrapping rules (words, CJK with kinsoku, URLs), line heights.
import { existsSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { canBreakBetween, softPieces, tokens } from '../../src/slides/breaks.js';
import { createMetrics } from '../../src/slides/fonts.js';
import { createMeasurer, fitOneLine, SAFETY } from '../../src/slides/measure.js';
import { isRtlText, scriptOf } from '../../src/slides/script.js';
import { missing } from '../helpers/tools.js';

const measurer = createMeasurer();
const metrics = createMetrics();
const SYSTEM = '/usr/share/fonts';
const font = (path: string) => fontkit.openSync(`${SYSTEM}/${path}`) as fontkit.Font;
const em = (text: string, bold = false) => measurer.width(text, 1, bold) / SAFETY;

describe('advance widths', () => {
  it('reads Latin, Greek and Cyrillic from Carlito', () => {
    const carlito = fontkit.openSync('fonts/Carlito-Regular.ttf') as fontkit.Font;
    for (const text of ['Security dialogue', 'Ωμέγα Δέλτα', 'Министерство обороны', 'Șerban Łódź Ærø']) {
      const expected = [...text].reduce((sum, ch) => sum + carlito.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth, 0) / carlito.unitsPerEm;
      expect(em(text)).toBeCloseTo(expected, 6);
    }
    expect(em('Security dialogue', true)).toBeGreaterThan(em('Security dialogue'));
  });

  it.skipIf(missing('fonts-noto-cjk'))('gives CJK characters at least the advance Noto Sans CJK draws them with', () => {
    const collection = fontkit.openSync(`${SYSTEM}/opentype/noto/NotoSansCJK-Regular.ttc`) as unknown as { fonts: fontkit.Font[] };
    const sc = collection.fonts.find((f) => f.postscriptName === 'NotoSansCJKsc-Regular')!;
    const sample = '中华人民共和国国防部，。、「」（）！？ひらがなカタカナ한국어텍스트ー々〇';
    for (const ch of sample) {
      const real = sc.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth / sc.unitsPerEm;
      expect(metrics.advance(ch.codePointAt(0)!, false, 'cjk'), ch).toBeGreaterThanOrEqual(real);
      expect(metrics.advance(ch.codePointAt(0)!, false, 'cjk'), ch).toBeLessThanOrEqual(real + 0.1);
    }
  });

  const arabic = [
    'الحوار الأمني بين الصين وحلف شمال الأطلسي عقد في بكين يوم الأربعاء',
    'وزارة الدفاع الوطني لجمهورية الصين الشعبية أصدرت بيانا صحفيا 2024',
    'تبادل الجانبان وجهات النظر حول التبادلات الدفاعية والأوضاع الدولية والإقليمية والقضايا الأخرى ذات الاهتمام المشترك',
    'اللواء داتشيان تيبريو شيربان، مدير قسم الأمن التعاوني، هيئة الأركان العسكرية الدولية',
    'لا إله إلا الله محمد رسول الله',
  ];
  const arabicFonts = [
    'truetype/noto/NotoSansArabic-Regular.ttf',
    'truetype/noto/NotoKufiArabic-Regular.ttf',
    'truetype/noto/NotoNaskhArabic-Regular.ttf',
    'truetype/dejavu/DejaVuSans.ttf',
  ].filter((f) => existsSync(`${SYSTEM}/${f}`));
  it.skipIf(missing('fonts-noto-core', 'fonts-dejavu-core'))('measures Arabic at least as wide as every font LibreOffice may draw it with, shaped', () => {
    for (const file of arabicFonts) {
      const f = font(file);
      for (const text of arabic) expect(em(text), `${file}: ${text}`).toBeGreaterThanOrEqual(f.layout(text).advanceWidth / f.unitsPerEm);
      const bold = font(file.replace('-Regular', '-Bold').replace('DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'));
      for (const text of arabic) expect(em(text, true), `${file} bold: ${text}`).toBeGreaterThanOrEqual(bold.layout(text).advanceWidth / bold.unitsPerEm);
    }
  });

  // The complex-script font is Arial; LibreOffice draws it with Liberation Sans, which has Hebrew (no fallback font involved).
  it.skipIf(missing('fonts-liberation2'))('measures Hebrew at least as wide as Arial (Liberation Sans) draws it', () => {
    const f = font('truetype/liberation2/LiberationSans-Regular.ttf');
    for (const text of ['הדיאלוג הביטחוני בין סין לנאט"ו התקיים בבייג\'ינג', 'שני הצדדים הסכימו על חשיבות המשך הדיאלוג']) {
      expect(em(text), text).toBeGreaterThanOrEqual(f.layout(text).advanceWidth / f.unitsPerEm);
    }
  });

  it('gives combining marks, joiners and variation selectors no width of their own', () => {
    expect(em('Zu\u0308rich')).toBeCloseTo(em('Zurich'), 9);
    expect(em('Sa\u0303o Paulo')).toBeCloseTo(em('Sao Paulo'), 9);
    expect(em('\u26a0\ufe0f')).toBeCloseTo(em('\u26a0'), 9);
  });

  it("gives emoji at least a colour emoji font's advance, each part of a ZWJ sequence counted", () => {
    expect(em('🎉')).toBeGreaterThanOrEqual(1.245);
    expect(em('👨‍👩‍👧')).toBeGreaterThanOrEqual(3 * 1.245);
    expect(em('🇪🇪')).toBeGreaterThanOrEqual(1.245);
  });

  it('classifies scripts and direction', () => {
    expect(['A', 'Ж', 'Ω', '中', 'あ', '한', 'ب', 'ש', '🎉', '\u0301', '1'].map((c) => scriptOf(c.codePointAt(0)!))).toEqual([
      'latin',
      'latin',
      'latin',
      'cjk',
      'cjk',
      'cjk',
      'arabic',
      'hebrew',
      'emoji',
      'mark',
      'neutral',
    ]);
    expect(isRtlText('2024: الحوار')).toBe(true);
    expect(isRtlText('NATO الحوار')).toBe(false);
  });
});

describe('line breaking', () => {
  it('breaks Latin text only after spaces; trailing spaces hang', () => {
    expect(tokens('Major General Yao-Qin, NATO COVID-19')).toEqual(['Major ', 'General ', 'Yao-', 'Qin, ', 'NATO ', 'COVID-19']);
    const width = measurer.width('Major General', 20);
    expect(measurer.wrap([{ text: 'Major General Yao' }], width + 0.01, 20)).toEqual(['Major General', 'Yao']);
  });

  it('breaks CJK between characters but never before closing or after opening punctuation', () => {
    expect(tokens('中国「北约」。对话')).toEqual(['中', '国', '「北', '约」。', '对', '话']);
    expect(canBreakBetween('中', 'A')).toBe(true);
    expect(tokens('한국어 텍스트입니다')).toEqual(['한국어 ', '텍스트입니다']); // Korean breaks at spaces
    const text = '中华人民共和国国防部新闻发言人表示，双方就中国与北大西洋公约组织的防务交流交换了意见。双方同意「继续」保持沟通。';
    for (let chars = 3; chars < 20; chars++) {
      const lines = measurer.wrap([{ text }], chars * 20 * SAFETY + 0.5, 20);
      expect(lines.join('')).toBe(text);
      for (const line of lines.slice(1)) expect('，。」、'.includes(line[0]), line).toBe(false);
      for (const line of lines) expect(line.endsWith('「'), line).toBe(false);
    }
  });

  it('breaks a URL longer than the line at its punctuation, and a piece still too long anywhere', () => {
    const url = 'https://data.example.org/search?q=cooperation&filter=report&year=2024&sort=-date&page=1&per_page=50';
    expect(softPieces('a/b?c=d&e')).toEqual(['a/', 'b?', 'c=', 'd&', 'e']);
    const width = measurer.width('https://data.example.org/', 16) + 1;
    const lines = measurer.wrap([{ text: url }], width, 16);
    expect(lines.join('')).toBe(url);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(measurer.width(line, 16)).toBeLessThanOrEqual(width + 1e-6);
  });

  it('starts a new line at an explicit break and makes CJK and emoji lines taller', () => {
    const lines = measurer.lines([{ text: 'Title' }, { text: 'https://example.org', breakBefore: true }], 1000, 20);
    expect(lines.map((l) => l.text)).toEqual(['Title', 'https://example.org']);
    expect(measurer.lines([{ text: '中国' }], 1000, 20)[0].height).toBeGreaterThan(lines[0].height);
    expect(measurer.lines([{ text: 'ok 🎉' }], 1000, 20)[0].height).toBeGreaterThan(lines[0].height);
  });

  it('keeps bold and regular parts of a word apart in width', () => {
    const mixed = measurer.lines([{ text: 'Head', bold: true }, { text: 'quarters' }], 1000, 20)[0].width;
    expect(mixed).toBeCloseTo(measurer.width('Head', 20, true) + measurer.width('quarters', 20), 6);
  });

  it('cuts a one-line text with an ellipsis to fit', () => {
    const long = 'Joint Readout of the Extraordinary Consultations on Regional Security and Arms Control '.repeat(3);
    const cut = fitOneLine(measurer, long, 400, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(measurer.width(cut, 10)).toBeLessThanOrEqual(400);
    expect(fitOneLine(measurer, 'Short', 400, 10)).toBe('Short');
  });
});

describe('a no-break space', () => {
  it('is as wide as a space (Carlito has no glyph for it; Calibri draws it at a space’s width), so "Head of delegation" kept whole is no wider', () => {
    const measurer = createMeasurer();
    expect(measurer.width('\u00a0', 20)).toBeCloseTo(measurer.width(' ', 20), 6);
    expect(measurer.width('Head\u00a0of\u00a0delegation', 12, true)).toBeCloseTo(measurer.width('Head of delegation', 12, true), 6);
  });
});
