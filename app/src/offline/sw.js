// Sabaq's service worker: registered only when a learner saves a course for offline use.
// Pages: network first (never a stale page while online), the last copy when offline. Files
// with hashed names: cache first. Practice answers posted offline wait in a queue and are
// sent when the network is back; their attempt ids make a repeat count once.
const VERSION = "__VERSION__";
const PAGE_SCRIPT = "__PAGE_SCRIPT__";
const OPENED = `sabaq-opened-${VERSION}`; // pages and files opened with this version
const QUEUE = "sabaq-queue"; // answers waiting to be sent
const SENT = "sabaq-sent"; // what was sent, for the page to report
const QUEUED = ["/api/submit-quiz", "/api/check-answer"];
const FILES = ["/pkg/", "/fonts/", "/styles/", "/scripts/", "/content/", "/favicon.svg"];
const WAIT_FOR_NETWORK_MS = 8000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(OPENED).then((c) => c.add("/offline")).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("sabaq-opened-") && name !== OPENED) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== location.origin) return;
  if (request.method === "POST") {
    if (url.pathname === "/api/logout") event.respondWith(forgetAll(request));
    else if (QUEUED.includes(url.pathname)) event.respondWith(sendOrQueue(request, url));
    return;
  }
  if (request.method !== "GET" || url.pathname.startsWith("/api/") || url.pathname === "/sw.js") return;
  if (request.mode === "navigate") event.respondWith(page(request, url));
  else if (FILES.some((p) => url.pathname.startsWith(p))) event.respondWith(file(request));
});

self.addEventListener("message", (event) => {
  if (event.data === "flush") event.waitUntil(flush());
});

self.addEventListener("sync", (event) => {
  if (event.tag === "sabaq-queue") event.waitUntil(flush());
});

/// A page: from the network (kept if it is a course's page), else the copy kept, else /offline.
async function page(request, url) {
  try {
    const response = await withTimeout(fetch(request), WAIT_FOR_NETWORK_MS);
    // A server that is down for a moment (503) is no better than no network.
    if (response.status >= 500) throw new Error(`status ${response.status}`);
    if (response.ok && url.search === "" && url.pathname.startsWith("/courses/")) {
      const cache = await caches.open(OPENED);
      await cache.put(url.pathname, response.clone());
    }
    flush();
    return withPageScript(response);
  } catch {
    const kept = await caches.match(url.pathname, { ignoreSearch: true, ignoreVary: true });
    if (kept) return withPageScript(await freshAttempt(kept, url));
    const offline = await caches.match("/offline", { ignoreVary: true });
    if (offline) return withPageScript(offline);
    return fetch(request); // the server's own answer (a 503 page), or the browser's error

  }
}

async function file(request) {
  const kept = await caches.match(request, { ignoreVary: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) (await caches.open(OPENED)).put(request, response.clone());
  return response;
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/// A page with the page script (and the manifest, making Sabaq installable) added.
async function withPageScript(response) {
  const type = response.headers.get("content-type") || "";
  if (!response.ok || !type.startsWith("text/html")) return response;
  let html = await response.text();
  if (!html.includes(PAGE_SCRIPT)) {
    html = html
      .replace("</head>", '<link rel="manifest" href="/manifest.webmanifest"></head>')
      .replace("</body>", `<script src="${PAGE_SCRIPT}" defer></script></body>`);
  }
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.delete("content-encoding");
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

/// A quiz page served from the phone gets a new attempt id, so each offline attempt counts.
async function freshAttempt(response, url) {
  if (!url.pathname.includes("/quizzes/")) return response;
  const html = await response.text();
  const old = /name="attempt" value="([0-9A-Za-z-]{8,64})"/.exec(html)?.[1];
  const fresh = old ? html.replaceAll(old, crypto.randomUUID()) : html;
  return new Response(fresh, { status: response.status, headers: response.headers });
}

/// Answers: sent at once when the network is there, else kept and the learner shown /offline.
async function sendOrQueue(request, url) {
  const body = await request.clone().text();
  try {
    return await fetch(request);
  } catch {
    const cache = await caches.open(QUEUE);
    const at = Date.now();
    const item = { path: url.pathname, body, at };
    await cache.put(`/queued/${at}`, new Response(JSON.stringify(item)));
    try {
      await self.registration.sync?.register("sabaq-queue");
    } catch {}
    notify({ type: "queued" });
    return Response.redirect("/offline?waiting", 303);
  }
}

let flushing;
/// Sends the waiting answers in the order given; stops at the first that cannot go yet.
function flush() {
  flushing ??= (async () => {
    const queue = await caches.open(QUEUE);
    const sent = await caches.open(SENT);
    for (const key of await queue.keys()) {
      const item = await (await queue.match(key)).json();
      let response;
      try {
        response = await fetch(item.path, {
          method: "POST",
          body: item.body,
          credentials: "same-origin",
          headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
        });
      } catch {
        break; // still offline
      }
      // Signed out or the server is unwell: keep it for later.
      if (response.status === 401 || response.status >= 500) break;
      await sent.put(key, new Response(JSON.stringify({ ...item, status: response.status })));
      await queue.delete(key);
    }
    const reported = await sent.keys();
    for (const old of reported.slice(0, Math.max(0, reported.length - 10))) await sent.delete(old);
    notify({ type: "flushed" });
  })().finally(() => (flushing = undefined));
  return flushing;
}

async function notify(message) {
  for (const client of await self.clients.matchAll()) client.postMessage(message);
}

/// Signing out forgets everything kept for this learner, waiting answers included: they must
/// never be sent under the next person's account on a shared phone.
async function forgetAll(request) {
  for (const name of await caches.keys()) if (name.startsWith("sabaq-")) await caches.delete(name);
  try {
    return await fetch(request);
  } catch {
    return Response.redirect("/", 303);
  }
}
