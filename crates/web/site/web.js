// What only the web shell does: registers the service worker that keeps the
// whole app offline, and offers a reload when a new version is ready. A new
// version waits until the user taps reload, so nothing changes under a
// person in the middle of an encounter.

import { t } from "./l10n.js";

export function watchForUpdates() {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("sw.js").then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing;
      worker?.addEventListener("statechange", () => {
        // The first install has no controller: nothing to replace.
        if (worker.state === "installed" && navigator.serviceWorker.controller) offerReload(worker);
      });
    });
  }).catch(() => {});
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading || !wantsReload) return;
    reloading = true;
    location.reload();
  });
}

let wantsReload = false;

/** Hands the service worker a file to keep offline: a language's data the
 * page fetched, maybe before the worker ran. The bytes go with it, so
 * nothing is downloaded twice. */
export function keepOffline(path, bytes) {
  // A controlled page's fetches already go through the worker, which keeps
  // them: only the first visit, before it ran, needs this.
  if (!("serviceWorker" in navigator) || navigator.serviceWorker.controller) return;
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ keep: path, bytes: bytes.slice() })).catch(() => {});
}

function offerReload(worker) {
  if (document.getElementById("update-ready")) return;
  const box = document.createElement("p");
  box.id = "update-ready";
  box.className = "notice update-ready";
  box.setAttribute("role", "status");
  box.textContent = `${t("web-update-ready")} `;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "link-button notice-button";
  button.textContent = t("web-update-reload");
  button.addEventListener("click", () => {
    wantsReload = true;
    worker.postMessage("activate");
  });
  box.append(button);
  document.body.append(box);
}
