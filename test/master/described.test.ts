// A template package's description kept per content: the built-in themes' precomputed at build time, equal to the description read from the parts.
import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../src/master/default-template.js';
import { describeOnce, describeWithObstacles, DESCRIPTIONS, partsKey } from '../../src/master/described.js';
import { precomputed } from '../../src/shared/precomputed.js';
import { BUILT_IN_THEMES, builtInThemeNames } from '../../src/templates/builtin-themes.js';
import { loadTheme } from '../../src/templates/theme.js';

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
