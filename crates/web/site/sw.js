// The service worker: after the first visit, the whole app works with no
// network. Every file of this version is cached at install; a language's
// data when the page first loads it (the page tells this worker, since the
// first one is fetched before the worker runs). A new version installs beside the
// old one and takes over only when the page asks (the user tapped reload).
// `kyr web build` fills in VERSION and the file list.

const VERSION = "__KYR_VERSION__";
const FILES = __KYR_FILES__;
const CACHE = `kyr-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(FILES);
    // Languages the user already had offline stay offline in the new version.
    for (const name of await caches.keys()) {
      if (name === CACHE || !name.startsWith("kyr-")) continue;
      const old = await caches.open(name);
      for (const request of await old.keys()) {
        const path = new URL(request.url).pathname;
        if (path.endsWith(".kyrdb")) await cache.add(new URL(path.split("/").pop(), new URL("data/", self.registration.scope))).catch(() => {});
      }
    }
  })());
});

self.addEventListener("message", (event) => {
  if (event.data === "activate") self.skipWaiting();
  const { keep, bytes } = event.data ?? {};
  if (typeof keep === "string" && /^data\/[A-Za-z-]+\.kyrdb$/.test(keep) && bytes instanceof Uint8Array) {
    event.waitUntil(caches.open(CACHE).then(async (cache) => {
      if (!(await cache.match(keep))) await cache.put(keep, new Response(bytes, { headers: { "content-type": "application/octet-stream" } }));
    }));
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name !== CACHE && name.startsWith("kyr-")) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    const response = await fetch(request);
    if (response.ok && new URL(request.url).pathname.endsWith(".kyrdb")) await cache.put(request, response.clone());
    return response;
  })());
});
