// The service worker: keeps the app working with no network (clinic basements, rural homes).
// It only ever talks to this site. Plans are not here: they live in local storage.
//
// - On install it caches index.html and the files it names (the app's code, styles, icons).
// - Pages: network first, so a new deployment is used on the next visit; the cached
//   index.html when there is no network, for every address of the app (deep links too).
// - The app's files have a content hash in their names, so a cached copy is always right.
// - Anything else (config.json, the manifest): network first, the last copy when offline.
//
// The build replaces __BUILD__ (Trunk.toml, post_build hook), so each deployment installs a
// new worker; the page then says a new version is ready, and never reloads by itself.

const CACHE = 'careplan-__BUILD__';
const SCOPE = self.registration.scope;
const HASHED = /-[0-9a-f]{16}(?:_bg)?\.(?:js|wasm|css|svg|png)$/;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const index = await fetch(SCOPE, { cache: 'no-cache' });
    if (!index.ok) throw new Error(`index.html: ${index.status}`);
    const html = await index.clone().text();
    const urls = new Set();
    for (const m of html.matchAll(/(?:href|src)="([^"]+)"|['"]([^'"\s]+\.(?:js|wasm))['"]/g)) {
      const url = new URL(m[1] ?? m[2], SCOPE);
      if (url.origin === self.location.origin) urls.add(url.href);
    }
    urls.delete(SCOPE);
    await cache.addAll([...urls]);
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

async function networkFirst(request, fallback) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && request.mode !== 'navigate') await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    return (await cache.match(fallback ?? request)) ?? Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, SCOPE));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
  } else {
    event.respondWith(networkFirst(request));
  }
});
