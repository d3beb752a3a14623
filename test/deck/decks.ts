// Deck test helpers: build through the real CLI, run ../shared/tools/validate-pptx, and read what a slide inherits from its layout and master.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { expect } from 'vitest';
import type { DeckView } from '../helpers/pptx.js';
import { missing } from '../helpers/tools.js';
import { BIN, REPO } from '../watch/child.js';

export const VALIDATE_PPTX = join(REPO, '..', 'shared', 'tools', 'validate-pptx');
/** validate-pptx runs here (it needs python3 and xmllint); without them those checks are skipped, and the run says what to install (test/setup/tools.ts). */
export const XMLLINT = !missing('validate-pptx');
/** The name of a validate-pptx test. */
export const validName = (what: string) => `${what} passes validate-pptx with 0 problems`;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function briefdeck(args: string[], env: Record<string, string> = {}, cwd = REPO): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Builds one brief with `briefdeck build BRIEF -o OUT` and returns the deck's path (fails the test on any refusal).
 * Every deck built this way is also checked with validate-pptx (when xmllint is there).
 */
export function buildDeckFile(brief: string, out: string, env: Record<string, string> = {}, options: string[] = []): string {
  const run = briefdeck(['build', brief, '-o', out, ...options], env);
  expect(run.status, run.stderr).toBe(0);
  const deck = join(out, `${basename(brief, extname(brief))}.pptx`);
  if (XMLLINT) expectValidPptx(deck);
  return deck;
}

/** Runs validate-pptx on a deck and expects it to report 0 problems. */
export function expectValidPptx(deck: string): void {
  expect(existsSync(VALIDATE_PPTX), `${VALIDATE_PPTX} is missing`).toBe(true);
  const run = spawnSync(VALIDATE_PPTX, [deck], { encoding: 'utf8' });
  expect(run.stdout, run.stderr).toMatch(/^\d+ parts checked, 0 problems$/m);
  expect(run.status, run.stdout).toBe(0);
}

export interface Shape {
  y: number;
  height: number;
  text: string;
  fill?: string;
}

/** The shapes of a slide, layout or master part: position, text and solid fill. */
export function shapes(xml: string): Shape[] {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => {
    const off = /<a:off x="-?\d+" y="(-?\d+)"\/><a:ext cx="\d+" cy="(\d+)"\/>/.exec(m[1]);
    const fill = /<p:spPr>[\s\S]*?<a:solidFill><a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(m[1])?.[1];
    const text = [...m[1].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('');
    return { y: Number(off?.[1] ?? NaN), height: Number(off?.[2] ?? NaN), text, fill: fill?.toUpperCase() };
  });
}

const partPath = (from: string, target: string) => {
  const parts = [...from.split('/').slice(0, -1), ...target.split('/')];
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else resolved.push(part);
  }
  return resolved.join('/');
};

/** What slide n shows from its layout and that layout's master (the parts PowerPoint draws behind it). */
export function inherited(deck: DeckView, n: number): { layout: string; master: string; shapes: Shape[] } {
  const layoutTarget = deck.rels(n).find((r) => r.type === 'slideLayout')!.target;
  const layout = partPath(`ppt/slides/slide${n}.xml`, layoutTarget);
  const layoutRels = deck.parts[`ppt/slideLayouts/_rels/${layout.split('/').pop()}.rels`];
  const masterTarget = /Type="[^"]*\/slideMaster" Target="([^"]+)"/.exec(layoutRels)![1];
  const master = partPath(layout, masterTarget);
  const showsMaster = !/<p:sldLayout[^>]*showMasterSp="0"/.test(deck.parts[layout]);
  return { layout, master, shapes: [...shapes(deck.parts[layout]), ...(showsMaster ? shapes(deck.parts[master]) : [])] };
}

/** The EMU height of the slide, from presentation.xml. */
export function slideHeight(deck: DeckView): number {
  return Number(/<p:sldSz cx="\d+" cy="(\d+)"/.exec(deck.parts['ppt/presentation.xml'])![1]);
}

/** Section names and the slide numbers (1-based) in each, from presentation.xml. */
export function sections(deck: DeckView): { name: string; slides: number[] }[] {
  const xml = deck.parts['ppt/presentation.xml'];
  const order = [...xml.matchAll(/<p:sldId id="(\d+)"/g)].map((m) => m[1]);
  return [...xml.matchAll(/<p14:section name="([^"]*)"[^>]*>([\s\S]*?)<\/p14:section>/g)].map((m) => ({
    name: m[1],
    slides: [...m[2].matchAll(/<p14:sldId id="(\d+)"/g)].map((id) => order.indexOf(id[1]) + 1),
  }));
}
