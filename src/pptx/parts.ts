// The parts (file name → bytes) of a pptxgenjs presentation, taken from the JSZip object it fills, without zipping them.
// pptxgenjs 4.0.1 can only hand its parts over as a finished zip; zipping them (JSZip's stream workers, a CRC per part)
// only for package.ts to unzip them again costs a quarter of a second on a 1,000-slide deck. pptxgenjs asks JSZip for
// the zip with `generateAsync({ type: outputType })`; for our own output type we answer with the parts instead.
import { strFromU8, strToU8, unzipSync } from 'fflate';
import JSZip from 'jszip';
import type { Presentation } from './pptxgen.js';

export type Parts = Record<string, Uint8Array>;

const PARTS_TYPE = 'briefdeck-parts';

// JSZip keeps each file's content as a promise of what was added: text (pptxgenjs' XML), or bytes (media).
/**
 * The text parts pptxgenjs wrote that nobody has read as bytes yet. The package fix-ups edit nearly every one of them
 * as text: encoding each on the way in and decoding it again for its fix-up costs a 1,000-slide deck 10 MB of bytes at
 * once and a tenth of a second, so a text part is encoded when it is first read as bytes (see partText).
 */
const unencoded = new WeakMap<Parts, Map<string, string>>();

function settle(parts: Parts, name: string, bytes: Uint8Array): void {
  unencoded.get(parts)?.delete(name);
  Object.defineProperty(parts, name, { value: bytes, writable: true, enumerable: true, configurable: true });
}

/** A part that is text until it is read (then encoded once) or replaced. */
function textPart(parts: Parts, name: string, text: string): void {
  unencoded.get(parts)!.set(name, text);
  Object.defineProperty(parts, name, {
    enumerable: true,
    configurable: true,
    get: () => {
      const bytes = strToU8(text);
      settle(parts, name, bytes);
      return bytes;
    },
    set: (bytes: Uint8Array) => settle(parts, name, bytes),
  });
}

type Unicode = string & { isWellFormed(): boolean; toWellFormed(): string };

/**
 * A part's text, exactly what decoding its bytes gives (lone surrogates become U+FFFD, a leading byte order mark is
 * dropped), without making the bytes when they were not made yet. Undefined for a part that is not there.
 */
export function partText(parts: Parts, name: string): string | undefined {
  const text = unencoded.get(parts)?.get(name) as Unicode | undefined;
  if (text === undefined) return parts[name] && strFromU8(parts[name]);
  const wellFormed = text.isWellFormed() ? text : text.toWellFormed();
  return wellFormed.charCodeAt(0) === 0xfeff ? wellFormed.slice(1) : wellFormed;
}

async function partsOf(zip: JSZip): Promise<Parts | undefined> {
  const parts: Parts = {};
  unencoded.set(parts, new Map());
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const internal = file as unknown as { _data?: unknown; _dataBinary?: boolean };
    const data = await internal._data;
    if (typeof data === 'string' && internal._dataBinary === false) textPart(parts, file.name, data);
    else if (data instanceof Uint8Array) parts[file.name] = data;
    else return undefined;
  }
  return parts;
}

let installed = false;
function answerPartsRequests(): void {
  if (installed) return;
  installed = true;
  const generate = JSZip.prototype.generateAsync;
  JSZip.prototype.generateAsync = function (this: JSZip, options?: JSZip.JSZipGeneratorOptions, onUpdate?: JSZip.OnUpdateCallback) {
    if ((options?.type as string) !== PARTS_TYPE) return generate.call(this, options, onUpdate);
    return partsOf(this) as never;
  } as typeof generate;
}

/** Every part of the presentation as bytes; falls back to pptxgenjs' own zip if JSZip holds something unexpected. */
export async function presentationParts(pptx: Presentation): Promise<Parts> {
  answerPartsRequests();
  try {
    const parts = (await pptx.write({ outputType: PARTS_TYPE as 'uint8array' })) as unknown;
    if (parts && typeof parts === 'object' && !(parts instanceof Uint8Array)) return parts as Parts;
  } catch {
    // pptxgenjs resolved another copy of JSZip, which knows no such output type: take the slow road below
  }
  return unzipSync((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
}
