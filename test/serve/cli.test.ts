// `briefdeck serve` as a child process: prints its URLs, names a port in use (exit 1), stops with exit 0 on Ctrl-C and SIGTERM.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli } from '../watch/child.js';
import { raw, SAMPLE } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-serve-cli-'));
  writeFileSync(join(dir, 'brief.yaml'), SAMPLE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An address of the documentation ranges (RFC 5737) that this machine does not have. */
const foreign = ['198.51.100.7', '203.0.113.7', '192.0.2.7'].find(
  (address) => !Object.values(networkInterfaces()).some((entries) => entries?.some((entry) => entry.address === address)),
)!;

const portIn = (stdout: string) => Number(/preview: {3}http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout)?.[1]);

describe('briefdeck serve (command line)', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('prints the preview and presenter URLs, serves, and stops with exit 0 on %s', async (signal) => {
    const cli = startCli(['serve', 'brief.yaml', '--port', '0'], dir);
    try {
      await cli.waitFor(({ stdout }) => stdout.includes('Ctrl-C to stop'), 'the URLs', 30_000);
      expect(cli.stdout()).toMatch(/^\[\d\d:\d\d:\d\d\] brief\.yaml {2}12 slides {2}\d+ ms$/m);
      const port = portIn(cli.stdout());
      expect(cli.stdout()).toContain(`presenter: http://127.0.0.1:${port}/presenter`);
      expect((await raw(port, '/')).status).toBe(200);
      cli.child.kill(signal);
      expect(await cli.exited).toBe(0);
    } finally {
      cli.stop();
    }
  });

  it('refuses a port in use, naming it, with exit 1', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const cli = startCli(['serve', 'brief.yaml', '--port', String(port)], dir);
      expect(await cli.exited).toBe(1);
      expect(cli.stderr()).toContain(`port ${port} on 127.0.0.1 is in use`);
      expect(cli.stderr()).toContain('--port');
      expect(cli.stderr()).not.toMatch(/internal error|\n\s+at /);
    } finally {
      busy.close();
    }
  });

  it.each([
    [['serve', 'brief.yaml', '--port', 'eighty'], 2, '--port must be a whole number'],
    [['serve', 'brief.yaml', '--port', '70000'], 2, '--port must be a whole number'],
    [['serve', 'brief.yaml', 'other.yaml'], 2, 'briefdeck serve: one brief at a time'],
    [['serve', '.'], 2, 'is a folder'],
    [['serve', 'missing.yaml'], 1, 'missing.yaml: no such file'],
    [['serve', 'brief.yaml', '--host', foreign, '--port', '0'], 1, `address ${foreign} is not one of this machine's`],
  ])('refuses %j', async (args, code, message) => {
    const cli = startCli(args, dir);
    expect(await cli.exited).toBe(code);
    expect(cli.stderr()).toContain(message);
  });
});
