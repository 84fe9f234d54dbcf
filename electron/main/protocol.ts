import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Protocol } from 'electron';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mjs': 'text/javascript; charset=utf-8',
};

/** Must run before the app is ready: makes app:// behave like https for fetch, CSP and storage. */
export const PRIVILEGED_SCHEME = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Maps app://samsyn/<path> to a file under `root`; anything outside it is a 404. */
export function resolveAppFile(root: string, url: string): string | null {
  const { pathname } = new URL(url);
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const full = normalize(join(root, relative));
  return full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

/** The app:// handler: the built renderer's files with the content security policy. */
export function rendererHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveAppFile(root, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'content-type': MIME[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}

export function serveRenderer(protocol: Protocol, root: string): void {
  protocol.handle(APP_SCHEME, rendererHandler(root));
}
