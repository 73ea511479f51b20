// A static host for the built site, serving it the way a well-set-up real host does (README,
// Hosting): the `.br` or `.gz` copy `make dist` wrote beside a file when the browser accepts it
// (nginx `brotli_static`/`gzip_static`, Caddy `precompressed`), validators (ETag and
// Last-Modified) with 304 answers, and index.html for any address that is not a file (the
// single-page fallback, so deep links work on reload). No Cache-Control header, as a host left
// at its defaults sends none: the app must not depend on one.
//
// Used by `make serve`, the end-to-end tests and the benchmark. As a command:
//   node scripts/static_server.mjs DIR [--port 8080] [--prefix /tools/careplan]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotli, gzip } from './compress.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The encodings the request accepts, best first, among those we have copies for. */
function accepted(header) {
  const offered = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    offered.set(name, q ? Number(q.slice(2)) : 1);
  }
  return [['br', '.br'], ['gzip', '.gz']].filter(([name]) => (offered.get(name) ?? 0) > 0);
}

/**
 * A request handler for the site in `dir`, living under `prefix` ("" for the root; anything
 * outside it is 404). `pages` maps extra paths to in-memory HTML (the benchmark's static copies).
 * Every answer is recorded in `log` ({ path, status, encoding, bytes }), for tests that count
 * what a visit transferred.
 */
export function staticHandler(dir, { prefix = '', pages = new Map(), log = [] } = {}) {
  const root = path.resolve(dir);
  // The in-memory pages' compressed copies, made when first asked for.
  const packed = new Map();
  const pack = (data) => ({ html: data.toString(), identity: data, br: brotli(data, 'page.html'), gzip: gzip(data) });
  const handle = (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const record = (status, encoding, bytes) => log.push({ path: url.pathname, status, encoding, bytes });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      record(405, null, 0);
      return;
    }
    if (pages.has(url.pathname)) {
      // Compressed as the site's own files are, so a page is sent as a real host would send it.
      const html = pages.get(url.pathname);
      if (packed.get(url.pathname)?.html !== html) packed.set(url.pathname, pack(Buffer.from(html)));
      const copies = packed.get(url.pathname);
      const [encoding] = accepted(req.headers['accept-encoding'])[0] ?? [null];
      const body = copies[encoding ?? 'identity'];
      const headers = { 'content-type': types['.html'], 'cache-control': 'no-store', 'content-length': body.length, vary: 'Accept-Encoding' };
      if (encoding) headers['content-encoding'] = encoding;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      record(200, encoding, body.length);
      return;
    }
    if (!url.pathname.startsWith(`${prefix}/`)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      record(404, null, 9);
      return;
    }
    let inside;
    try {
      inside = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      inside = '/';
    }
    let file = path.normalize(path.join(root, inside));
    const isFile = (f) => f.startsWith(root + path.sep) && fs.existsSync(f) && fs.statSync(f).isFile();
    // Compressed copies are served in place of their file, never asked for by name.
    if (!isFile(file) || /\.(br|gz)$/.test(file)) file = path.join(root, 'index.html');

    let served = file;
    let encoding = null;
    for (const [name, ext] of accepted(req.headers['accept-encoding'])) {
      if (isFile(file + ext)) {
        served = file + ext;
        encoding = name;
        break;
      }
    }
    const stat = fs.statSync(served);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
    const lastModified = new Date(Math.floor(stat.mtimeMs / 1000) * 1000).toUTCString();
    const headers = {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      etag,
      'last-modified': lastModified,
      vary: 'Accept-Encoding',
    };
    if (encoding) headers['content-encoding'] = encoding;
    const match = req.headers['if-none-match'];
    const since = Date.parse(req.headers['if-modified-since'] ?? '');
    const notModified = match
      ? match.split(',').map((t) => t.trim().replace(/^W\//, '')).includes(etag)
      : !Number.isNaN(since) && Math.floor(stat.mtimeMs / 1000) * 1000 <= since;
    if (notModified) {
      res.writeHead(304, headers);
      res.end();
      record(304, encoding, 0);
      return;
    }
    headers['content-length'] = stat.size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
    } else {
      fs.createReadStream(served).pipe(res);
    }
    record(200, encoding, stat.size);
  };
  return (req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      // A file replaced while it was read (`make serve` rebuilding): ask the browser to retry.
      if (!res.headersSent) res.writeHead(503, { 'retry-after': '1', 'content-type': 'text/plain' });
      res.end(`Try again: ${error.message}`);
    }
  };
}

/** Serves `dir` on a free loopback port (or `port`); resolves to { url, close, log }. */
export async function serveStatic(dir, { prefix = '', pages, port = 0 } = {}) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run "make dist" first`);
  }
  const log = [];
  const server = http.createServer(staticHandler(dir, { prefix, pages, log }));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}`,
    log,
    close: () => new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const port = Number(option('--port', '8080'));
  const prefix = option('--prefix', '').replace(/\/$/, '');
  const dir = args[0] ?? 'dist';
  const site = await serveStatic(dir, { prefix, port });
  console.log(`Serving ${dir} on ${site.url}${prefix}/ (compressed copies, validators, index.html fallback)`);
}
