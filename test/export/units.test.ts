// Export building blocks without LibreOffice: handout preparation, picture names, contact-sheet grid, program lookup.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadBrief } from '../../src/brief/load.js';
import { notesPagesCopy, readableNotes } from '../../src/export/handout.js';
import { HANDOUT_FILTER, SLIDES_FILTER } from '../../src/export/pdf.js';
import { slideFileName } from '../../src/export/raster.js';
import { findProgram } from '../../src/export/run.js';
import { fitCaption, sheetColumns, sheetLayout } from '../../src/export/sheet.js';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { buildDeck } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/templates/render.js';
import { formatCitation } from '../../src/templates/helpers.js';

const notesXml = (paragraphs: string) =>
  `<p:notes><p:cSld><p:spTree><p:sp><p:nvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp><p:sp><p:nvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>${paragraphs}</p:txBody></p:sp><p:sp><p:nvSpPr><p:nvPr><p:ph type="sldNum" idx="10"/></p:nvPr></p:nvSpPr><p:txBody><a:bodyPr/><a:p><a:fld type="slidenum"><a:rPr lang="en-US"/><a:t>4</a:t></a:fld></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>`;
const run = (text: string) => `<a:p><a:r><a:rPr lang="en-GB" dirty="0"/><a:t>${text}</a:t></a:r></a:p>`;

describe('handout preparation', () => {
  it('sets notes at 12 pt in the body font, list lines hanging, and shrinks overflowing notes', () => {
    const xml = readableNotes(notesXml(`${run('Intro.')}<a:p><a:endParaRPr lang="en-GB" dirty="0"/></a:p>${run('- item')}${run('2. step')}`), 'Calibri');
    const body = /<p:ph type="body"[\s\S]*?<\/p:txBody>/.exec(xml)![0];
    expect(body).toContain('<a:bodyPr><a:normAutofit/></a:bodyPr>');
    expect(body.match(/<a:rPr lang="en-GB" dirty="0" sz="1200"><a:latin typeface="Calibri"\/><\/a:rPr>/g)).toHaveLength(3);
    expect(body).toContain('<a:p><a:pPr marL="0" indent="0"/><a:r><a:rPr lang="en-GB" dirty="0" sz="1200"><a:latin typeface="Calibri"/></a:rPr><a:t>Intro.');
    expect(body).toContain(
      '<a:p><a:pPr marL="228600" indent="-228600"/><a:r><a:rPr lang="en-GB" dirty="0" sz="1200"><a:latin typeface="Calibri"/></a:rPr><a:t>- item',
    );
    expect(body).toContain(
      '<a:pPr marL="228600" indent="-228600"/><a:r><a:rPr lang="en-GB" dirty="0" sz="1200"><a:latin typeface="Calibri"/></a:rPr><a:t>2. step',
    );
    expect(xml).toContain('<a:fld type="slidenum"><a:rPr lang="en-US"/>'); // the slide number is left alone
  });

  it('changes only the notes slides of a real deck, and keeps every notes text', async () => {
    const deck = (await buildDeck(await loadBrief('briefs/china-nato-8th-dialogue.yaml'), loadTemplates(DEFAULT_TEMPLATES))).bytes;
    const before = unzipSync(deck);
    const after = unzipSync(notesPagesCopy(deck));
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) {
      const changed = strFromU8(after[name]) !== strFromU8(before[name]);
      expect(changed, name).toBe(/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name));
      if (changed) {
        const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);
        expect(texts(strFromU8(after[name]))).toEqual(texts(strFromU8(before[name])));
      }
    }
  });
});

describe('LibreOffice filters', () => {
  it('exports slides without notes pages, and the handout as notes pages only', () => {
    const options = (filter: string) => JSON.parse(filter.replace(/^pdf:impress_pdf_Export:/, ''));
    expect(options(SLIDES_FILTER).ExportNotesPages.value).toBe('false');
    expect(options(HANDOUT_FILTER)).toMatchObject({ ExportNotesPages: { value: 'true' }, ExportOnlyNotesPages: { value: 'true' } });
  });
});

describe('slide pictures and contact sheet', () => {
  it('names pictures with at least two digits, more for long decks', () => {
    expect(slideFileName(1, 9)).toBe('slide-01.png');
    expect(slideFileName(12, 12)).toBe('slide-12.png');
    expect(slideFileName(7, 140)).toBe('slide-007.png');
  });

  it('lays out a grid: one row up to four slides, then about square, never more than 8 columns', () => {
    const grid = (n: number) => {
      const l = sheetLayout(n);
      return [l.columns, l.rows];
    };
    expect(grid(1)).toEqual([1, 1]);
    expect(grid(4)).toEqual([4, 1]);
    expect(grid(5)).toEqual([3, 2]);
    expect(grid(12)).toEqual([4, 3]);
    expect(grid(25)).toEqual([5, 5]);
    expect(grid(1000)).toEqual([8, 125]);
    for (const n of [1, 5, 12, 30, 99]) expect(sheetColumns(n) * sheetLayout(n).rows).toBeGreaterThanOrEqual(n);
  });

  it('shortens long captions with an ellipsis to fit their width', () => {
    expect(fitCaption('Summary', 300, 16)).toBe('Summary');
    const long = fitCaption('Background: 7th China–NATO Security Policy Dialogue in Brussels', 300, 16);
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThan(60);
    expect(long.startsWith('Background: 7th')).toBe(true);
  });
});

describe('program lookup', () => {
  it('finds an executable on PATH and ignores a file that is not executable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-path-'));
    try {
      writeFileSync(join(dir, 'tool-a'), '#!/bin/sh\n');
      chmodSync(join(dir, 'tool-a'), 0o755);
      writeFileSync(join(dir, 'tool-b'), 'not executable');
      expect(findProgram(['tool-a'], [], { PATH: `/nonexistent:${dir}` })).toBe(join(dir, 'tool-a'));
      expect(findProgram(['tool-b'], [], { PATH: dir })).toBeUndefined();
      expect(findProgram(['tool-b'], [join(dir, 'tool-a')], { PATH: dir })).toBe(join(dir, 'tool-a'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('citations in notes', () => {
  it('cites publisher and date first, then title and address, each only when given', () => {
    expect(formatCitation({ title: 'Report', publisher: 'TDI', date: '2024-03-14', url: 'https://example.org/r' })).toBe(
      'TDI (14 March 2024). Report. https://example.org/r',
    );
    expect(formatCitation({ title: 'Press release', publisher: 'Ministry' })).toBe('Ministry. Press release.');
    expect(formatCitation({ title: 'Untitled note', date: '2023-02' })).toBe('Untitled note (February 2023).');
    expect(formatCitation({ title: 'Rapport', date: '2024-03-14' }, 'fr-FR')).toBe('Rapport (14 mars 2024).');
  });
});
