// Test helper: a zip read with fflate (the project's zip library), entry by entry as its central directory lists them, each CRC checked: what unzip -t / -Z told the tests.
import { unzipSync } from 'fflate';

export interface ZipEntry {
  name: string;
  /** The DOS date and time stamped on the entry, as `unzip -Z -T` prints it: YYYYMMDD.HHMMSS. */
  stamp: string;
  data: Uint8Array;
  /** The data's CRC-32 and length are the ones the central directory records. */
  intact: boolean;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const dosStamp = (date: number, time: number) => {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad((date >> 9) + 1980, 4)}${pad((date >> 5) & 15)}${pad(date & 31)}.${pad(time >> 11)}${pad((time >> 5) & 63)}${pad((time & 31) * 2)}`;
};

/** The entries of a zip in central-directory order; throws when the end record or a directory entry is not where the zip says. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip: no end of central directory record');
  const count = view.getUint16(end + 10, true);
  const contents = unzipSync(bytes);
  const entries: ZipEntry[] = [];
  for (let at = view.getUint32(end + 16, true), i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`central directory entry ${i + 1} is not where the zip says`);
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const data = contents[name];
    const intact = data !== undefined && crc32(data) === view.getUint32(at + 16, true) && data.length === view.getUint32(at + 24, true);
    entries.push({ name, stamp: dosStamp(view.getUint16(at + 14, true), view.getUint16(at + 12, true)), data, intact });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}
