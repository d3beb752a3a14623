// The HTML deck's lines against LibreOffice's: the same brief built once as .pptx and HTML, the .pptx drawn to PDF by LibreOffice, its text lines read back with pdftohtml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { unescapeXml } from '../../src/shared/xml.js';
import { buildDeckAndPage } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { htmlSlides } from '../helpers/html.js';
import { missing } from '../helpers/tools.js';
import { REPO } from '../watch/child.js';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-html-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** LibreOffice's lines of each page: pdftohtml's text pieces at one height joined when one follows the other closely. */
function pdfLines(xml: string): string[][] {
  return [...xml.matchAll(/<page number="\d+"[\s\S]*?<\/page>/g)].map((page) => {
    const pieces = [...page[0].matchAll(/<text top="(\d+)" left="(\d+)" width="(\d+)" height="\d+"[^>]*>([\s\S]*?)<\/text>/g)]
      .map((m) => ({ top: +m[1], left: +m[2], right: +m[2] + +m[3], text: unescapeXml(m[4].replace(/<[^>]+>/g, '')) }))
      .sort((a, b) => a.top - b.top || a.left - b.left);
    const lines: typeof pieces = [];
    for (const piece of pieces) {
      const line = lines.find((l) => Math.abs(l.top - piece.top) <= 3 && piece.left >= l.left && piece.left - l.right < 12);
      if (line) Object.assign(line, { text: `${line.text}${piece.left - line.right > 2 ? ' ' : ''}${piece.text}`, right: piece.right });
      else lines.push({ ...piece });
    }
    return lines.map((line) => squeeze(line.text));
  });
}

describe.skipIf(missing('soffice', 'pdftohtml'))('HTML lines against LibreOffice', () => {
  it.each(['briefs/china-nato-8th-dialogue.yaml', 'test/fixtures/stress-messages-sections.yaml'])(
    '%s: at least 95 % of the HTML lines are lines LibreOffice draws, word for word',
    async (file) => {
      const built = await buildDeckAndPage(briefFromText(readFileSync(join(REPO, file), 'utf8'), file), loadTemplates(DEFAULT_TEMPLATES));
      const name = file.split('/').pop()!.replace('.yaml', '');
      writeFileSync(join(dir, `${name}.pptx`), built.bytes);
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, `${name}.pptx`)],
        {
          stdio: 'ignore',
          timeout: 240_000,
        },
      );
      execFileSync('pdftohtml', ['-xml', '-i', '-q', join(dir, `${name}.pdf`), join(dir, name)], { stdio: 'ignore' });
      const drawn = pdfLines(readFileSync(join(dir, `${name}.xml`), 'utf8'));
      const slides = htmlSlides(built.html);
      expect(drawn).toHaveLength(slides.length);
      const missing: string[] = [];
      let total = 0;
      for (const slide of slides) {
        const page = drawn[slide.n - 1];
        for (const line of slide.lines.map(squeeze).filter(Boolean)) {
          total++;
          // a bullet or number LibreOffice draws as text starts its line there
          if (!page.some((l) => l === line || l.replace(/^(\d+\.|[•–])\s*/u, '') === line)) missing.push(`slide ${slide.n}: ${line}`);
        }
      }
      expect(total).toBeGreaterThan(100);
      expect(missing.length / total, missing.join('\n')).toBeLessThanOrEqual(0.05);
    },
  );
});
