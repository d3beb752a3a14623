// `briefdeck serve`'s HTTP server (node:http): the preview, the presenter view, their assets and fonts, and /events (server-sent events) with every new deck.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { BriefdeckError, problem } from '../errors.js';
import type { WatchEvent } from '../watch/watch.js';
import { SERVE_CSS } from './client-css.js';
import { PRESENTER_JS } from './client-presenter.js';
import { PREVIEW_JS } from './client-preview.js';
import { allowedHosts, hostAllowed, safePath, SECURITY_HEADERS } from './guard.js';
import { liveDeck, type LiveOptions, type LiveState } from './live.js';
import { clientState, deckCss, presenterPage, previewPage } from './page.js';

export interface ServeOptions extends LiveOptions {
  host?: string; // default 127.0.0.1: this machine only
  port?: number; // 0: any free port
  onEvent?: (event: WatchEvent) => void; // every build outcome, for the terminal
}

export interface PreviewServer {
  url: string; // the preview
  presenterUrl: string;
  address: AddressInfo;
  /** Resolves once the first build is done (good or not) and the files are watched. */
  ready: Promise<void>;
  close(): Promise<void>;
}

const ASSETS: Record<string, { type: string; body: string }> = {
  '/assets/serve.css': { type: 'text/css; charset=utf-8', body: SERVE_CSS },
  '/assets/preview.js': { type: 'text/javascript; charset=utf-8', body: PREVIEW_JS },
  '/assets/presenter.js': { type: 'text/javascript; charset=utf-8', body: PRESENTER_JS },
};

const FONT_TYPES: Record<string, string> = { '.ttf': 'font/ttf', '.otf': 'font/otf', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttc': 'font/collection' };

/** How often an idle event stream gets a comment, so proxies and browsers keep it open (ms). */
const KEEPALIVE_MS = 15_000;

export async function startServer(options: ServeOptions): Promise<PreviewServer> {
  const host = options.host ?? '127.0.0.1';
  const streams = new Set<ServerResponse>();
  let allowed = new Set<string>();
  let live: { state(): LiveState } = { state: () => ({ version: 0, problems: [] }) };

  const server = createServer((request, response) => {
    answer(request, response, live.state(), allowed, streams).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error\n');
      else response.destroy();
    });
  });
  const address = await listen(server, options.port ?? 0, host);
  allowed = allowedHosts(host, address.port);
  const keepAlive = setInterval(() => streams.forEach((stream) => stream.write(': keep-alive\n\n')), KEEPALIVE_MS);
  keepAlive.unref();
  const deck = liveDeck(
    options,
    (state) => {
      const message = deckMessage(state); // made once for every open page
      streams.forEach((stream) => stream.write(message));
    },
    options.onEvent,
  );
  live = deck;
  const base = `http://${urlHost(host)}:${address.port}`;
  return {
    url: `${base}/`,
    presenterUrl: `${base}/presenter`,
    address,
    ready: deck.ready,
    async close() {
      clearInterval(keepAlive);
      streams.forEach((stream) => stream.end());
      await deck.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** Listens, or refuses a port that is taken (or not ours to take) in words that name it. */
function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      const why =
        e.code === 'EADDRINUSE' ? 'is in use' : e.code === 'EACCES' ? 'needs privileges this user does not have' : `cannot be used (${e.code ?? e.message})`;
      const notHere = e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND';
      const where = notHere ? `address ${host} is not one of this machine's` : `port ${port} on ${host} ${why}`;
      const hint = notHere
        ? 'leave out --host (this machine only), or give one of its addresses'
        : 'choose another with --port N (--port 0 takes any free port)';
      reject(new BriefdeckError([problem('usage', where, { hint })]));
    });
    server.listen({ port, host, exclusive: true }, () => resolve(server.address() as AddressInfo));
  });
}

/** The host part of the URLs printed: listening on every address, this machine's loopback one. */
const urlHost = (host: string) => (host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host);

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, head = false): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(head ? undefined : body);
}

const notFound = (response: ServerResponse) => send(response, 404, 'text/plain; charset=utf-8', 'not found\n');

/** One request: refused (405, 403, 404) or answered from memory; the only files read are the fonts the current deck names, by their id. */
async function answer(request: IncomingMessage, response: ServerResponse, state: LiveState, allowed: Set<string>, streams: Set<ServerResponse>): Promise<void> {
  const head = request.method === 'HEAD';
  if (request.method !== 'GET' && !head) {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'text/plain; charset=utf-8', 'only GET and HEAD\n');
  }
  if (!hostAllowed(request.headers.host, allowed))
    return send(response, 403, 'text/plain; charset=utf-8', 'forbidden: this server answers only to its own address\n');
  const path = safePath(request.url);
  if (path === undefined) return notFound(response);
  if (path === '/') return send(response, 200, 'text/html; charset=utf-8', previewPage(clientState(state)), head);
  if (path === '/presenter') return send(response, 200, 'text/html; charset=utf-8', presenterPage(clientState(state)), head);
  if (path === '/deck.css') return send(response, 200, 'text/css; charset=utf-8', deckCss(state), head);
  if (path === '/deck.json') return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(clientState(state)), head);
  if (path === '/events') return openStream(request, response, state, streams, head);
  if (path === '/favicon.ico') return send(response, 204, 'text/plain; charset=utf-8', '', head);
  const asset = ASSETS[path];
  if (asset) return send(response, 200, asset.type, asset.body, head);
  const picture = path.startsWith('/pictures/') ? own(state.served?.pictures, path.slice('/pictures/'.length)) : undefined;
  if (picture) return send(response, 200, `image/${picture.type}`, Buffer.from(picture.bytes), head);
  const font = path.startsWith('/fonts/') ? own(state.served?.fonts, path.slice('/fonts/'.length)) : undefined;
  if (font) return send(response, 200, FONT_TYPES[extname(font).toLowerCase()] ?? 'application/octet-stream', await readFile(font), head);
  return notFound(response);
}

/** A table's own entry (never one inherited from Object.prototype, such as /fonts/constructor). */
const own = <T>(table: Record<string, T> | undefined, key: string): T | undefined => (table && Object.hasOwn(table, key) ? table[key] : undefined);

/** /events: the current deck at once, then every new one, as `event: deck` with the page's state as JSON. */
function openStream(request: IncomingMessage, response: ServerResponse, state: LiveState, streams: Set<ServerResponse>, head: boolean): void {
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
  if (head) return void response.end();
  response.write('retry: 500\n\n');
  response.write(deckMessage(state));
  streams.add(response);
  request.on('close', () => streams.delete(response));
}

/** One server-sent event with the page's state (JSON.stringify leaves no line break in it). */
const deckMessage = (state: LiveState) => `event: deck\ndata: ${JSON.stringify(clientState(state))}\n\n`;
