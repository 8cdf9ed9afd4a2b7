// Every page: registers the service worker, asks it to send what waits whenever the
// connection is there, and shows a banner while something waits or was refused. On the
// /offline page, lists both (the words come from the page's data attributes).
(() => {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("/sw.js", { scope: "/" });

  const ask = (message) =>
    navigator.serviceWorker.ready.then(
      (registration) =>
        new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => resolve(event.data);
          registration.active.postMessage(message, [channel.port2]);
        }),
    );
  // In the app's own locale for her language (localeOf: nl-BE, fr-BE, de-BE, en-BE), Brussels time.
  const when = (ms) =>
    new Date(ms).toLocaleString(
      document.getElementById("miriam-offline")?.dataset.locale ?? document.documentElement.lang,
      { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Brussels" },
    );

  function item(text, actions) {
    const li = document.createElement("li");
    li.append(text);
    for (const action of actions) li.append(" ", action);
    return li;
  }

  // Why a form was refused, in her words: the title of the app's answer (kept on the
  // device) and its first reason; an answer without one (the server failed, she was signed
  // out) is said by the kind of its HTTP status, never by the number.
  async function reasonOf(entry) {
    const words = document.getElementById("miriam-offline")?.dataset ?? {};
    try {
      const answer = new DOMParser().parseFromString(
        // Not followed to /offline: a refusal gone at logout must not cache that page again.
        await (await fetch(entry.href, { redirect: "manual" })).text(),
        "text/html",
      );
      const title = answer.querySelector(".error-summary h2")?.textContent?.trim();
      const first = answer.querySelector(".error-summary li")?.textContent?.trim();
      if (title && first && entry.status !== 409) return `${title} ${first}`;
      if (title || first) return title || first;
    } catch {
      // Not kept any more: said by its status below.
    }
    if (entry.status >= 500) return words.whyServer;
    if (entry.status === 401 || entry.status === 403) return words.whyAccess;
    if (entry.status === 409) return words.whyConflict;
    return words.whyRefused;
  }

  async function show() {
    const { queued, refused } = await ask({ type: "miriam-status" });
    const banner = document.getElementById("miriam-offline-banner");
    if (banner) banner.hidden = queued.length + refused.length === 0;
    const lists = document.getElementById("miriam-offline");
    if (!lists) return;
    const words = lists.dataset;
    const queuedList = document.getElementById("miriam-queued");
    const refusedList = document.getElementById("miriam-refused");
    queuedList.replaceChildren(
      ...(queued.length === 0
        ? [item(words.none, [])]
        : queued.map((entry) => item(`${when(entry.at)} · ${entry.path.split("/")[2]}`, []))),
    );
    const reasons = await Promise.all(refused.map(reasonOf));
    refusedList.replaceChildren(
      ...(refused.length === 0
        ? [item(words.none, [])]
        : refused.map((entry, index) => {
            const link = document.createElement("a");
            link.href = entry.href;
            link.textContent = words.seeWhy;
            const dismiss = document.createElement("button");
            dismiss.type = "button";
            dismiss.className = "small secondary";
            dismiss.textContent = words.dismiss;
            dismiss.addEventListener("click", () =>
              ask({ type: "miriam-dismiss", id: entry.href }),
            );
            const why = document.createElement("span");
            why.className = "why";
            why.textContent = reasons[index];
            return item(`${when(entry.at)} · ${entry.path.split("/")[2]}: `, [why, link, dismiss]);
          })),
    );
  }

  const sendNow = () => ask({ type: "miriam-send-now" });
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data?.type === "miriam-offline-changed") show();
  });
  window.addEventListener("online", sendNow);
  document.addEventListener("DOMContentLoaded", () => {
    document.getElementById("miriam-send-now")?.addEventListener("click", sendNow);
    show();
    if (navigator.onLine) sendNow();
  });
})();
