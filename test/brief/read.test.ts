// Reading brief files: the size cap, binary and non-UTF-8 refusals (with positions), BOMs, and paths that are not files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_BRIEF_BYTES, readBrief, reason } from '../../src/brief/read.js';
import { formatProblem } from '../../src/cli/output.js';
import { isBriefdeckError, type Problem } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function readRefusal(path: string): Promise<Problem> {
  try {
    await readBrief(path);
  } catch (e) {
    if (!isBriefdeckError(e)) throw e;
    expect(e.problems).toHaveLength(1);
    return e.problems[0];
  }
  throw new Error(`expected ${path} to be refused`);
}

describe('the size cap', () => {
  it('reads a brief of exactly the limit and refuses one byte more, at the line where the limit is passed', async () => {
    const line = `# ${'x'.repeat(1021)}\n`; // 1 KiB per line
    const atLimit = line.repeat(MAX_BRIEF_BYTES / 1024);
    expect((await readBrief(fileWith('at-limit.yaml', atLimit))).text.length).toBe(MAX_BRIEF_BYTES);
    const over = await readRefusal(fileWith('over.yaml', `${atLimit}x`));
    expect(formatProblem(over).split('\n')[0]).toBe(`${join(dir, 'over.yaml')}:1025:1: the file is larger than 1 MiB; expected a brief of at most 1 MiB`);
  });

  it('refuses a huge file without reading it whole, giving its size', async () => {
    const path = join(dir, 'huge.yaml');
    execFileSync('truncate', ['-s', '2G', path]); // sparse: 2 GiB on paper, nothing on disk
    const started = performance.now();
    const refused = await readRefusal(path);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(refused.code).toBe('limit');
    expect(refused.message).toBe('the file is 2048.0 MiB; expected a brief of at most 1 MiB');
  });
});

describe('encodings', () => {
  it('refuses binary data, pointing at the first NUL byte', async () => {
    const png = Buffer.concat([Buffer.from('title: x\nsubtitle: y'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])]);
    const refused = await readRefusal(fileWith('image.yaml', png));
    expect([refused.line, refused.column, refused.message]).toEqual([2, 16, 'expected a YAML text file, found binary data (a NUL byte)']);
  });

  it('refuses Latin-1 text, pointing at the first byte that is not UTF-8 and quoting the line', async () => {
    const refused = await readRefusal(fileWith('latin1.yaml', Buffer.from('title: ok\nsubtitle: d\xe9j\xe0 vu\n', 'latin1')));
    expect(formatProblem(refused)).toBe(
      [
        `${join(dir, 'latin1.yaml')}:2:12: expected UTF-8 text, found byte 0xE9, which is not valid UTF-8 here`,
        '  2 | subtitle: d\uFFFDj\uFFFD vu',
        '                 ^',
        '  hint: save the brief as UTF-8 (the file looks like it uses another encoding, such as Latin-1 or Windows-1252)',
      ].join('\n'),
    );
  });

  it('refuses UTF-16 with a message that names it', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title: x\n', 'utf16le')]);
    expect((await readRefusal(fileWith('utf16.yaml', utf16))).message).toBe('expected UTF-8 text, found UTF-16 text');
  });

  it('names UTF-32 (it used to be called UTF-16) and UTF-16, in either byte order, with or without a byte-order mark, at 1:1', async () => {
    const utf16le = Buffer.from('title: x\n', 'utf16le');
    const utf16be = Buffer.from(utf16le).swap16();
    const utf32le = Buffer.concat([...'title: x\n'].map((ch) => Buffer.from([ch.charCodeAt(0), 0, 0, 0])));
    const utf32be = Buffer.from(utf32le).swap32();
    const cases: [string, Buffer][] = [
      ['UTF-32', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32le])],
      ['UTF-32', Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32be])],
      ['UTF-32', utf32le],
      ['UTF-32', utf32be],
      ['UTF-16', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
      ['UTF-16', utf16le],
      ['UTF-16', utf16be],
    ];
    for (const [encoding, bytes] of cases) {
      const refused = await readRefusal(fileWith('wide.yaml', bytes));
      expect([refused.line, refused.column, refused.message], encoding).toEqual([1, 1, `expected UTF-8 text, found ${encoding} text`]);
    }
  });

  it('refuses encoded surrogates and overlong forms, which strict UTF-8 forbids', async () => {
    for (const bad of [
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      const refused = await readRefusal(fileWith('bad.yaml', Buffer.concat([Buffer.from('title: '), Buffer.from(bad)])));
      expect([refused.line, refused.column]).toEqual([1, 8]);
    }
  });

  it('reads UTF-8 with a byte-order mark, and text in any script', async () => {
    const text = 'title: 8th China–NATO dialogue · Șerban · 姚勤 · مرحبا · 🛡️\n';
    expect((await readBrief(fileWith('bom.yaml', `\uFEFF${text}`))).text).toBe(text);
  });
});

describe('paths that are not briefs', () => {
  it('refuses a missing file, a directory and a FIFO (without blocking on it)', async () => {
    expect((await readRefusal(join(dir, 'nope.yaml'))).message).toBe('cannot read the brief: no such file');
    expect((await readRefusal(dir)).message).toBe('cannot read the brief: it is a directory, not a YAML file');
    const fifo = join(dir, 'fifo.yaml');
    execFileSync('mkfifo', [fifo]);
    expect((await readRefusal(fifo)).message).toBe('cannot read the brief: it is a device or pipe, not a YAML file');
  });

  it('says what went wrong in words, never the system code (ELOOP, ENOTDIR, EACCES …)', async () => {
    symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
    expect((await readRefusal(join(dir, 'loop-a.yaml'))).message).toBe('cannot read the brief: a symbolic link loop (the link leads back to itself)');
    const file = fileWith('plain.yaml', 'title: x\n');
    expect((await readRefusal(join(file, 'inside.yaml'))).message).toBe('cannot read the brief: no such file (a part of the path is not a folder)');
    for (const code of ['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ELOOP', 'EEXIST', 'EIO', 'EMFILE']) expect(reason(code)).not.toMatch(/\bE[A-Z]+\b/);
    expect(reason('EACCES')).toBe('permission denied');
  });
});
