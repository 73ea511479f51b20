// How the site's files are compressed, in one place: scripts/precompress.mjs writes the copies
// with it, scripts/static_server.mjs compresses in-memory pages with it, and the benchmark counts
// sizes with it.
import zlib from 'node:zlib';

/** `data` (a Buffer) as brotli at the highest quality, in text or generic mode by `name`. */
export function brotli(data, name, quality = zlib.constants.BROTLI_MAX_QUALITY) {
  return zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [zlib.constants.BROTLI_PARAM_MODE]: name.endsWith('.wasm')
        ? zlib.constants.BROTLI_MODE_GENERIC
        : zlib.constants.BROTLI_MODE_TEXT,
    },
  });
}

/** `data` as gzip at level 9. */
export function gzip(data) {
  return zlib.gzipSync(data, { level: 9 });
}
