// The web shell's door to the Rust core: the same `api` as ui/api.js in the
// Tauri app, answered by the core compiled to WebAssembly (kyr_web.js).
// `kyr web build` puts this file in the site as api.js; nothing else in ui/
// differs. The core computes every view; this file only loads data, keeps
// the user's own database in the browser's storage, and reports errors in
// the shape the Tauri shell uses ({ code, message_id }).

import init, { WebKyr, first_language } from "./kyr_web.js";
import { keepOffline, watchForUpdates } from "./web.js";

// The user database (settings, saved and imported contacts) and the
// emergency plan (encrypted by the core; never seen here in the clear), as
// base64 bytes.
const USER_KEY = "kyr-user";
const VAULT_KEY = "kyr-vault";

/** One language's content database, from the site (or the offline cache). */
async function languageData(code) {
  let response;
  try {
    response = await fetch(`data/${encodeURIComponent(code)}.kyrdb`);
  } catch {
    response = null;
  }
  if (!response?.ok) throw { code: "offline", message_id: "web-language-offline" };
  const bytes = new Uint8Array(await response.arrayBuffer());
  keepOffline(`data/${encodeURIComponent(code)}.kyrdb`, bytes);
  return bytes;
}

function stored(key) {
  const text = localStorage.getItem(key);
  if (!text) return undefined;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return new Uint8Array([0]); // kept as it was: the core reports it unreadable
  }
}

function store(key, bytes) {
  if (!bytes) return;
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  localStorage.setItem(key, btoa(text));
}

function keepUser() {
  store(USER_KEY, core.user_bytes());
}

/** Calls the core's plan; its wrong-PIN wait and idle lock count on the
 * page's monotonic clock. Stores what changed. */
async function vaultChange(run) {
  core.set_clock(performance.now() / 1000);
  try {
    return await call(run);
  } finally {
    keepUser(); // wrong PINs are counted there
    const bytes = core.vault_bytes();
    if (bytes) store(VAULT_KEY, bytes);
    else localStorage.removeItem(VAULT_KEY);
  }
}

/** Saves the encrypted plan as a file the person keeps. */
function exportVault() {
  const bytes = core.vault_bytes();
  if (!bytes) return;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([bytes], { type: "application/octet-stream" }));
  link.download = "kyr-plan.kyrvault";
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** A reply of the core: its view as JSON, or its error as JSON. */
function call(run) {
  try {
    const json = run();
    return Promise.resolve(json === undefined ? undefined : JSON.parse(json));
  } catch (error) {
    try {
      return Promise.reject(JSON.parse(error));
    } catch {
      return Promise.reject({ code: "web", message_id: "error-storage" });
    }
  }
}

/** Calls the core, then stores the user database it changed. */
async function change(run) {
  const view = await call(run);
  keepUser();
  return view;
}

await init();
const today = new Date().toISOString().slice(0, 10);
// The core picks the language (the saved choice, else the browser's) and
// only that language's database is fetched: it holds English too.
const codes = await (await fetch("data/languages.json")).json();
const user = stored(USER_KEY);
const first = first_language(user, [...navigator.languages], codes);
let loaded = first;
const content = await languageData(first).catch(() => {
  loaded = "en"; // offline, and that language was never saved here
  return languageData("en");
});
const core = new WebKyr(content, user, stored(VAULT_KEY), [...navigator.languages], today);
if (core.locale() !== loaded) core.set_language(loaded, content);
let zipsLoaded = false;
async function loadZips() {
  if (zipsLoaded) return;
  const response = await fetch("data/zipcodes.kyrzip").catch(() => null);
  if (response?.ok) {
    core.set_zipcodes(new Uint8Array(await response.arrayBuffer()));
    zipsLoaded = true;
  }
}
watchForUpdates();

// Packs need the app: the core answers "not in the web app"; screens hide them.
const notHere = () => Promise.reject({ code: "not-in-web-app", message_id: "error-not-in-web-app" });

export const api = {
  shell: "web",
  ui: () => call(() => core.ui()),
  home: () => call(() => core.home()),
  hideTipSeen: () => change(() => core.hide_tip_seen()),
  // Phone, text and email links open the phone's apps; a website opens in
  // a new tab with no referrer. The core checks every link first.
  openLink: async (url) => {
    if (!core.link_allowed(url)) throw { code: "link-not-allowed", message_id: "error-content" };
    if (url.toLowerCase().startsWith("https://")) window.open(url, "_blank", "noopener,noreferrer");
    else location.href = url;
  },
  guide: (id) => call(() => core.guide(id)),
  languages: () => call(() => core.languages()),
  setLanguage: async (code) => {
    const data = await languageData(code);
    return change(() => core.set_language(code, data));
  },
  glossary: () => call(() => core.glossary()),
  states: () => call(() => core.states()),
  setState: (code) => change(() => core.set_state(code)),
  warrant: () => call(() => core.warrant()),
  cards: () => call(() => core.cards()),
  printCard: () => call(() => core.print_card()),
  // Ogg Opus bytes (a Uint8Array of their own); the play control makes a blob: URL of them.
  recording: (id) => {
    try {
      return Promise.resolve(core.recording(id));
    } catch (error) {
      return Promise.reject(JSON.parse(error));
    }
  },
  directory: async (q) => {
    if (q.zip) await loadZips();
    return call(() => core.directory(q.zip ?? null, q.region ?? null, q.language ?? null, q.service ?? null));
  },
  myContacts: () => call(() => core.my_contacts()),
  saveContact: (key, saved) => change(() => core.save_contact(key, saved)),
  importContacts: (bytes) => change(() => core.import_contacts(bytes)),
  removeImport: (importId) => change(() => core.remove_import(importId)),
  search: (query) => call(() => core.search(query)),
  vault: () => vaultChange(() => core.vault()),
  vaultCreate: (pin) => vaultChange(() => core.vault_create(pin)),
  vaultUnlock: (pin) => vaultChange(() => core.vault_unlock(pin)),
  vaultLock: () => vaultChange(() => core.vault_lock()),
  vaultSave: (plan) => vaultChange(() => core.vault_save(JSON.stringify(plan))),
  vaultSetDuress: (pin, wipeReal) => vaultChange(() => core.vault_set_duress(pin, wipeReal)),
  vaultEraseDamaged: () => vaultChange(() => core.vault_erase_damaged()),
  vaultExport: () => exportVault(),
  vaultRestore: (bytes) => vaultChange(() => core.vault_restore(bytes)),
  detainedMessage: (place) => call(() => core.detained_message(place)),
  wipeEverything: async () => {
    const view = await call(() => core.wipe_everything());
    localStorage.removeItem(USER_KEY);
    localStorage.removeItem(VAULT_KEY);
    sessionStorage.clear();
    return view;
  },
  packs: () => call(() => core.packs()),
  previewPack: notHere,
  installPack: notHere,
  restorePack: notHere,
  openedPack: () => Promise.resolve(null),
  forgetOpenedPack: () => Promise.resolve(null),
};
