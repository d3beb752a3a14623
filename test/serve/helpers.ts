// Test helpers for briefdeck serve: a server started in-process on a free port over a copy of a brief, and raw HTTP requests.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { startServer, type PreviewServer } from '../../src/serve/server.js';
import type { WatchEvent } from '../../src/watch/watch.js';
import { REPO } from '../watch/child.js';

export const SAMPLE_FILE = join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml');
export const SAMPLE = readFileSync(SAMPLE_FILE, 'utf8');

export interface Served {
  server: PreviewServer;
  dir: string;
  brief: string;
  events: WatchEvent[];
  save(text: string): void;
  stop(): Promise<void>;
}

/** A temp folder with `text` as brief.yaml (and `extra` files), served on 127.0.0.1 at a free port; resolves after the first build. */
export async function serveCopy(text = SAMPLE, extra: Record<string, string | Buffer> = {}, options: { templates?: boolean } = {}): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-serve-'));
  const brief = join(dir, 'brief.yaml');
  writeFileSync(brief, text);
  for (const [name, content] of Object.entries(extra)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  const templatesDir = options.templates ? copyTemplates(dir) : DEFAULT_TEMPLATES;
  const events: WatchEvent[] = [];
  const server = await startServer({ brief, port: 0, templatesDir, onEvent: (event) => events.push(event) });
  await server.ready;
  return {
    server,
    dir,
    brief,
    events,
    save: (next) => writeFileSync(brief, next),
    async stop() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs `change`, then waits for the next build outcome (an event of `kind`); resolves with the milliseconds it took. */
export async function changeAndWait(served: Served, change: () => void, kind: WatchEvent['kind'] = 'served', ms = 10_000): Promise<number> {
  const before = served.events.length;
  const started = performance.now();
  change();
  while (!served.events.slice(before).some((event) => event.kind === kind)) {
    if (performance.now() - started > ms)
      throw new Error(`no ${kind} event within ${ms} ms: ${JSON.stringify(served.events.slice(before).map((e) => e.kind))}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now() - started;
}

/** Copies the templates folder into `dir`/templates (to edit the theme in a test). */
export function copyTemplates(dir: string): string {
  const target = join(dir, 'templates');
  cpSync(DEFAULT_TEMPLATES, target, { recursive: true });
  return target;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with the path and Host header exactly as given (Node's client sends both as they are). */
export function raw(port: number, path: string, options: { host?: string; method?: string; address?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: options.address ?? '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${port}` } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
