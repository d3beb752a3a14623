// Built-in themes: --theme print (a white title slide, no navy background), `theme: NAME` in a folder's theme.yaml with its own keys over it, unknown names refused.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefdeck, buildDeckFile } from '../deck/decks.js';
import { readPackage, text } from '../master/parts.js';

const SAMPLE = 'briefs/china-nato-8th-dialogue.yaml';

function folderWithTheme(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-themes-'));
  writeFileSync(join(dir, 'theme.yaml'), yaml);
  return dir;
}

/** The title slide as built: its layout's background, the title's colour, and the theme's accent colour slot. */
function titleSlideLook(deck: string) {
  const parts = readPackage(deck);
  const layout = text(parts, 'ppt/slideLayouts/slideLayout1.xml');
  const title = /<p:ph type="ctrTitle"\/>[\s\S]*?<a:lvl1pPr[^>]*>[\s\S]*?<a:srgbClr val="(\w{6})"/.exec(layout)?.[1];
  const accent = /<a:accent1><a:srgbClr val="(\w{6})"/.exec(text(parts, 'ppt/theme/theme1.xml'))?.[1];
  return { background: /<p:bg>[\s\S]*?<\/p:bg>/.exec(layout)?.[0], title, accent };
}

describe('built-in themes', () => {
  const out = () => mkdtempSync(join(tmpdir(), 'briefdeck-themes-out-'));

  it('default: the title slide on navy with white text, as before', () => {
    const look = titleSlideLook(buildDeckFile(SAMPLE, out()));
    expect(look.background).toContain('<a:schemeClr val="tx2"/>');
    expect(look.title).toBe('FFFFFF');
  });

  it('--theme print: the title slide on white (no background of its own) with a dark title', () => {
    const look = titleSlideLook(buildDeckFile(SAMPLE, out(), {}, ['--theme', 'print']));
    expect(look.background).toBeUndefined();
    expect(look.title).toBe('1B2538');
    expect(look.accent).toBe('1F5A99');
  });

  it('theme: print in a --templates folder: the print theme with the file’s own keys written over it', () => {
    const dir = folderWithTheme('theme: print\ncolours:\n  accent: 0B5394\n');
    const look = titleSlideLook(buildDeckFile(SAMPLE, out(), {}, ['--templates', dir]));
    expect(look.background).toBeUndefined();
    expect(look.title).toBe('1B2538'); // print's navy kept: only accent was overridden
    expect(look.accent).toBe('0B5394');
  });

  it('an unknown theme: name is refused at its line with did-you-mean (exit 1)', () => {
    const dir = folderWithTheme('name: Mine\ntheme: prnt\n');
    const run = briefdeck(['build', SAMPLE, '-o', out(), '--templates', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(dir, 'theme.yaml')}:2:8: theme: expected a built-in theme (default, print), found "prnt"`);
    expect(run.stderr).toContain('did you mean "print"?');
  });

  it('--theme with an unknown name, or beside a folder’s own theme.yaml, is a usage error (exit 2)', () => {
    const unknown = briefdeck(['build', SAMPLE, '-o', out(), '--theme', 'prnt']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--theme: expected one of default, print, found "prnt"[\s\S]*did you mean --theme print\?/);
    const both = briefdeck(['build', SAMPLE, '-o', out(), '--theme', 'print', '--templates', folderWithTheme('theme: default\n')]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--theme print cannot be used with a templates folder that has its own theme.yaml');
    expect(both.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('a theme colour below 4.5:1 is a warning at its key, once, naming where it is drawn; --strict refuses', () => {
    const dir = folderWithTheme('theme: print\ncolours:\n  muted: AAAAAA\n');
    const run = briefdeck(['build', SAMPLE, '-o', out(), '--templates', dir]);
    expect(run.status).toBe(0);
    const warnings = run.stderr.split('\n').filter((line) => line.includes('WCAG'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${join(dir, 'theme.yaml')}:3:10: warning: colours.muted: AAAAAA on F3F3F3 has a contrast of 2.09:1, below 4.5:1 (WCAG AA)`);
    expect(warnings[0]).toContain('table zebra row muted text');
    expect(briefdeck(['build', SAMPLE, '-o', out(), '--templates', dir, '--strict']).status).toBe(1);
    expect(briefdeck(['build', SAMPLE, '-o', out(), '--theme', 'print']).stderr).not.toContain('WCAG');
  });

  it('check and watch take --theme too: an unknown one is a usage error before anything is watched', () => {
    expect(briefdeck(['check', SAMPLE, '--theme', 'print']).status).toBe(0);
    const watch = briefdeck(['watch', SAMPLE, '-o', out(), '--theme', 'defualt']);
    expect(watch.status).toBe(2);
    expect(watch.stderr).toContain('did you mean --theme default?');
  });
});
