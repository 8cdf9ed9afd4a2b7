/* global importScripts, workbox */
// The app's service worker: forms filled in without a connection are kept on the device
// and sent when it returns (Workbox's background sync), refusals are kept to be shown.
// Pages with personal data are never cached: only the app's stylesheet and scripts, and
// the page that lists what waits on this device (which holds no data of hers itself).
importScripts("/static/workbox/workbox-sw.js");
workbox.setConfig({ modulePathPrefix: "/static/workbox/", debug: false });

const { Queue } = workbox.backgroundSync;
const { registerRoute } = workbox.routing;
const { NetworkFirst, StaleWhileRevalidate } = workbox.strategies;

const SHELL = "miriam-shell";
const REFUSED = "miriam-refused";
const QUEUED_PAGE = "/offline?queued=1";
// A recorded step's form: intake, contact, measurement and every other event form.
const EVENT_FORM = /^\/participants\/[^/]+\/events$/;

const tell = async (message) => {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true }))
    client.postMessage(message);
};

/**
 * Sends what waits, oldest first. A redirect means recorded (or recorded already: the
 * form's event id makes a second send harmless); any other answer is a refusal, kept
 * with the page the app answered so she can read why. No answer at all: still offline,
 * the entry goes back and Workbox tries again later.
 */
async function replay({ queue }) {
  let entry = await queue.shiftRequest();
  while (entry !== undefined) {
    let response;
    try {
      response = await fetch(entry.request.clone(), { redirect: "manual" });
    } catch (error) {
      await queue.unshiftRequest(entry);
      await tell({ type: "miriam-offline-changed" });
      throw error;
    }
    if (response.type !== "opaqueredirect" && !response.ok) {
      const cache = await caches.open(REFUSED);
      const id = `${entry.timestamp}-${Math.random().toString(36).slice(2, 8)}`;
      await cache.put(
        `/offline/refused/${id}`,
        new Response(await response.text(), {
          status: 200,
          headers: {
            "Content-Type": "text/html; charset=utf-8",
            "X-Miriam-Status": String(response.status),
            "X-Miriam-Queued-At": String(entry.timestamp),
            "X-Miriam-Path": new URL(entry.request.url).pathname,
          },
        }),
      );
    }
    entry = await queue.shiftRequest();
  }
  await tell({ type: "miriam-offline-changed" });
}

// One send at a time: the sync event, a page back online and the "send now" button may
// ask at once, and two sends side by side could both take the same entry.
let sending = Promise.resolve();
const sendQueued = () => {
  const next = sending.then(
    () => replay({ queue }),
    () => replay({ queue }),
  );
  sending = next.catch(() => undefined);
  return next;
};

const queue = new Queue("miriam-forms", {
  // A week, in minutes: a form older than that is not sent any more.
  maxRetentionTime: 7 * 24 * 60,
  onSync: sendQueued,
});

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(["/offline", "/static/app.css", "/static/offline.js"]))
      .then(() => self.skipWaiting()),
  );
});
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// A step's form: sent at once when online; without a connection, kept and sent later.
registerRoute(
  ({ url }) => url.origin === self.location.origin && EVENT_FORM.test(url.pathname),
  async ({ request }) => {
    const copy = request.clone();
    try {
      return await fetch(request);
    } catch {
      await queue.pushRequest({ request: copy });
      await tell({ type: "miriam-offline-changed" });
      return Response.redirect(new URL(QUEUED_PAGE, self.location.origin).href, 303);
    }
  },
  "POST",
);

// Logging out: what waits is sent first (her session is still open), then every cache of
// this worker is emptied, so the next person on this device finds nothing of hers.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname === "/logout",
  async ({ request }) => {
    try {
      await sendQueued();
    } catch {
      // Offline: the logout cannot reach the server either; the fetch below says so.
    }
    const response = await fetch(request);
    for (const name of await caches.keys()) await caches.delete(name);
    return response;
  },
  "POST",
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname === "/offline",
  new NetworkFirst({ cacheName: SHELL, matchOptions: { ignoreSearch: true } }),
);
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith("/offline/refused/"),
  // Matched, not opened: the list page reads each refusal, and opening would make the
  // cache again just after a logout emptied it.
  async ({ url }) =>
    (await caches.match(url.pathname, { cacheName: REFUSED })) ??
    Response.redirect(new URL("/offline", self.location.origin).href, 303),
);
registerRoute(
  ({ url }) =>
    url.origin === self.location.origin &&
    (url.pathname === "/static/app.css" || url.pathname === "/static/offline.js"),
  new StaleWhileRevalidate({ cacheName: SHELL }),
);

// The pages ask what waits, to list it, and to send it now (back online, or a button).
self.addEventListener("message", (event) => {
  const { type, id } = event.data ?? {};
  const answer = (value) => event.ports[0]?.postMessage(value);
  if (type === "miriam-status")
    event.waitUntil(
      (async () => {
        const queued = (await queue.getAll()).map((entry) => ({
          at: entry.timestamp,
          path: new URL(entry.request.url).pathname,
        }));
        // Asked, not opened: opening would make the cache again just after a logout.
        const cache = (await caches.has(REFUSED)) ? await caches.open(REFUSED) : undefined;
        const refused = [];
        for (const request of cache ? await cache.keys() : []) {
          const response = await cache.match(request);
          refused.push({
            href: new URL(request.url).pathname,
            status: Number(response.headers.get("X-Miriam-Status")),
            at: Number(response.headers.get("X-Miriam-Queued-At")),
            path: response.headers.get("X-Miriam-Path"),
          });
        }
        answer({ queued, refused });
      })(),
    );
  else if (type === "miriam-send-now") event.waitUntil(sendQueued().catch(() => undefined));
  else if (
    type === "miriam-dismiss" &&
    typeof id === "string" &&
    id.startsWith("/offline/refused/")
  )
    event.waitUntil(
      caches
        .open(REFUSED)
        .then((cache) => cache.delete(id))
        .then(() => tell({ type: "miriam-offline-changed" })),
    );
});
