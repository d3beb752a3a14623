// What kind of image a logo file is (PNG, JPEG or SVG, by its bytes, not its name) and its size, read from its header without decoding it.

export type ImageKind = 'png' | 'jpeg' | 'svg';

export interface ImageHeader {
  kind: ImageKind;
  width: number; // pixels (SVG: user units)
  height: number;
}

/** The image's kind and size, or a reason in words why it is not a usable PNG, JPEG or SVG. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | { problem: string } {
  if (bytes.length === 0) return { problem: 'the file is empty' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return pngHeader(bytes);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return jpegHeader(bytes);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64 * 1024));
  if (/^\uFEFF?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg\b/i.test(text)) return svgHeader(text);
  return { problem: 'expected a PNG, JPEG or SVG image, found a file that is none of these' };
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

const u32 = (b: Uint8Array, at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
const u16 = (b: Uint8Array, at: number) => (b[at] << 8) | b[at + 1];

function pngHeader(bytes: Uint8Array): ImageHeader | { problem: string } {
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16));
  if (bytes.length < 33 || ihdr !== 'IHDR') return { problem: 'a PNG file without its header (IHDR): the file is cut off or corrupt' };
  const width = u32(bytes, 16);
  const height = u32(bytes, 20);
  if (!width || !height) return { problem: `a PNG image of ${width} × ${height} pixels: the file is corrupt` };
  return { kind: 'png', width, height };
}

/** Walks the JPEG's markers to the first start-of-frame (SOF0–SOF15, not DHT/JPG/DAC), which holds the size. */
function jpegHeader(bytes: Uint8Array): ImageHeader | { problem: string } {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return { problem: 'a JPEG file with a broken marker: the file is corrupt' };
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const length = u16(bytes, at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      const height = u16(bytes, at + 5);
      const width = u16(bytes, at + 7);
      if (!width || !height) return { problem: `a JPEG image of ${width} × ${height} pixels: the file is corrupt` };
      return { kind: 'jpeg', width, height };
    }
    if (length < 2) return { problem: 'a JPEG file with a broken marker: the file is corrupt' };
    at += 2 + length;
  }
  return { problem: 'a JPEG file without its frame header: the file is cut off or corrupt' };
}

const UNIT_PX: Record<string, number> = { '': 1, px: 1, pt: 96 / 72, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4 };

function svgLength(value: string | undefined): number | undefined {
  const m = value ? /^\s*([0-9]*\.?[0-9]+(?:e[-+]?\d+)?)\s*(px|pt|pc|in|cm|mm)?\s*$/i.exec(value) : null;
  return m ? Number(m[1]) * UNIT_PX[(m[2] ?? '').toLowerCase()] : undefined;
}

/** An SVG's size: its viewBox's proportions, else its width and height (percentages and missing sizes cannot give an aspect ratio). */
function svgHeader(text: string): ImageHeader | { problem: string } {
  const tag = /<svg\b([^>]*)>/i.exec(text)?.[1] ?? '';
  const attr = (name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
      .exec(tag)
      ?.slice(1)
      .find((v) => v !== undefined);
  const viewBox = attr('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const width = svgLength(attr('width'));
  const height = svgLength(attr('height'));
  if (width && height) return { kind: 'svg', width, height };
  if (viewBox && viewBox.length === 4 && viewBox[2] > 0 && viewBox[3] > 0) return { kind: 'svg', width: viewBox[2], height: viewBox[3] };
  return { problem: 'an SVG image without a size: give its <svg> element a viewBox, or a width and height' };
}
