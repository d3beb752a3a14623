// Slide pictures: every PDF page to DIR/slide-01.png … with poppler's pdftoppm; stale pictures of a longer deck removed.
import { mkdir, readdir, rename, rm, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BriefdeckError, problem } from '../errors.js';
import { systemErrorWords } from '../shared/oserror.js';
import { findProgram, lastLines, runTool } from './run.js';

export const INSTALL_POPPLER = 'install poppler: `sudo apt-get install poppler-utils` (Debian/Ubuntu), `brew install poppler` (macOS)';

/** Picture size of one slide in pixels (16:9 at 96 dpi). */
export const SLIDE_PICTURE = { width: 1280, height: 720 };

const SLIDE_FILE = /^slide-\d+\.png$/;

/** slide-01.png … slide-99.png, slide-001.png from 100 slides on. */
export function slideFileName(index: number, count: number): string {
  return `slide-${String(index).padStart(Math.max(2, String(count).length), '0')}.png`;
}

/** Renders every page of `pdf` into `scratch`; returns the page pictures in page order. */
async function renderPages(pdf: string, scratch: string, size: { width: number; height: number }, timeoutMs: number): Promise<string[]> {
  const program = findProgram(['pdftoppm']);
  if (!program)
    throw new BriefdeckError([problem('tool', 'pdftoppm (poppler) was not found, so the slide pictures could not be made', { hint: INSTALL_POPPLER })]);
  const args = ['-png', '-scale-to-x', String(size.width), '-scale-to-y', String(size.height), pdf, join(scratch, 'page')];
  const result = await runTool(program, args, { timeoutMs });
  if (result.timedOut || result.code !== 0) {
    const why = result.timedOut ? `did not finish within ${timeoutMs / 1000} s` : `failed (exit ${result.code ?? result.signal}): ${lastLines(result.stderr)}`;
    throw new BriefdeckError([problem('tool', `pdftoppm ${why}`, { file: pdf })]);
  }
  const pages = (await readdir(scratch)).filter((f) => /^page-\d+\.png$/.test(f));
  return pages.sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0])).map((f) => join(scratch, f));
}

/** Writes DIR/slide-NN.png for every page of `pdf`, removing pictures left from an earlier, longer deck. */
export async function writeSlidePictures(pdf: string, dir: string, scratch: string, options: { timeoutMs?: number } = {}): Promise<string[]> {
  await mkdir(scratch, { recursive: true });
  const pages = await renderPages(pdf, scratch, SLIDE_PICTURE, options.timeoutMs ?? 120_000);
  try {
    await mkdir(dir, { recursive: true });
    const wanted = new Set(pages.map((_p, i) => slideFileName(i + 1, pages.length)));
    for (const old of await readdir(dir)) if (SLIDE_FILE.test(old) && !wanted.has(old)) await rm(join(dir, old), { force: true });
    const written: string[] = [];
    for (const [i, page] of pages.entries()) {
      const target = join(dir, slideFileName(i + 1, pages.length));
      await moveFile(page, target);
      written.push(target);
    }
    return written;
  } catch (e) {
    if (e instanceof BriefdeckError) throw e;
    throw new BriefdeckError([problem('write', `cannot write the slide pictures: ${systemErrorWords(e)}`, { file: dir })]);
  }
}

/** Rename, or copy when the scratch directory is on another file system. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await copyFile(from, to);
  }
}
