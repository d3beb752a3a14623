// Classification markings from templates/theme.yaml: the known schemes and their colours, canonical forms, caveats, and refusals with a did-you-mean.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isBriefdeckError, type Problem } from '../../src/errors.js';
import { bannerFontSize as fontSize } from '../../src/slides/banner.js';
import { sharedMeasurer } from '../../src/slides/measure.js';
import { bannerFor, checkMarking, MAX_MARKING_LENGTH } from '../../src/templates/markings.js';
import { loadTheme, parseTheme } from '../../src/templates/theme.js';

const theme = loadTheme('templates/theme.yaml');
const banner = (marking: string) => {
  const verdict = checkMarking(theme.classification, marking);
  if (!verdict.known) throw new Error(`${marking} refused: ${verdict.message}`);
  return verdict.banner;
};
const refusal = (marking: string) => {
  const verdict = checkMarking(theme.classification, marking);
  if (verdict.known) throw new Error(`${marking} accepted as ${verdict.banner.text}`);
  return verdict;
};

const GREEN = '007A33';
const PURPLE = '502B85';
const BLUE = '0033A0';
const RED = 'C8102E';
const ORANGE = 'FF8C00';

describe('the markings the default theme knows', () => {
  it.each([
    ['UNCLASSIFIED', GREEN], ['CUI', PURPLE], ['CONFIDENTIAL', BLUE], ['SECRET', RED], ['TOP SECRET', ORANGE],
    ['OFFICIAL-SENSITIVE', PURPLE], ['NATO UNCLASSIFIED', GREEN], ['NATO RESTRICTED', PURPLE], ['NATO CONFIDENTIAL', BLUE], ['NATO SECRET', RED], ['COSMIC TOP SECRET', ORANGE],
    ['RESTREINT UE/EU RESTRICTED', PURPLE], ['CONFIDENTIEL UE/EU CONFIDENTIAL', BLUE], ['SECRET UE/EU SECRET', RED], ['TRÈS SECRET UE/EU TOP SECRET', ORANGE],
    ['DIFFUSION RESTREINTE', PURPLE], ['TRÈS SECRET', ORANGE],
    ['VS-NUR FÜR DEN DIENSTGEBRAUCH', PURPLE], ['VS-VERTRAULICH', BLUE], ['GEHEIM', RED], ['STRENG GEHEIM', ORANGE],
  ])('%s: a banner in %s showing the marking', (marking, fill) => {
    expect(banner(marking)).toMatchObject({ text: marking, fill });
  });

  it('gives UK OFFICIAL a neutral band: not green, not a colour of a classified level', () => {
    expect([GREEN, PURPLE, BLUE, RED, ORANGE]).not.toContain(banner('OFFICIAL').fill);
  });

  it('never draws a level above unclassified in green', () => {
    const green = Object.values(theme.classification.schemes).flatMap((s) => Object.keys(s.markings)).filter((m) => banner(m).fill === GREEN);
    expect(green.sort()).toEqual(['NATO UNCLASSIFIED', 'UNCLASSIFIED']);
  });

  it('matches regardless of case, accents, dash style and spaces around "/", and shows the canonical form', () => {
    expect(banner('secret').text).toBe('SECRET');
    expect(banner('Tres Secret').text).toBe('TRÈS SECRET');
    expect(banner('Official–Sensitive').text).toBe('OFFICIAL-SENSITIVE'); // en dash
    expect(banner('vs-nur fur den dienstgebrauch').text).toBe('VS-NUR FÜR DEN DIENSTGEBRAUCH');
    expect(banner('restreint ue / eu restricted').text).toBe('RESTREINT UE/EU RESTRICTED');
  });

  it('accepts the usual short forms and shows the full marking', () => {
    expect(banner('EU RESTRICTED').text).toBe('RESTREINT UE/EU RESTRICTED');
    expect(banner('VS-NfD').text).toBe('VS-NUR FÜR DEN DIENSTGEBRAUCH');
  });

  it('accepts US caveats after //, several with /, and REL TO with trigraphs and groups', () => {
    expect(banner('SECRET//NOFORN')).toMatchObject({ text: 'SECRET//NOFORN', fill: RED });
    expect(banner('top secret // si-g/tk // noforn')).toMatchObject({ text: 'TOP SECRET//SI-G/TK//NOFORN', fill: ORANGE });
    expect(banner('SECRET//REL TO USA,gbr, FVEY').text).toBe('SECRET//REL TO USA, GBR, FVEY');
    expect(banner('CUI//NOFORN').fill).toBe(PURPLE);
    expect(banner('SECRET//ORCON/NOFORN').text).toBe('SECRET//ORCON/NOFORN');
  });
});

describe('markings the theme does not list', () => {
  it.each([
    ['SECERT', 'SECRET'],
    ['DIFFUSION RESTRICTED', 'DIFFUSION RESTREINTE'],
    ['Offical-Sensitive', 'OFFICIAL-SENSITIVE'],
    ['OFFICIAL SENSITIVE', 'OFFICIAL-SENSITIVE'],
    ['NATO SECERT', 'NATO SECRET'],
    ['TOP SECRT//NOFORN', 'TOP SECRET//NOFORN'],
    ['SECRET//NOFRON', 'SECRET//NOFORN'],
  ])('%s is refused with did you mean `%s`', (marking, meant) => {
    expect(refusal(marking).message).toMatch(new RegExp(`; did you mean \`${meant.replace(/[/]/g, '\\/')}\`\\?$`));
  });

  it('refuses CONFIDENTIEL DÉFENSE without a wrong suggestion, listing the known markings by scheme', () => {
    const { message, hint } = refusal('CONFIDENTIEL DÉFENSE');
    expect(message).toBe('expected a marking the theme lists, found text "CONFIDENTIEL DÉFENSE"');
    for (const scheme of ['US: UNCLASSIFIED, CUI, CONFIDENTIAL, SECRET, TOP SECRET;', 'UK: OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET;', 'France: DIFFUSION RESTREINTE, SECRET, TRÈS SECRET;', 'Germany: VS-NUR FÜR DEN DIENSTGEBRAUCH']) {
      expect(hint).toContain(scheme);
    }
  });

  it('refuses caveats the marking\'s schemes do not have, and unknown REL TO codes', () => {
    expect(refusal('NATO SECRET//NOFORN').message).toBe('expected caveats the theme lists for NATO SECRET, found "NOFORN" in text "NATO SECRET//NOFORN"');
    expect(refusal('SECRET//REL TO USA, GRB').message).toContain('found "GRB" after REL TO in text');
    expect(refusal('SECRET//').message).toContain('found an empty caveat');
    expect(refusal('SECRET//BOGUS').hint).toMatch(/^caveats after SECRET: NOFORN, ORCON, .*REL TO followed by country trigraphs/);
  });

  it('refuses a marking too long for a one-line banner before any other work (a 1 MiB value answers at once)', () => {
    const started = performance.now();
    expect(refusal(`SECRET//${'NOFRON/'.repeat(150_000)}`).message).toBe('expected a marking of at most 160 characters (a banner is one line), found text of 1050008 characters');
    expect(performance.now() - started).toBeLessThan(100);
    expect(MAX_MARKING_LENGTH).toBe(160);
  });

  it('never gets a banner: bannerFor throws instead of falling back to a colour', () => {
    for (const marking of ['SECERT', 'CONFIDENTIEL DÉFENSE', 'SECRET//NOFRON', 'PUBLIC', 'RESTRICTED']) {
      let problems: Problem[] = [];
      try {
        bannerFor(theme, marking);
      } catch (e) {
        if (isBriefdeckError(e)) problems = e.problems;
      }
      expect(problems.map((p) => p.path), marking).toEqual(['classification']);
    }
    expect(bannerFor(theme, undefined)).toBeUndefined();
  });
});

describe('banner text size', () => {
  const long = 'TOP SECRET//SI/TK//REL TO USA, ALB, BEL, BGR, CAN, HRV, CZE, DNK, EST, FIN, FRA, DEU, GRC, HUN, ISL, ITA, LVA, LTU, LUX, MNE, NLD, MKD, NOR, POL, PRT, ROU, SVK';
  it('keeps the theme\'s size when the marking fits, and shrinks a long marking to one line of the notes page', () => {
    expect(banner(long).text).toBe(long);
    expect(fontSize('SECRET//NOFORN', 7.5, theme.sizes.banner)).toBe(theme.sizes.banner);
    expect(fontSize(long, theme.grid.width, theme.sizes.banner)).toBe(theme.sizes.banner);
    const size = fontSize(long, 7.5, theme.sizes.banner);
    expect(size).toBeLessThan(theme.sizes.banner);
    expect(sharedMeasurer().width(long, size, true)).toBeLessThanOrEqual((7.5 - 2 * theme.grid.inset) * 72);
  });
});

describe('a theme\'s own markings', () => {
  /** The bundled theme with its classification section replaced by `schemes` (levels: internal, secret). */
  const DEFAULT = readFileSync('templates/theme.yaml', 'utf8');
  const withSchemes = (schemes: string) => DEFAULT.replace(/^classification:[\s\S]*?(?=^deck:)/m, `classification:
  levels:
    internal: { fill: 333333, text: FFFFFF }
    secret: { fill: C8102E, text: FFFFFF }
  schemes:
${schemes}`);
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
  const refused = (text: string): Problem[] => {
    try {
      parseTheme(text, 'theme.yaml');
    } catch (e) {
      if (isBriefdeckError(e)) return e.problems;
      throw e;
    }
    throw new Error('theme accepted');
  };

  it('are known with their colours, and only they are', () => {
    const own = parseTheme(withSchemes('    ACME:\n      markings: { ACME INTERNAL: internal }\n'), 'theme.yaml');
    expect(checkMarking(own.classification, 'acme internal')).toEqual({ known: true, banner: { text: 'ACME INTERNAL', fill: '333333', color: 'FFFFFF' } });
    expect(checkMarking(own.classification, 'SECRET').known).toBe(false);
  });

  it('are refused at their line when they name a level the theme has not', () => {
    const text = withSchemes('    ACME:\n      markings: { ACME INTERNAL: internl }\n');
    const problems = refused(text);
    expect(problems.map((p) => [p.line, p.path, p.message])).toEqual([[lineOf(text, 'ACME INTERNAL'), 'classification.schemes.ACME.markings.ACME INTERNAL', 'expected one of the levels internal, secret, found "internl"']]);
  });

  it('may not read the same as another marking of a different level once case and accents are ignored', () => {
    const problems = refused(withSchemes('    A:\n      markings: { SECRET: secret }\n    B:\n      markings: { Secret: internal }\n'));
    expect(problems.map((p) => p.message)).toEqual(['"Secret" reads the same as "SECRET" (secret); a marking must name one level']);
  });
});
