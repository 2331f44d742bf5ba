// What every web test (and the benchmark) does the same way: start Debian's
// Chromium, and wait until the service worker controls a page.

import { chromium } from "../vendor/node_modules/playwright-core/index.mjs";

/** Chromium with no background traffic of its own (this machine's closed
 * network refuses it) and no sandbox (the tests run as root). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.KYR_CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

/** Waits until the page is controlled by its service worker, so what it
 * fetches from now on is cached for offline use. */
export function controlled(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener("controllerchange", done, { once: true }));
    }
  });
}
