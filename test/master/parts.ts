// Test helpers for template packages: parts as text, zipped to a temp file for validate-pptx, shape trees and placeholders read back.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';

export type Parts = Record<string, Uint8Array>;

export const text = (parts: Parts, path: string): string => {
  const bytes = parts[path];
  if (!bytes) throw new Error(`no part ${path}`);
  return strFromU8(bytes);
};

export const readPackage = (file: string): Parts => unzipSync(new Uint8Array(readFileSync(file)));

/** The parts zipped into a .pptx in a fresh temp folder; returns its path. */
export function writePackage(parts: Parts, name = 'template.pptx'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'briefdeck-master-')), name);
  writeFileSync(file, zipSync(parts));
  return file;
}

/** The children of a part's shape tree, in order: element name, cNvPr id and name, and its <p:ph> attributes when it is a placeholder. */
export function shapeTree(xml: string): { element: string; id: number; name: string; ph?: string; xml: string }[] {
  const tree = /<p:spTree>([\s\S]*)<\/p:spTree>/.exec(xml)?.[1] ?? '';
  return [...tree.matchAll(/<p:(sp|pic)\b[\s\S]*?<\/p:\1>/g)].map((m) => ({
    element: m[1],
    id: Number(/<p:cNvPr id="(\d+)"/.exec(m[0])?.[1]),
    name: /<p:cNvPr id="\d+" name="([^"]*)"/.exec(m[0])?.[1] ?? '',
    ph: /<p:ph\b([^>]*?)\/>/.exec(m[0])?.[1].trim(),
    xml: m[0],
  }));
}

/** Every cNvPr id of a part (its group's too), to check they are unique. */
export const shapeIds = (xml: string) => [...xml.matchAll(/<(?:\w+:)?cNvPr\b[^>]*?\bid="(\d+)"/g)].map((m) => Number(m[1]));
