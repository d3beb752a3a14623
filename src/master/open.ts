// Opens a reference deck template (.pptx or .potx) into its parts, refusing what is not one: no ZIP, an encrypted file, no presentation or master, a ZIP bomb.
import { unzipSync } from 'fflate';
import { BriefdeckError, problem, type ProblemCode } from '../errors.js';

/** The most a template may unpack to, and the most parts it may hold (real templates: a few MB, a few hundred parts). */
export const TEMPLATE_LIMITS = { totalBytes: 200 * 1024 * 1024, parts: 10_000 } as const;

const EXPECTED = 'expected a PowerPoint .pptx or .potx file';
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_SIGNATURE = [0x50, 0x4b]; // "PK"

const refuse = (found: string, file: string, code: ProblemCode = 'template') => new BriefdeckError([problem(code, `${EXPECTED}, found ${found}`, { file })]);

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

/** The template's parts by package path (no leading slash), e.g. "ppt/presentation.xml". */
export function openTemplate(bytes: Uint8Array, file: string): Record<string, Uint8Array> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw refuse('an encrypted or legacy binary (OLE) file; save it unprotected as .pptx or .potx', file);
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw refuse('a file that is not a ZIP package', file);
  const parts = unpack(bytes, file);
  if (!parts['ppt/presentation.xml']) throw refuse('a ZIP without ppt/presentation.xml', file);
  if (!Object.keys(parts).some((path) => /^ppt\/slideMasters\/[^/]+\.xml$/.test(path))) {
    throw refuse('a presentation without a slide master (ppt/slideMasters/)', file);
  }
  return parts;
}

/** Unzips, counting the declared sizes first: fflate inflates each entry into a buffer of its declared size, so the cap holds. */
function unpack(bytes: Uint8Array, file: string): Record<string, Uint8Array> {
  let total = 0;
  let count = 0;
  let tooBig: string | undefined;
  const keep = (entry: { name: string; originalSize: number }) => {
    total += entry.originalSize;
    count += 1;
    if (total > TEMPLATE_LIMITS.totalBytes) tooBig ??= `more than ${TEMPLATE_LIMITS.totalBytes / 1024 / 1024} MB of unpacked content`;
    if (count > TEMPLATE_LIMITS.parts) tooBig ??= `more than ${TEMPLATE_LIMITS.parts} parts`;
    return tooBig === undefined && !entry.name.endsWith('/');
  };
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: keep });
  } catch (error) {
    throw refuse(`a damaged ZIP package (${(error as Error).message})`, file);
  }
  if (tooBig !== undefined) throw refuse(tooBig, file, 'limit');
  return Object.fromEntries(Object.entries(parts).map(([path, data]) => [path.replace(/^\/+/, ''), data]));
}
