// What the preview server lets through: GET/HEAD only, known paths only (no file path ever comes from a URL), known Host headers only; strict headers on every answer.
import { networkInterfaces } from 'node:os';

/** Every response carries these: scripts and styles only from the server itself (no inline script), nothing framed, nothing sniffed. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'", // the slides place every box with a style attribute …
    "style-src-elem 'self'", // … but no <style> element or stylesheet from elsewhere
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

/** A URL path the server answers, or undefined (404) for anything else: encoded characters, dot segments, backslashes, doubled slashes. */
export function safePath(rawUrl: string | undefined): string | undefined {
  if (!rawUrl || !rawUrl.startsWith('/')) return undefined; // absolute-form (http://…) and empty targets
  const path = rawUrl.split(/[?#]/, 1)[0];
  if (!/^(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*\/?$/.test(path)) return undefined; // no %, \, //, or a segment starting with a dot
  return path;
}

/** The Host headers a browser sends when it really talks to this server: its address as listened on, or a loopback name, with the port. */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '[::1]', host.includes(':') ? `[${host}]` : host]);
  if (host === '0.0.0.0' || host === '::') {
    // listening everywhere (--host 0.0.0.0): the machine's own addresses are its names too
    for (const entries of Object.values(networkInterfaces()))
      for (const entry of entries ?? []) names.add(entry.family === 'IPv6' ? `[${entry.address}]` : entry.address);
  }
  return new Set([...names].flatMap((name) => [`${name.toLowerCase()}:${port}`, ...(port === 80 ? [name.toLowerCase()] : [])]));
}

/** DNS rebinding: a page of another site resolved to 127.0.0.1 sends its own name as Host; only ours are answered. */
export function hostAllowed(header: string | undefined, allowed: Set<string>): boolean {
  return header !== undefined && allowed.has(header.toLowerCase());
}
