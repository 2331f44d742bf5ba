// The offline web app in a real browser engine, as phones run it: Debian's
// Chromium (Android's WebView is Chromium) driven by playwright-core, at a
// phone's size with touch. The first visit installs the service worker;
// then the network goes off and the whole app must still work: home, a
// guide, search in Spanish and Arabic (right to left), the warrant checker,
// a card, the directory by ZIP code and quick exit. Search must give the
// very results the desktop app gives, for the whole search quality set.
//
// Run by scripts/test after scripts/build-web:  node --test tests/web/
// Screenshots go to tests/artifacts/web/.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { launch, controlled } from "./browser.mjs";
import { serve } from "./serve.mjs";

const root = new URL("../../", import.meta.url).pathname;
const siteDir = process.env.KYR_WEB_SITE ?? `${root}target/web/site`;
const shots = `${root}tests/artifacts/web`;
mkdirSync(shots, { recursive: true });

let site, browser, context, page;
const pageRequests = [];

before(async () => {
  site = await serve(siteDir);
  browser = await launch();
  context = await browser.newContext({
    viewport: { width: 360, height: 740 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
    locale: "es-MX", serviceWorkers: "allow",
  });
  page = await context.newPage();
  page.on("request", (r) => pageRequests.push(r.url()));
  page.on("pageerror", (e) => console.error("page error:", e.message));
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const shot = (name) => page.screenshot({ path: `${shots}/${name}.png` });
const ready = () => page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
const screen = (name) => page.waitForSelector(`main[data-screen="${name}"]`);
async function goHome() {
  await page.goto(site.url);
  await ready();
}

test("the first visit shows home in the browser's language and caches the whole app", async () => {
  await goHome();
  assert.equal(await page.getAttribute("html", "lang"), "es");
  assert.ok(await page.isVisible("#urgent"), "the red 'Stopped right now?' card is on home");
  assert.ok(await page.isVisible("#open-install"), "home offers the add-to-home-screen steps");
  assert.ok(await page.isVisible("#open-plan"), "the emergency plan is in the web app too");
  await page.click("#open-settings");
  await screen("settings");
  assert.ok(await page.isVisible("#wipe"), "settings are there");
  assert.equal(await page.$("#setting-packs"), null, "packs are not (a clinic builds its own copy)");
  await page.goBack();
  await screen("home");
  await controlled(page);
  // The Spanish database was fetched before the service worker ran; the
  // page asks it to keep it.
  await page.waitForFunction(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith("kyr-")));
    return Boolean(await cache.match("data/es.kyrdb"));
  });
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith("kyr-")));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  for (const file of ["/", "/index.html", "/api.js", "/kyr_web_bg.wasm", "/style.css", "/data/es.kyrdb", "/data/languages.json", "/data/zipcodes.kyrzip", "/icons/warrant.svg"]) {
    assert.ok(cached.includes(file), `${file} is cached for offline use`);
  }
  // Only the visitor's language is downloaded: it holds English too.
  assert.equal(site.requests.filter((p) => p.endsWith(".kyrdb")).join(), "/data/es.kyrdb");
  await shot("home-es");
});

test("search in the web build gives exactly the desktop's results for the whole quality set", async () => {
  const expected = JSON.parse(execFileSync(`${root}target/debug/kyr`, ["search", "--set", `${root}crates/core/tests/search/queries.toml`, "--root", root], { maxBuffer: 64 << 20 }).toString());
  const got = await page.evaluate(async (set) => {
    const { api } = await import("./api.js");
    const out = {};
    for (const lang of Object.keys(set)) {
      await api.setLanguage(lang);
      out[lang] = {};
      for (const query of Object.keys(set[lang])) out[lang][query] = await api.search(query);
    }
    await api.setLanguage("es");
    return out;
  }, Object.fromEntries(Object.entries(expected).map(([lang, views]) => [lang, Object.fromEntries(Object.keys(views).map((q) => [q, ""]))])));
  let queries = 0;
  for (const lang of Object.keys(expected)) {
    for (const query of Object.keys(expected[lang])) {
      queries += 1;
      assert.deepEqual(got[lang][query], expected[lang][query], `[${lang}] ${query}`);
    }
  }
  assert.ok(queries >= 70, `the whole set ran (${queries} queries)`);
});

test("every request of the page stays on the site that served it", () => {
  const elsewhere = pageRequests.filter((url) => !url.startsWith(site.url) && !url.startsWith("data:") && !url.startsWith("blob:"));
  assert.deepEqual(elsewhere, []);
});

test("with the network off, the app reloads and home, a guide and the install steps work", async () => {
  await context.setOffline(true);
  const served = site.requests.length;
  await goHome();
  await shot("home-es-offline");
  assert.equal(await page.getAttribute("html", "lang"), "es");
  await page.click("[data-guide='door']");
  await screen("guide");
  const firstSection = await page.$eval("main section", (s) => s.dataset.kind);
  assert.equal(firstSection, "first", "'Do this first' comes first");
  assert.ok(await page.isVisible("#guide-notices"), "the notices line is on the guide");
  await shot("guide-door-offline");
  await page.goBack();
  await page.click("#open-install");
  await screen("install");
  assert.ok(await page.isVisible("#install-android li"));
  assert.ok(await page.isVisible("#install-iphone li"));
  await shot("install-offline");
  await page.goBack();
  await screen("home");
  assert.equal(site.requests.length, served, "nothing reached the server while offline");
});

test("offline search in Spanish finds the warrant guide", async () => {
  await goHome();
  await page.fill("#search-input", "orden judicial");
  await page.waitForSelector(".search-result");
  const first = await page.$eval(".search-result", (b) => [b.dataset.kind, b.dataset.target]);
  assert.equal(first[0], "guide");
  await shot("search-es-offline");
  await page.fill("#search-input", "");
});

test("offline, Arabic (cached when chosen) shows right to left and searches in Arabic", async () => {
  await goHome();
  await page.click("#language-button");
  await page.click("[data-lang='ar']");
  await page.waitForSelector("html[dir=rtl][lang=ar]");
  await page.goBack();
  await screen("home");
  await page.fill("#search-input", "بصمات");
  await page.waitForSelector(".search-result");
  const result = await page.$eval(".search-result", (b) => ({ lang: b.closest("[lang]")?.lang, english: b.dataset.english }));
  assert.notEqual(result.english, "true", "an Arabic result, not the English fallback");
  assert.equal(await page.$eval("#search-input", (i) => getComputedStyle(i).direction), "rtl");
  await shot("search-ar-offline");
  await page.fill("#search-input", "");
});

test("offline, a language never loaded says so and the app keeps working", async () => {
  await goHome();
  await page.click("#language-button");
  await page.click("[data-lang='fr']");
  const message = await page.evaluate(async () => (await import("./l10n.js")).t("web-language-offline"));
  await page.waitForSelector(".error[role=alert]");
  assert.equal((await page.textContent(".error[role=alert]")).trim(), message);
  assert.equal(await page.getAttribute("html", "lang"), "ar", "still in Arabic");
  await page.click("#language-button");
  await page.click("[data-lang='es']");
  await page.waitForSelector("html[dir=ltr][lang=es]");
});

test("offline, the warrant checker walks from its first question to an answer", async () => {
  await goHome();
  await page.click("#open-warrant");
  await screen("warrant");
  await page.waitForSelector("[data-step=top]");
  await page.click("[data-answer='0']");
  await page.waitForFunction(() => !document.querySelector("[data-step=top]"));
  await shot("warrant-offline");
});

test("offline, a card shows the English statement for the agent", async () => {
  await goHome();
  await page.click("#open-cards");
  await page.click(".scenario[data-deck='door']");
  await page.waitForSelector("body.card-mode #card-english");
  const english = await page.textContent("#card-english");
  assert.match(english, /[A-Za-z]{3,}/, "the card's English line");
  await shot("card-offline");
});

test("offline, a card's English plays aloud on a tap, from the core's bytes", async () => {
  // Still on the first card of the door deck.
  assert.equal(await page.$$eval("#card .audio-play", (b) => b.length), 1);
  await page.$eval("#card audio", (a) => {
    window.audioLog = [];
    for (const e of ["playing", "ended", "error"]) a.addEventListener(e, () => window.audioLog.push(e));
  });
  assert.equal(await page.$eval("#card audio", (a) => a.paused && !a.src), true, "nothing before the tap");
  await page.click("#card .audio-play");
  await page.waitForFunction(() => window.audioLog.includes("ended") || window.audioLog.includes("error"));
  assert.deepEqual(await page.evaluate(() => window.audioLog), ["playing", "ended"]);
  assert.match(await page.$eval("#card audio", (a) => a.src), /^blob:/);
  assert.ok(await page.$eval("#card audio", (a) => a.duration > 1), "a whole sentence");
});

test("offline, the directory finds help by ZIP code", async () => {
  await goHome();
  await page.click("#open-directory");
  await screen("directory");
  await page.fill("#zip", "10001");
  await page.click("#directory-search");
  await page.waitForSelector("#results .contact");
  const local = await page.$$eval("#local .contact", (cards) => cards.length);
  assert.ok(local > 0, "New York's own help is listed for a Manhattan ZIP code");
  await shot("directory-zip-offline");
});

test("offline, quick exit leaves a neutral notes page", async () => {
  await goHome();
  await page.click("#quick-exit");
  await page.waitForSelector("#neutral");
  assert.equal(await page.$("#screen"), null, "nothing of the app is left on the page");
  await shot("quick-exit-offline");
  await context.setOffline(false);
});
