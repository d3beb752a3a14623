// Colour contrast: every text colour the default template draws reaches WCAG AA (4.5:1) on its background, for each built-in theme.
import { describe, expect, it } from 'vitest';
import { contrastFailures, contrastRatio, textColourPairs } from '../../src/master/contrast.js';
import { loadTheme, type Theme } from '../../src/templates/theme.js';

const themes: [string, Theme][] = [
  ['default', loadTheme('templates/theme.yaml')],
  ['print', loadTheme('templates/themes/print.yaml')],
];

describe('colour contrast', () => {
  it('computes WCAG ratios (black on white 21:1, #767676 on white 4.54:1, same colour 1:1)', () => {
    expect(contrastRatio('000000', 'FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('FFFFFF', '767676')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('2E6DB4', '2E6DB4')).toBe(1);
  });

  it.each(themes)('the %s theme: every text colour on its background is at least 4.5:1', (_name, theme) => {
    const pairs = textColourPairs(theme);
    expect(pairs.length).toBeGreaterThan(15);
    for (const level of Object.keys(theme.classification.levels)) expect(pairs.some((p) => p.where.includes(`(${level})`))).toBe(true);
    expect(contrastFailures(theme).map((p) => `${p.where}: ${p.text} on ${p.background} = ${p.ratio.toFixed(2)}`)).toEqual([]);
  });

  it('fails a theme with a weak colour: light grey muted text, yellow banner text', () => {
    const [, theme] = themes[0];
    const bad: Theme = {
      ...theme,
      colours: { ...theme.colours, muted: 'AAAAAA' },
      classification: { ...theme.classification, levels: { ...theme.classification.levels, secret: { fill: 'C8102E', text: 'FFD700' } } },
    };
    const failing = contrastFailures(bad).map((p) => p.where);
    expect(failing).toContain('muted text (subtitles, captions, sources, footer, slide number)');
    expect(failing).toContain('classification banner (secret)');
    expect(failing).not.toContain('body text');
  });
});
