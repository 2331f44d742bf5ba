// A clinic's own copy of the web app: `kyr web build --pack` bakes its
// signed pack into the site, so its name and card line are on home and its
// contacts come first; a pack whose signature fails builds nothing.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, controlled } from "./browser.mjs";
import { serve } from "./serve.mjs";

const root = new URL("../../", import.meta.url).pathname;
const kyr = process.env.KYR_BIN ?? `${root}target/debug/kyr`;
const work = mkdtempSync(join(tmpdir(), "kyr-web-clinic-"));
const run = (...args) => spawnSync(kyr, args, { cwd: root, encoding: "utf8" });
const build = (pack, out, ...more) => run("web", "build", "--out", out, "--pack", pack, "--wasm", `${root}target/web/pkg`, "--root", root, ...more);

let pack;
let audioPack;
before(() => {
  const key = join(work, "clinic.key");
  assert.equal(run("pack", "keygen", "--out", key).status, 0);
  pack = join(work, "sample.kyrpack");
  const made = run("pack", "build", "--key", key, "--out", pack, "examples/clinic-pack");
  assert.equal(made.status, 0, made.stderr);
  // The same pack with one recording of the lawyer phrase, labelled Mam
  // (the file is the app's own English one: any Ogg Opus will do here).
  const source = join(work, "audio-source");
  cpSync(`${root}examples/clinic-pack`, source, { recursive: true });
  mkdirSync(join(source, "audio"));
  copyFileSync(`${root}content/audio/en/phrase-lawyer.opus`, join(source, "audio/lawyer-mam.opus"));
  writeFileSync(join(source, "audio/recordings.toml"), '[[recording]]\nfile = "lawyer-mam.opus"\nmessage = "phrase-lawyer"\nlanguage = "Mam"\n');
  audioPack = join(work, "audio.kyrpack");
  const withAudio = run("pack", "build", "--key", key, "--out", audioPack, source);
  assert.equal(withAudio.status, 0, withAudio.stderr);
});

after(() => rmSync(work, { recursive: true, force: true }));

/** Serves a built site, opens it at phone size, waits for its service
 * worker, then goes offline and reloads: the page as a person has it. */
async function openOffline(out) {
  const site = await serve(out);
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForSelector("body[data-ready=true]");
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  return { site, browser, page };
}

test("a pack whose signature fails is refused and no site is written", () => {
  const bytes = readFileSync(pack);
  bytes[bytes.length - 10] ^= 0xff;
  const bad = join(work, "tampered.kyrpack");
  writeFileSync(bad, bytes);
  const out = join(work, "bad-site");
  const result = build(bad, out);
  assert.notEqual(result.status, 0);
  assert.match(result.stderr, /tampered\.kyrpack/);
  assert.equal(existsSync(out), false, "nothing written");
});

test("the clinic's site shows its name on home and its contacts first, offline", async () => {
  const out = join(work, "site");
  const result = build(pack, out);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /key code/, "the build says whose key signed the pack");
  const { site, browser, page } = await openOffline(out);
  try {
    assert.match(await page.textContent("#clinic-card"), /Example Clinic \(sample\)/);
    await page.click("#open-directory");
    await page.waitForSelector('main[data-screen="directory"]');
    await page.fill("#zip", "60601");
    await page.click("#directory-search");
    await page.waitForSelector("#results .contact");
    const first = await page.$eval("#results .contact .contact-name", (n) => n.textContent);
    assert.equal(first, "Example Clinic (sample)", "the clinic's own contact comes first");
    await page.screenshot({ path: `${root}tests/artifacts/web/clinic-directory.png` });
  } finally {
    await browser.close();
    await site.close();
  }
});

test("a clinic's recording, baked into its site, plays offline beside the phrase it reads", async () => {
  const out = join(work, "audio-site");
  const result = build(audioPack, out);
  assert.equal(result.status, 0, result.stderr);
  const { site, browser, page } = await openOffline(out);
  try {
    await page.click("#open-cards");
    await page.click(".scenario[data-deck='door']");
    for (let i = 0; i < 3; i++) await page.click("#card-next");
    await page.waitForFunction(() => document.querySelectorAll("#card .audio-play").length === 2);
    const label = await page.textContent("#card .audio-control:nth-child(2) .audio-play");
    assert.match(label, /Mam/);
    assert.match(label, /Example Clinic \(sample\)/);
    await page.$eval("#card .audio-control:nth-child(2) audio", (a) => {
      window.audioLog = [];
      for (const e of ["playing", "ended", "error"]) a.addEventListener(e, () => window.audioLog.push(e));
    });
    await page.click("#card .audio-control:nth-child(2) .audio-play");
    await page.waitForFunction(() => window.audioLog.includes("ended") || window.audioLog.includes("error"));
    assert.deepEqual(await page.evaluate(() => window.audioLog), ["playing", "ended"]);
  } finally {
    await browser.close();
    await site.close();
  }
});

test("the build prints a flyer whose QR code opens the site, with the steps in the chosen language", () => {
  const out = join(work, "flyer-site");
  const url = "https://clinic.example.org/kyr/";
  const result = build(pack, out, "--url", url, "--lang", "es");
  assert.equal(result.status, 0, result.stderr);
  const pdf = join(out, "flyer-es.pdf");
  assert.ok(existsSync(pdf), "flyer-es.pdf is written");
  const text = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, " ");
  const es = readFileSync(`${root}locales/es/web.ftl`, "utf8");
  const message = (id) => es.match(new RegExp(`^${id} = (.*)$`, "m"))[1];
  for (const id of ["web-flyer-title", "web-install-android", "web-install-iphone"]) {
    assert.ok(text.includes(message(id).replace(/\s+/g, " ")), `the flyer says ${id} in Spanish`);
  }
  assert.ok(text.includes(url), "the address is printed");
  spawnSync("pdftoppm", ["-r", "150", "-png", "-singlefile", pdf, join(work, "flyer")]);
  const decoded = spawnSync("zbarimg", ["--quiet", "--raw", join(work, "flyer.png")], { encoding: "utf8" });
  assert.equal(decoded.stdout.trim(), url, "the QR code holds the site's address");
  spawnSync("cp", [join(work, "flyer.png"), `${root}tests/artifacts/web/flyer-es.png`]);
});

test("a flyer needs the site's https address, checked before anything is written", () => {
  const out = join(work, "no-https");
  const result = build(pack, out, "--url", "http://clinic.example.org/");
  assert.notEqual(result.status, 0);
  assert.match(result.stderr, /https/);
  assert.equal(existsSync(out), false, "nothing written");
});
