// tenderfit service worker: keeps the app shell so a reload works with the network off.
// Stale-while-revalidate: answer from the cache, refresh it in the background.
const CACHE = 'tenderfit-shell-v4';
const SHELL = [
  './', 'index.html', 'tenderfit.js', 'tenderfit_bg.wasm', 'tenderfit.css', 'favicon.svg',
  'manifest.webmanifest', 'start.js', 'import-worker.js', 'import-worker_bg.wasm', 'import-worker_loader.js',
  // The judge worker, started right after the first paint.
  'judge-worker.js', 'judge-worker_bg.wasm', 'judge-worker_loader.js',
  // Fetched after the first paint; kept so judging works offline too.
  'reference-data.txt',
  'tenders/flextender-17713-secretaris-prt-utrecht.txt',
  'tenders/flextender-28671-procesbegeleider-hotspot-monitor-overijssel.txt',
  'tenders/flextender-30534-secretaris-domein-samenleving-zoetermeer.txt',
  'tenders/flextender-30828-coordinator-vluchtelingenopvang-wijdmeren.txt',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
      const fresh = fetch(request)
        .then((response) => {
          if (response.ok) cache.put(request, response.clone());
          return response;
        })
        .catch(() => undefined);
      return cached || (await fresh) || new Response('offline', { status: 503, statusText: 'offline' });
    }),
  );
});
