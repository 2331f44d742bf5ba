// The web app's budgets (docs: BENCHMARKS.md), measured in Chromium at a
// phone's size with the CPU slowed 4×, as on a cheap phone:
//   - first visit: bytes transferred, gzipped as a host sends them, for one
//     language (the app, the core, English and that language's data) ≤ 1.5 MB;
//   - first visit to home painted ≤ 2.5 s; a repeat visit offline ≤ 1 s;
//   - search p99 over the search quality set within 3× of the native figure.
// Prints the figures as JSON; exits 1 when a budget is broken.
//   node tests/web/bench.mjs SITE NATIVE_P99_MS

import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { launch, controlled } from "./browser.mjs";
import { serve } from "./serve.mjs";

const [siteDir, nativeP99] = [process.argv[2], Number(process.argv[3])];
const root = new URL("../../", import.meta.url).pathname;
const BUDGET = { transferBytes: 1.5e6, firstVisitMs: 2500, repeatOfflineMs: 1000, searchRatio: 3 };
// The search quality set's queries, by language (read through the CLI, which
// parses the TOML).
const kyr = process.env.KYR_BIN ?? `${root}target/debug/kyr`;
const views = JSON.parse(execFileSync(kyr, ["search", "--set", `${root}crates/core/tests/search/queries.toml`, "--root", root], { maxBuffer: 64 << 20 }).toString());
const queries = Object.fromEntries(Object.entries(views).map(([lang, byQuery]) => [lang, Object.keys(byQuery)]));

/** Bytes a host sends for a file: gzipped, except data that is gzip already. */
function sentBytes(path) {
  const body = readFileSync(join(siteDir, path.endsWith("/") ? `${path}index.html` : path));
  return /\.(kyrdb|kyrzip|png)$/.test(path) ? body.length : gzipSync(body, { level: 9 }).length;
}

const site = await serve(siteDir);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: "es-US" });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

const homePainted = () => page.evaluate(() => new Promise((done) => {
  const find = () => performance.getEntriesByName("home-painted")[0];
  const wait = () => (find() ? done(find().startTime) : setTimeout(wait, 20));
  wait();
}));

await page.goto(site.url);
const firstVisitMs = await homePainted();
await controlled(page);
// Everything the first visit fetched, the service worker's precache included.
const fetched = [...new Set(site.requests)];
const transferBytes = fetched.reduce((sum, path) => sum + sentBytes(path), 0);

await context.setOffline(true);
const repeats = [];
for (let i = 0; i < 5; i++) {
  await page.reload();
  repeats.push(await homePainted());
}
repeats.sort((a, b) => a - b);
const repeatOfflineMs = repeats[2];

// Search timings without the throttle, like the native figure (online, so
// every language of the set can load).
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
await context.setOffline(false);
const { times, firstRound } = await page.evaluate(async (set) => {
  const { api } = await import("./api.js");
  const out = [];
  const first = [];
  for (const [lang, list] of Object.entries(set)) {
    await api.setLanguage(lang);
    // Three rounds first, the first one reported apart: the browser compiles
    // WebAssembly fast at first and optimises hot code a moment later, which
    // native code never does.
    for (let round = 0; round < 3; round++) {
      for (const q of list) {
        const start = performance.now();
        await api.search(q);
        if (round === 0) first.push(performance.now() - start);
      }
    }
    for (let round = 0; round < 10; round++) {
      for (const q of list) {
        const start = performance.now();
        await api.search(q);
        out.push(performance.now() - start);
      }
    }
  }
  return { times: out, firstRound: first };
}, queries);
// What opening the plan costs in the browser (Argon2id, 19 MiB, 2 passes,
// in WebAssembly), with the CPU slowed 4× again.
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
const unlockMs = await page.evaluate(async () => {
  const { api } = await import("./api.js");
  await api.vaultCreate("482916");
  await api.vaultLock();
  const start = performance.now();
  const view = await api.vaultUnlock("482916");
  const ms = performance.now() - start;
  await api.wipeEverything();
  return view.state === "open" ? ms : -1;
});
await browser.close();
await site.close();
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(times.length * q))];

const figures = {
  transfer_bytes: transferBytes, files: fetched.length,
  first_visit_home_ms_cpu4x: Math.round(firstVisitMs), repeat_offline_home_ms_cpu4x: Math.round(repeatOfflineMs),
  search_searches: times.length, search_p50_ms: +at(0.5).toFixed(2), search_p99_ms: +at(0.99).toFixed(2), native_p99_ms: nativeP99,
  first_round_searches: firstRound.length, first_round_max_ms: +Math.max(...firstRound).toFixed(2),
  plan_unlock_ms_cpu4x: Math.round(unlockMs),
};
console.log(JSON.stringify(figures, null, 2));
const broken = [];
if (transferBytes > BUDGET.transferBytes) broken.push(`first visit transfers ${transferBytes} bytes > ${BUDGET.transferBytes}`);
if (firstVisitMs > BUDGET.firstVisitMs) broken.push(`first visit to home ${Math.round(firstVisitMs)} ms > ${BUDGET.firstVisitMs}`);
if (repeatOfflineMs > BUDGET.repeatOfflineMs) broken.push(`repeat offline visit ${Math.round(repeatOfflineMs)} ms > ${BUDGET.repeatOfflineMs}`);
if (nativeP99 > 0 && at(0.99) > BUDGET.searchRatio * nativeP99) broken.push(`web search p99 ${at(0.99).toFixed(2)} ms > ${BUDGET.searchRatio}× native ${nativeP99} ms`);
for (const b of broken) console.error(`budget broken: ${b}`);
process.exit(broken.length ? 1 : 0);
