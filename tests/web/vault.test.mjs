// The emergency plan in the web app: the core's vault (Argon2id,
// XChaCha20-Poly1305) runs in WebAssembly; the page keeps only its encrypted
// bytes in the browser's storage. The browser may erase them, so the plan
// can be saved as a file and opened from it again.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch } from "./browser.mjs";
import { serve } from "./serve.mjs";

const root = new URL("../../", import.meta.url).pathname;
const siteDir = process.env.KYR_WEB_SITE ?? `${root}target/web/site`;
const work = mkdtempSync(join(tmpdir(), "kyr-web-vault-"));
const PIN = "482916";
const NAME = "Ana Quispe Mamani";

let site, browser, context, page;

before(async () => {
  site = await serve(siteDir);
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: "en-US", acceptDownloads: true });
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

async function openPlan() {
  await page.goto(site.url);
  await page.waitForSelector("body[data-ready=true]");
  await page.click("#open-plan");
  await page.waitForSelector('main[data-screen="plan"]');
}

test("a plan made in the browser is kept encrypted and opens again with its PIN after a reload", async () => {
  await openPlan();
  await page.fill("#new-pin", PIN);
  await page.fill("#new-pin-again", PIN);
  await page.click("#create-vault");
  await page.waitForSelector("#plan-name");
  await page.fill("#plan-name", NAME);
  await page.click("#save-vault");
  await page.waitForSelector("#vault-done");
  const kept = await page.evaluate(() => localStorage.getItem("kyr-vault"));
  assert.ok(kept && kept.length > 40000, "the encrypted plan is stored");
  const raw = Buffer.from(kept, "base64");
  assert.equal(raw.includes(Buffer.from("Ana Quispe")), false, "no plaintext in storage");
  assert.equal(raw.subarray(0, 8).toString(), "KYRVAULT");

  await openPlan();
  await page.waitForSelector("#unlock-form");
  await page.fill("#pin", "000000");
  await page.click("#unlock-vault");
  await page.waitForSelector("#vault-error");
  await page.fill("#pin", PIN);
  await page.click("#unlock-vault");
  await page.waitForSelector("#plan-name");
  assert.equal(await page.inputValue("#plan-name"), NAME);
  await page.screenshot({ path: `${root}tests/artifacts/web/plan-open.png` });
});

test("a locked copy saved as a file brings the plan back after everything is erased", async () => {
  await openPlan();
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#vault-export")]);
  const file = join(work, download.suggestedFilename());
  await download.saveAs(file);
  assert.equal(download.suggestedFilename(), "kyr-plan.kyrvault");
  assert.equal(readFileSync(file).includes(Buffer.from("Ana Quispe")), false, "the copy is encrypted");

  await page.click("#back");
  await page.click("#open-settings");
  await page.click("#wipe");
  await page.click("#wipe-confirm");
  await page.waitForSelector("#wipe-done");
  assert.equal(await page.evaluate(() => localStorage.getItem("kyr-vault")), null, "erased from storage");

  await openPlan();
  await page.waitForSelector("#create-form");
  await page.setInputFiles("#vault-import", join(root, "Cargo.toml"));
  await page.waitForSelector("#vault-error");
  await page.waitForSelector("#create-form"); // a file that is not a plan changes nothing
  await page.setInputFiles("#vault-import", file);
  await page.waitForSelector("#unlock-form");
  assert.ok(await page.isVisible("#vault-done"), "says the plan is back");
  await page.fill("#pin", PIN);
  await page.click("#unlock-vault");
  await page.waitForSelector("#plan-name");
  assert.equal(await page.inputValue("#plan-name"), NAME);
});
