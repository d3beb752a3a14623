// The parts (file name → bytes) of a pptxgenjs presentation, taken from the JSZip object it fills, without zipping them.
// pptxgenjs 4.0.1 can only hand its parts over as a finished zip; zipping them (JSZip's stream workers, a CRC per part)
// only for package.ts to unzip them again costs a quarter of a second on a 1,000-slide deck. pptxgenjs asks JSZip for
// the zip with `generateAsync({ type: outputType })`; for our own output type we answer with the parts instead.
import { strToU8, unzipSync } from 'fflate';
import JSZip from 'jszip';
import type { Presentation } from './pptxgen.js';

export type Parts = Record<string, Uint8Array>;

const PARTS_TYPE = 'briefdeck-parts';

/** JSZip keeps each file's content as a promise of what was added: text, or bytes. Anything else → undefined. */
async function contentOf(file: JSZip.JSZipObject): Promise<Uint8Array | undefined> {
  const internal = file as unknown as { _data?: unknown; _dataBinary?: boolean };
  const data = await internal._data;
  if (typeof data === 'string' && internal._dataBinary === false) return strToU8(data);
  if (data instanceof Uint8Array) return data;
  return undefined;
}

async function partsOf(zip: JSZip): Promise<Parts | undefined> {
  const parts: Parts = {};
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const bytes = await contentOf(file);
    if (!bytes) return undefined;
    parts[file.name] = bytes;
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
