import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';

export const TAB_PATH = '/tab';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Teams shows the tab in an iframe of its own origins (and tests in a same-origin host page); Fluent UI's
 * styles are injected at run time (style-src 'unsafe-inline'); teams-js reads its list of valid host
 * domains from Microsoft's CDN.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "connect-src 'self' https://res.cdn.office.net",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com",
].join('; ');

/** Where `npm run build:tab` writes the tab: beside bot/ from the sources, or two levels up from dist/bot. */
export function defaultTabDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const fromSources = path.resolve(here, '../../../tab/dist');
  const fromBuild = path.resolve(here, '../../../../tab/dist');
  return existsSync(path.join(fromBuild, 'index.html')) && !existsSync(path.join(fromSources, 'index.html'))
    ? fromBuild
    : fromSources;
}

/**
 * Serves the built tab at /tab/: files under tab/dist as they are, `assets/` (content-hashed names) cached for
 * a year, anything else (a client route like /tab/threads/…) answered with index.html, never cached so a new
 * deployment is picked up at once. Without a build it answers 503 saying how to build it.
 */
export function registerTabRoutes(server: Server, options: { readonly dir?: string } = {}): void {
  const dir = path.resolve(options.dir ?? defaultTabDir());

  const redirect = async (_req: Request, res: Response) => {
    res.writeHead(301, { Location: `${TAB_PATH}/`, 'Content-Length': 0 });
    res.end();
  };
  server.get(TAB_PATH, redirect);
  server.head(TAB_PATH, redirect);

  const serve = async (req: Request, res: Response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return sendText(res, 400, 'Bad request');
    }
    const relative = pathname.slice(TAB_PATH.length + 1);
    const file = path.resolve(dir, relative);
    const inside = file.startsWith(dir + path.sep);
    if (inside && relative !== '' && (await isFile(file))) {
      const hashed = relative.startsWith('assets/');
      return send(res, file, hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    if (relative.startsWith('assets/') || path.extname(relative) !== '') {
      return sendText(res, 404, 'Not found');
    }
    const index = path.join(dir, 'index.html');
    if (!(await isFile(index))) {
      return sendText(res, 503, 'The tab is not built yet: run `npm run build:tab` (npm start does it).');
    }
    return send(res, index, 'no-cache');
  };
  server.get(`${TAB_PATH}/*`, serve);
  server.head(`${TAB_PATH}/*`, serve);
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function send(res: Response, file: string, cacheControl: string): Promise<void> {
  const body = await readFile(file);
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': body.length,
    'Cache-Control': cacheControl,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {}),
  });
  res.end(body);
}

function sendText(res: Response, status: number, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}
