// A small static server for dist/ under a sub-path, for the browser tests and the benchmark.
// Sends application/wasm for .wasm and allows any origin to read (module scripts in a sandboxed
// iframe have an opaque origin, so they are fetched with CORS).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** Where the build is: dist/, or DIST_DIR when a parallel build writes elsewhere. */
export const DIST = process.env.DIST_DIR ?? 'dist';

export interface Served {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** `cacheAssets`: let the browser cache the hashed files under assets/ (the URL fuzz test loads the
 *  page a thousand times; everything else gets no-store, as a fresh visit would). */
export async function serve(root = 'dist', prefix = '/sub/app/', port = 0, options: { cacheAssets?: boolean } = {}): Promise<Served> {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === prefix.slice(0, -1)) {
      res.writeHead(301, { location: prefix }).end();
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
        'cache-control': options.cacheAssets && path.startsWith(`${prefix}assets/`) ? 'public, max-age=3600, immutable' : 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}${prefix}`,
    server,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** Serves the built site under the sub-path the tests and the bench use. */
export function serveDist(port = 0, options: { cacheAssets?: boolean } = {}): Promise<Served> {
  return serve(DIST, '/sub/app/', port, options);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4174);
  serve('dist', '/sub/app/', port).then((s) => console.log(`serving dist/ at ${s.url}`));
}
