/**
 * The app's own origin. Pages are served from the privileged custom scheme looplab://app/
 * (Electron's security checklist: prefer a custom protocol over file://), so that "is this
 * our page?" is one exact origin comparison, and CSP 'self' means exactly our bundle.
 */
import { extname, resolve, sep } from 'node:path';

export const APP_SCHEME = 'looplab';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Same policy as renderer/index.html's meta tag, also sent as a response header by the protocol
 * handler so it applies before any byte of HTML is parsed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // WebAssembly (the Python parser of "Open Python…") compiles only with 'wasm-unsafe-eval';
  // it allows no JavaScript eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** True only for URLs of our own origin: what IPC senders and navigations must be. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Maps an app URL to a file under webRoot (dist/web), or null. Rejects anything that would
 * escape webRoot, such as encoded "..", so the protocol cannot serve arbitrary files.
 */
export function resolveAppFile(url: string, webRoot: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(webRoot);
  const file = resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname));
  return file.startsWith(root + sep) ? file : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
