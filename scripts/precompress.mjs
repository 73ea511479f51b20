// Writes a brotli (`.br`) and a gzip (`.gz`) copy beside each text and wasm file of a built
// site, so any host can send them compressed without compressing on each request (README,
// Hosting). Run by Trunk's post-build hook on every build, so `make dist` and `make serve`
// both have them. A copy that would not be smaller is not written.
//   node scripts/precompress.mjs DIR     (default: $TRUNK_STAGING_DIR)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { brotli, gzip } from './compress.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('precompress: name the folder of the built site');
  process.exit(2);
}
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|webmanifest|txt|xml|ico)$/;
// Development builds are large and rebuilt often: a faster brotli level is enough there.
const quality = process.env.TRUNK_PROFILE === 'debug' ? 5 : zlib.constants.BROTLI_MAX_QUALITY;

function* files(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile() && COMPRESSIBLE.test(entry.name)) yield full;
  }
}

let raw = 0;
let packed = 0;
let count = 0;
for (const file of files(dir)) {
  const data = fs.readFileSync(file);
  const br = brotli(data, file, quality);
  const gz = gzip(data);
  for (const [ext, copy] of [['.br', br], ['.gz', gz]]) {
    if (copy.length < data.length) fs.writeFileSync(file + ext, copy);
    else fs.rmSync(file + ext, { force: true });
  }
  raw += data.length;
  packed += Math.min(br.length, data.length);
  count += 1;
}
console.log(`precompress: ${count} files, ${(raw / 1024).toFixed(1)} KiB -> ${(packed / 1024).toFixed(1)} KiB brotli`);
