// Kept per content, precomputed at build time: template package descriptions, the built-in themes and labels; each equal to what is read from its source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { defaultTemplate } from '../../src/master/default-template.js';
import { describeOnce, describeWithObstacles, DESCRIPTIONS, partsKey } from '../../src/master/described.js';
import { contentHash, precomputed } from '../../src/shared/precomputed.js';
import { BUILT_IN_THEMES, builtInThemeNames } from '../../src/templates/builtin-themes.js';
import { BUNDLED_TEMPLATES } from '../../src/templates/bundled.js';
import { LABELS, loadLabels } from '../../src/templates/labels.js';
import { loadTheme, parseTheme, themeKey, THEMES } from '../../src/templates/theme.js';

const variants = builtInThemeNames().flatMap((name) => [false, true].map((rtl) => ({ name, rtl })));

describe('template descriptions kept per content (run `npm run build` if a precomputed one is missing or differs)', () => {
  it.each(variants)('$name theme, right-to-left $rtl: the precomputed description is the one read from the parts', ({ name, rtl }) => {
    const parts = defaultTemplate(loadTheme(BUILT_IN_THEMES[name]), { rtl });
    const read = describeWithObstacles(parts);
    const stored = precomputed(DESCRIPTIONS)[partsKey(parts)];
    expect(stored, 'no precomputed description for these parts').toBeDefined();
    expect(stored).toStrictEqual(JSON.parse(JSON.stringify(read))); // nothing lost to JSON: no undefined fields that matter, no NaN
    expect(describeOnce(parts)).toEqual(read);
  });

  it('describes changed parts afresh, and gives every caller its own copy', () => {
    const theme = loadTheme(BUILT_IN_THEMES.default);
    const wide = defaultTemplate({ ...theme, grid: { ...theme.grid, width: theme.grid.width + 1 } });
    const described = describeOnce(wide);
    expect(precomputed(DESCRIPTIONS)[partsKey(wide)]).toBeUndefined();
    expect(described).toEqual(describeWithObstacles(wide));
    expect(described.slideSize.w).toBeCloseTo(theme.grid.width + 1, 1);
    described.layouts.length = 0; // a caller changing its copy changes no one else's
    expect(describeOnce(wide).layouts.length).toBeGreaterThan(0);
  });
});

describe('built-in themes and labels parsed at build time', () => {
  it.each(builtInThemeNames())('the %s theme: the precomputed one is the one parsed from its file', (name) => {
    const text = readFileSync(BUILT_IN_THEMES[name], 'utf8');
    const stored = precomputed(THEMES)[themeKey(text)];
    expect(stored, 'no precomputed theme').toBeDefined();
    expect(stored).toStrictEqual(parseTheme(text, BUILT_IN_THEMES[name])); // nothing lost to JSON (an undefined key, a NaN)
    expect(loadTheme(BUILT_IN_THEMES[name])).toStrictEqual(stored);
  });

  it('the bundled labels: the precomputed ones are the ones parsed from labels.yaml', () => {
    const file = join(BUNDLED_TEMPLATES, 'labels.yaml');
    const stored = precomputed(LABELS)[contentHash([readFileSync(file, 'utf8')])];
    expect(stored, 'no precomputed labels').toBeDefined();
    const parsed = parseDocument(readFileSync(file, 'utf8')).toJS();
    expect(stored).toStrictEqual(parsed);
    expect(loadLabels(file)).toStrictEqual(parsed);
  });
});
