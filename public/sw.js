// The service worker: the app opens at once on a repeat visit, and works with no network
// (clinic basements, rural homes). It only ever talks to this site. Plans are not here: they
// live in local storage.
//
// - On install it keeps index.html and the files it names (the app's code, styles, icons).
//   Each byte comes once: on the first visit the page has just downloaded these files, so they
//   are taken from the browser's HTTP cache (`force-cache`), not downloaded again. The app's
//   files have a content hash in their names, so a copy found there is always the right one.
//   index.html is checked to be this build's (its <meta name="careplan-build">) and fetched
//   again if it is not.
// - Pages (every address of the app, deep links too): index.html from the cache at once, so
//   start-up never waits for the network. Checking for a new version happens beside it: the
//   browser compares sw.js with the server's on each visit, and a new deployment installs a new
//   worker (with its own index.html and files) while the old one keeps serving. The page then
//   says a new version is ready; "Use it now" tells the waiting worker to take over, and the
//   page reloads. It never reloads by itself under someone's typing.
// - Anything else (config.json, the manifest): network first, the last copy when offline.
//
// The build replaces __BUILD__ (Trunk.toml, post_build hook), so each deployment installs a
// new worker.

const BUILD = '__BUILD__';
const CACHE = `careplan-${BUILD}`;
const SCOPE = self.registration.scope;
const HASHED = /-[0-9a-f]{16}(?:_bg)?\.(?:js|wasm|css|svg|png)$/;

/** The files index.html names, on this site. */
function named(html) {
  const urls = new Set();
  for (const m of html.matchAll(/(?:href|src)="([^"]+)"|['"]([^'"\s]+\.(?:js|wasm))['"]/g)) {
    const url = new URL(m[1] ?? m[2], SCOPE);
    if (url.origin === self.location.origin && url.href !== SCOPE) urls.add(url.href);
  }
  return [...urls];
}

/** A file, from the HTTP cache when it holds one (`force-cache`), else from the network. */
async function keep(cache, url, mode) {
  const response = await fetch(url, { cache: mode });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  await cache.put(url, response);
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // The page that registered this worker has just loaded index.html: take that copy if it is
    // this build's, else ask the server (a revalidation: no body when unchanged).
    let index = await fetch(SCOPE, { cache: 'force-cache' });
    let html = index.ok ? await index.clone().text() : '';
    if (!html.includes(`<meta name="careplan-build" content="${BUILD}"`)) {
      index = await fetch(SCOPE, { cache: 'no-cache' });
      if (!index.ok) throw new Error(`index.html: ${index.status}`);
      html = await index.clone().text();
    }
    // Hashed files cannot be stale: any copy will do. Others (icons, the manifest) are checked.
    await Promise.all(named(html).map((url) => keep(cache, url, HASHED.test(new URL(url).pathname) ? 'force-cache' : 'no-cache')));
    await cache.put(SCOPE, index);
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('careplan-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// "Use it now" on the page's notice: this (waiting) worker takes over; the page then reloads.
self.addEventListener('message', (event) => {
  if (event.data === 'use-new-version') self.skipWaiting();
});

async function cacheFirst(request, key) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key ?? request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && !key) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    return (await cache.match(request)) ?? Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // An address of the app (no file name, or index.html itself); a file opened on its own, such
  // as config.json, is the file.
  const page = url.href === SCOPE || url.pathname.endsWith('/index.html') || !/\.[a-z0-9]+$/i.test(url.pathname);
  if (request.mode === 'navigate' && page) {
    event.respondWith(cacheFirst(request, SCOPE));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});
