// A new version of the site never changes the app under a person who is
// using it: it installs beside the old one, the page says "A new version of
// kyr is ready" with a button, and only the tap switches to it.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, controlled } from "./browser.mjs";
import { serve } from "./serve.mjs";

const root = new URL("../../", import.meta.url).pathname;
const built = process.env.KYR_WEB_SITE ?? `${root}target/web/site`;
const dir = mkdtempSync(join(tmpdir(), "kyr-web-update-"));
let site, browser;

before(async () => {
  cpSync(built, dir, { recursive: true });
  site = await serve(dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

const cacheNames = (page) => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith("kyr-")));

test("a new version waits for the person's tap, and the old one keeps working until then", async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForSelector("body[data-ready=true]");
  await controlled(page);
  const [before] = await cacheNames(page);

  // The host gets a new build: another version of the service worker.
  const sw = join(dir, "sw.js");
  writeFileSync(sw, readFileSync(sw, "utf8").replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"'));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector("#update-ready", { timeout: 30000 });
  assert.match(await page.textContent("#update-ready"), /new version/i);

  // Until the tap, the old version is in charge and the app works as before.
  assert.equal(await page.evaluate(() => document.body.dataset.ready), "true");
  await page.click("[data-guide='door']");
  await page.waitForSelector('main[data-screen="guide"]');
  assert.ok((await cacheNames(page)).includes(before), "the old version's files are still there");

  await Promise.all([page.waitForEvent("load"), page.click("#update-ready button")]);
  await page.waitForSelector("body[data-ready=true]");
  const after = await cacheNames(page);
  assert.deepEqual(after, [`${before}-next`], "the new version took over and the old cache is gone");
  await context.close();
});
