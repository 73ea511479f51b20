// Where the bytes of a wasm file go, by section and by crate (like `twiggy top`, without
// installing it): function bodies are grouped by the first path segment of their Rust name.
// Needs a wasm with its name section, e.g. the one cargo writes before wasm-bindgen and wasm-opt
// (target/wasm32-unknown-unknown/release/careplan.wasm).
//
//   node bench/wasm_sizes.mjs <file.wasm> [rows]
import fs from 'node:fs';

const file = process.argv[2];
const rows = Number(process.argv[3] ?? 25);
if (!file) {
  console.error('usage: node bench/wasm_sizes.mjs <file.wasm> [rows]');
  process.exit(2);
}
const buf = fs.readFileSync(file);
let pos = 8;
const uleb = () => {
  let result = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return result;
};
const sectionNames = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
  'start', 'element', 'code', 'data', 'datacount'];
const sections = {};
let imported = 0;
let bodies = [];
const names = new Map();
while (pos < buf.length) {
  const id = buf[pos++];
  const size = uleb();
  const start = pos;
  let name = sectionNames[id] ?? `section ${id}`;
  if (id === 0) {
    const len = uleb();
    name = `custom "${buf.subarray(pos, pos + len).toString()}"`;
    const custom = buf.subarray(pos, pos + len).toString();
    pos += len;
    if (custom === 'name') {
      while (pos < start + size) {
        const sub = buf[pos++];
        const subSize = uleb();
        const subEnd = pos + subSize;
        if (sub === 1) {
          const count = uleb();
          for (let i = 0; i < count; i++) {
            const idx = uleb();
            const l = uleb();
            names.set(idx, buf.subarray(pos, pos + l).toString());
            pos += l;
          }
        }
        pos = subEnd;
      }
    }
  } else if (id === 2) {
    const count = uleb();
    for (let i = 0; i < count; i++) {
      for (let k = 0; k < 2; k++) pos += uleb();
      const kind = buf[pos++];
      if (kind === 0) { imported++; uleb(); }
      else if (kind === 1) { pos++; const f = buf[pos++]; uleb(); if (f & 1) uleb(); }
      else if (kind === 2) { const f = buf[pos++]; uleb(); if (f & 1) uleb(); }
      else if (kind === 3) { pos += 2; }
      else if (kind === 4) { pos++; uleb(); }
    }
  } else if (id === 10) {
    const count = uleb();
    for (let i = 0; i < count; i++) {
      const s = uleb();
      bodies.push({ index: imported + i, size: s });
      pos += s;
    }
  }
  sections[name] = (sections[name] ?? 0) + size;
  pos = start + size;
}

/** "_ZN4core3fmt5write17h..E" or "core::fmt::write::h.." or "<T as leptos::..>" -> "core". */
function crateOf(name) {
  if (!name) return '(no name)';
  if (name.startsWith('_R')) {
    // Rust v0 mangling: the first crate root (C, optional s<hash>_, length, name) is the crate
    // that defines the function, generic instances included.
    const v0 = name.match(/C(?:s[0-9a-zA-Z]*_)?(\d+)/);
    if (v0) {
      const at = v0.index + v0[0].length;
      return name.slice(at, at + Number(v0[1]));
    }
  }
  const m = name.match(/^_ZN(\d+)/);
  if (m) {
    let seg = name.slice(3 + m[1].length, 3 + m[1].length + Number(m[1]));
    seg = seg.replace(/^_\$LT\$/, '');
    return seg.replace(/\$.*$/, '') || '(generic)';
  }
  const plain = name.replace(/^<+/, '').replace(/^(&|mut |dyn )+/, '');
  return plain.split('::')[0] || name;
}

const total = buf.length;
const kib = (n) => (n / 1024).toFixed(1).padStart(8);
const pctOf = (n) => ((100 * n) / total).toFixed(1).padStart(5);
console.log(`${file}: ${kib(total)} KiB\n\nBy section:`);
for (const [n, s] of Object.entries(sections).sort((a, b) => b[1] - a[1])) {
  console.log(`${kib(s)} KiB ${pctOf(s)}%  ${n}`);
}
const byCrate = new Map();
for (const b of bodies) {
  const c = crateOf(names.get(b.index));
  byCrate.set(c, (byCrate.get(c) ?? 0) + b.size);
}
console.log(`\nFunction bodies by crate (${bodies.length} functions${names.size ? '' : ', no name section'}):`);
for (const [c, s] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
  console.log(`${kib(s)} KiB ${pctOf(s)}%  ${c}`);
}
console.log('\nLargest functions:');
for (const b of [...bodies].sort((a, b) => b.size - a.size).slice(0, rows)) {
  console.log(`${kib(b.size)} KiB ${pctOf(b.size)}%  ${(names.get(b.index) ?? `#${b.index}`).slice(0, 110)}`);
}
