/**
 * Serves the built web app at `/` and uploaded files at `/media/`. Client-side
 * routes fall back to `index.html`; API, media and operations paths never do:
 * they get a problem+json 404. The page is `index.html` with what `pageHead`
 * gives added to its `<head>` (the ids of the web app's public API clients).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFoundHandler } from './errors.js';

/** `web/dist` of this checkout, from `server/src/platform` or `server/dist/platform`. */
export function defaultWebRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');
}

const NEVER_HTML = /^\/(api|media|metrics|healthz|readyz|\.well-known)(\/|$|\?)/;

function wantsHtml(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (NEVER_HTML.test(request.url)) return false;
  // A path with a file extension (`/favicon.ico`, `/assets/x.js`) is a missing file, not a client route.
  if (/\.[A-Za-z0-9]{1,8}$/.test(request.url.split('?')[0] ?? '')) return false;
  const accept = request.headers.accept ?? '';
  return accept === '' || accept.includes('text/html') || accept.includes('*/*');
}

export interface WebOptions {
  webRoot: string;
  mediaRoot: string;
  /** HTML added at the end of the page's `<head>`: `<meta>` tags only (the CSP allows no inline script). */
  pageHead?: () => Promise<string>;
}

export async function registerWeb(app: FastifyInstance, options: WebOptions): Promise<void> {
  const indexFile = path.join(options.webRoot, 'index.html');
  const hasWeb = existsSync(indexFile);
  const page = hasWeb ? readFileSync(indexFile, 'utf8') : '';
  const sendPage = async (reply: FastifyReply) => {
    const head = (await options.pageHead?.()) ?? '';
    reply.header('Cache-Control', 'no-cache');
    return reply
      .type('text/html; charset=utf-8')
      .send(head ? page.replace(/<\/head>/i, `${head}</head>`) : page);
  };

  await app.register(fastifyStatic, {
    root: options.mediaRoot,
    prefix: '/media/',
    decorateReply: false,
    index: false,
    list: false,
    dotfiles: 'deny',
    // Uploaded bytes are served as what they are, never sniffed into something executable;
    // and they are product pictures, for any site's <img> (frontends on other origins included).
    setHeaders: (reply) => {
      reply.header('X-Content-Type-Options', 'nosniff');
      reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
    },
  });

  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: options.webRoot,
      prefix: '/',
      // One route per built file, found at start: unknown paths reach the not-found handler without touching the disk.
      wildcard: false,
      // The page itself is served below, with its head completed.
      index: false,
      globIgnore: ['index.html'],
      list: false,
      setHeaders: (reply, filePath) => {
        const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    for (const url of ['/', '/index.html']) {
      app.get(url, { schema: { hide: true } }, (_request, reply) => sendPage(reply));
    }
  }

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (hasWeb && wantsHtml(request)) return sendPage(reply);
    return notFoundHandler(request, reply);
  });
}
