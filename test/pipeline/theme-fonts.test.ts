// A theme's fonts are what planning measures with: body text in fonts.body, titles in fonts.heading, a font not found warned about.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { planBrief } from '../../src/pipeline.js';
import type { Slide } from '../../src/slides/model.js';
import { loadTemplates } from '../../src/templates/render.js';
import { missing } from '../helpers/tools.js';
import { BIN } from '../watch/child.js';

const root = mkdtempSync(join(tmpdir(), 'briefdeck-theme-fonts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const BUNDLED_THEME = readFileSync(join(DEFAULT_TEMPLATES, 'theme.yaml'), 'utf8');

/** A --templates folder with only a theme.yaml naming these fonts. */
function themeFolder(name: string, fonts: { body: string; heading: string }): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const text = BUNDLED_THEME.replace(/^ {2}heading: .*$/m, `  heading: ${fonts.heading}`).replace(/^ {2}body: .*$/m, `  body: ${fonts.body}`);
  writeFileSync(join(dir, 'theme.yaml'), text);
  return dir;
}

const point = (i: number) => `"Point ${i}: the two delegations exchanged views on maritime security, arms control and crisis communication"`;
const BRIEF = `title: Theme fonts
summary: [A point.]
participants: [{ delegation: NATO, members: [{ name: Someone }] }]
topics:
  - title: Cooperation on maritime security and arms control talks
    points: [${Array.from({ length: 9 }, (_, i) => point(i)).join(', ')}]
`;

const plan = (templates: string) => planBrief(briefFromText(BRIEF, 'brief.yaml'), loadTemplates(templates));
const topicSlides = (slides: Slide[]) => slides.filter((s) => s.title.startsWith('Cooperation on maritime'));

describe('a theme measured in its own fonts', () => {
  it.skipIf(missing('fc-match', 'fonts-dejavu-core'))('paginates body text set in a wider font onto more slides, and fits titles in the heading font', () => {
    const calibri = plan(DEFAULT_TEMPLATES);
    const dejavu = plan(themeFolder('dejavu', { body: 'DejaVu Sans', heading: 'DejaVu Sans' }));
    const wideTitle = plan(themeFolder('heading', { body: 'Calibri', heading: 'DejaVu Sans' }));
    expect(calibri.warnings).toEqual([]);
    expect(dejavu.warnings).toEqual([]);
    expect(topicSlides(dejavu.slides).length).toBeGreaterThan(topicSlides(calibri.slides).length);
    // the same body text, a wider heading font: the same pages, a smaller title size
    expect(topicSlides(wideTitle.slides).length).toBe(topicSlides(calibri.slides).length);
    expect(topicSlides(wideTitle.slides)[0].titleFontSize).toBeLessThan(topicSlides(calibri.slides)[0].titleFontSize!);
  });

  it.skipIf(missing('fc-match'))('warns naming a font that is not found, at theme.yaml, and measures conservatively', () => {
    const dir = themeFolder('unknown', { body: 'Frutiger Next Pro', heading: 'Calibri' });
    const file = join(root, 'brief.yaml');
    writeFileSync(file, BRIEF);
    const built = spawnSync(process.execPath, [BIN, 'build', file, '--templates', dir, '-o', join(root, 'out')], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(built.status, built.stderr).toBe(0);
    const line =
      readFileSync(join(dir, 'theme.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('Frutiger Next Pro')) + 1;
    expect(built.stderr).toMatch(
      new RegExp(`${join(dir, 'theme.yaml')}:${line}:\\d+: warning: fonts.body: font "Frutiger Next Pro" not found on this system: measured with `),
    );
    expect(built.stderr).toContain('with a 10 % margin');
    expect(built.stderr).toContain('hint: install it or list its file under fonts.files in theme.yaml');
    const strict = spawnSync(process.execPath, [BIN, 'build', file, '--templates', dir, '--strict', '-o', join(root, 'strict')], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(strict.status).toBe(1);
    expect(topicSlides(plan(dir).slides).length).toBeGreaterThan(topicSlides(plan(DEFAULT_TEMPLATES).slides).length);
  });
});
