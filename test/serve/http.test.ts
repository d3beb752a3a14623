// briefdeck serve over plain HTTP: only its own pages and assets, no path out of them, only its own Host names, strict headers, 127.0.0.1 only.
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { startServer } from '../../src/serve/server.js';
import { raw, SAMPLE, SAMPLE_FILE, serveCopy, type Served } from './helpers.js';

let served: Served;
let port: number;

beforeAll(async () => {
  served = await serveCopy();
  port = served.server.address.port;
});
afterAll(() => served?.stop());

/** A non-loopback IPv4 address of this machine, if it has one. */
const otherAddress = Object.values(networkInterfaces())
  .flat()
  .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;

describe('briefdeck serve: what it answers', () => {
  it('serves the preview with every slide, the presenter view, its assets and the deck stylesheet', async () => {
    const page = await raw(port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<title>8th China–NATO Security Policy Dialogue</title>');
    expect(page.body.match(/<div class="frame"/g)).toHaveLength(12);
    expect((await raw(port, '/presenter')).body).toContain('id="notes"');
    expect((await raw(port, '/fonts/constructor')).status).toBe(404);
    for (const asset of ['/assets/serve.css', '/assets/preview.js', '/assets/presenter.js', '/deck.css'])
      expect((await raw(port, asset)).status, asset).toBe(200);
    const state = JSON.parse((await raw(port, '/deck.json')).body) as { slides: unknown[]; problemsHtml: string };
    expect(state.slides).toHaveLength(12);
    expect(state.problemsHtml).toBe('');
  });

  it('serves the fonts the deck names by id, and no other file', async () => {
    const css = (await raw(port, '/deck.css')).body;
    const fonts = [...css.matchAll(/url\("?(\/fonts\/[^)"']+)"?\)/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(0);
    const font = await raw(port, fonts[0]);
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toMatch(/^font\//);
    expect((await raw(port, '/fonts/Carlito-Regular.ttf.missing')).status).toBe(404);
    expect((await raw(port, '/fonts/')).status).toBe(404);
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/fonts/../../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2e%2e%2fpackage.json',
    '/fonts/%2F..%2F..%2Fpackage.json',
    '/fonts/..%2f..%2fpackage.json',
    '/%2Fetc%2Fpasswd',
    '//etc/passwd',
    '/etc/passwd',
    '/package.json',
    '/brief.yaml',
    '/fonts/..\\..\\package.json',
    '/\\etc\\passwd',
    '/C:/Windows/win.ini',
    'http://127.0.0.1/etc/passwd',
    '/.git/config',
    '/assets/',
  ])('answers %s with 404', async (path) => {
    const answer = await raw(port, path);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('root:');
    expect(answer.body).not.toContain('"name"');
  });

  it('refuses a foreign Host header (DNS rebinding) with 403, and answers its own names', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `localhost.evil.example:${port}`])
      expect((await raw(port, '/', { host })).status, host).toBe(403);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) expect((await raw(port, '/', { host })).status, host).toBe(200);
    const noHost = await new Promise<string>((resolve) => {
      let answer = '';
      const socket = connect({ host: '127.0.0.1', port }, () => socket.write('GET / HTTP/1.0\r\n\r\n'));
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('end', () => resolve(answer));
    });
    expect(noHost).toMatch(/^HTTP\/1\.1 403 /); // HTTP/1.0 without a Host header
  });

  it('answers only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) expect((await raw(port, '/', { method })).status, method).toBe(405);
    const head = await raw(port, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('sends a strict Content-Security-Policy (no inline script, nothing from elsewhere) and nosniff on every answer', async () => {
    for (const [path, host] of [
      ['/', undefined],
      ['/presenter', undefined],
      ['/deck.css', undefined],
      ['/nothing', undefined],
      ['/', 'evil.example'],
    ] as const) {
      const answer = await raw(port, path, { host });
      const csp = String(answer.headers['content-security-policy']);
      expect(csp, path).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
    expect((await raw(port, '/')).body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // every script is a file of the server
  });

  it('listens on 127.0.0.1 only', async () => {
    expect(served.server.address.address).toBe('127.0.0.1');
    expect(served.server.url).toBe(`http://127.0.0.1:${port}/`);
    if (!otherAddress) return; // no other interface on this machine
    const refused = await new Promise<string>((resolve) => {
      const socket = connect({ host: otherAddress, port });
      socket.on('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
  });

  it('streams the deck as server-sent events', async () => {
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/events`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = response.body!.getReader();
    let text = '';
    while (!text.includes('\n\nevent: deck')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text).toContain('retry: 500');
    expect(text).toMatch(/event: deck\ndata: \{"version":\d+/);
  });
});

describe('briefdeck serve --host 0.0.0.0', () => {
  it.skipIf(!otherAddress)("answers on the machine's other addresses, by their names only", async () => {
    const shared = await startServer({ brief: SAMPLE_FILE, host: '0.0.0.0', port: 0, templatesDir: DEFAULT_TEMPLATES });
    try {
      const port = shared.address.port;
      expect((await raw(port, '/', { address: otherAddress, host: `${otherAddress}:${port}` })).status).toBe(200);
      expect((await raw(port, '/', { address: otherAddress, host: `localhost:${port}` })).status).toBe(200);
      expect((await raw(port, '/', { address: otherAddress, host: `evil.example:${port}` })).status).toBe(403);
    } finally {
      await shared.close();
    }
  });
});

describe('briefdeck serve: brief text in the page', () => {
  it('escapes markup in a brief that builds: the title in the page title, the header and the slides stays text', async () => {
    const hostile = await serveCopy(SAMPLE.replace(/^title: .*$/m, 'title: "<script>alert(1)</script> & <img src=x onerror=alert(2)>"'));
    try {
      for (const path of ['/', '/presenter']) {
        const page = (await raw(hostile.server.address.port, path)).body;
        expect(page, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;');
        expect(page, path).not.toMatch(/<script>alert|<img src=x/);
        expect(page.match(/<script\b/g), path).toHaveLength(1); // the page's own script file, nothing else
      }
    } finally {
      await hostile.stop();
    }
  });
});

describe('briefdeck serve: brief text in the error panel', () => {
  it('escapes markup from the brief in the error panel (a <script> in a broken line stays text)', async () => {
    const hostile = await serveCopy(SAMPLE.replace(/^ {2}date: 2024-03-14$/m, '  date: <script>alert(1)</script>'));
    try {
      const state = JSON.parse((await raw(hostile.server.address.port, '/deck.json')).body) as { problemsHtml: string };
      expect(state.problemsHtml).toContain('brief.yaml:');
      expect(state.problemsHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(state.problemsHtml).not.toContain('<script>');
      const page = (await raw(hostile.server.address.port, '/')).body;
      expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page).not.toContain('<script>alert');
    } finally {
      await hostile.stop();
    }
  });
});
