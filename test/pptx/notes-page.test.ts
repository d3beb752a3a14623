// Handouts on A4 or Letter: p:notesSz and the notes master laid out for the page, chosen by the brief's language or --paper.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paperOfLanguage } from '../../src/pptx/notes-page.js';
import { briefdeck, buildDeckFile } from '../deck/decks.js';
import { readPackage, shapeTree, text } from '../master/parts.js';

const SAMPLE = 'briefs/china-nato-8th-dialogue.yaml'; // language: en-GB
const A4 = { cx: 7560000, cy: 10692000 }; // 210 × 297 mm in EMU
const LETTER = { cx: 7772400, cy: 10058400 }; // 8.5 × 11 in

/** The notes page size and the notes master's slide picture and notes boxes of a built deck. */
function notesPage(deck: string) {
  const parts = readPackage(deck);
  const m = /<p:notesSz cx="(\d+)" cy="(\d+)"\/>/.exec(text(parts, 'ppt/presentation.xml'))!;
  const master = Object.keys(parts).find((p) => /^ppt\/notesMasters\/notesMaster\d+\.xml$/.test(p))!;
  const box = (type: string) => {
    const shape = shapeTree(text(parts, master)).find((s) => s.ph?.startsWith(`type="${type}"`))!;
    const [x, y, w, h] = /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(shape.xml)!.slice(1).map(Number);
    return { x, y, w, h };
  };
  return { page: { cx: Number(m[1]), cy: Number(m[2]) }, picture: box('sldImg'), notes: box('body') };
}

function expectLaidOutFor(deck: string, paper: { cx: number; cy: number }) {
  const { page, picture, notes } = notesPage(deck);
  expect(page).toEqual(paper);
  expect(picture.w / picture.h).toBeCloseTo(16 / 9, 2); // the slide's shape
  expect(picture.x + picture.w).toBeLessThanOrEqual(page.cx);
  expect(picture.x).toBe(page.cx - picture.x - picture.w); // centred
  expect(notes.y).toBeGreaterThan(picture.y + picture.h);
  expect(notes.y + notes.h).toBeLessThanOrEqual(page.cy - 0.5 * 914400); // clear of the footer and the bottom banner
  expect(notes.h).toBeGreaterThan(3.5 * 914400);
}

describe('notes pages on A4 or Letter', () => {
  const out = () => mkdtempSync(join(tmpdir(), 'briefdeck-notes-page-'));

  it('takes the paper from the language: Letter in the US and other Letter regions, A4 elsewhere', () => {
    expect(['en-US', 'es-MX', 'fr-CA', 'en-PH', 'en_us'].map(paperOfLanguage)).toEqual(['letter', 'letter', 'letter', 'letter', 'letter']);
    expect(['en-GB', 'fr-FR', 'de', 'zh-Hans-CN', 'en'].map(paperOfLanguage)).toEqual(['a4', 'a4', 'a4', 'a4', 'a4']);
  });

  it('an en-GB brief: A4 notes pages, the notes master laid out for them', () => {
    expectLaidOutFor(buildDeckFile(SAMPLE, out()), A4);
  });

  it('an en-US brief: Letter notes pages', () => {
    const dir = out();
    const brief = join(dir, 'us.yaml');
    writeFileSync(brief, readFileSync(SAMPLE, 'utf8').replace(/^language: en-GB$/m, 'language: en-US'));
    expectLaidOutFor(buildDeckFile(brief, out()), LETTER);
  });

  it('--paper letter overrides the language; --paper a5 is a usage error', () => {
    expectLaidOutFor(buildDeckFile(SAMPLE, out(), {}, ['--paper', 'letter']), LETTER);
    const run = briefdeck(['build', SAMPLE, '-o', out(), '--paper', 'a5']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--paper: expected a4 or letter, found "a5"');
  });
});
