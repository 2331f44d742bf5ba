// The one door to the Rust core. Every screen's data arrives here as a
// view model; the web view computes nothing and translates nothing itself.

// Looked up at each call, so a test can stand in for one command (open_link).
const invoke = (cmd, args, options) => window.__TAURI__.core.invoke(cmd, args, options);

export const api = {
  // The web app's api.js (crates/web/site) says "web".
  shell: "app",
  ui: () => invoke("ui"),
  home: () => invoke("home"),
  // Phone, text, email and https links go to the system's own apps.
  openLink: (url) => invoke("open_link", { url }),
  hideTipSeen: () => invoke("hide_tip_seen"),
  guide: (id) => invoke("guide", { id }),
  languages: () => invoke("languages"),
  setLanguage: (code) => invoke("set_language", { code }),
  glossary: () => invoke("glossary"),
  states: () => invoke("states"),
  setState: (code) => invoke("set_state", { code }),
  warrant: () => invoke("warrant"),
  cards: () => invoke("cards"),
  printCard: () => invoke("print_card"),
  // Ogg Opus bytes (an ArrayBuffer); the play control makes a blob: URL of them.
  recording: (id) => invoke("recording", { id }),
  directory: (q) => invoke("directory", { zip: q.zip ?? null, region: q.region ?? null, language: q.language ?? null, service: q.service ?? null }),
  myContacts: () => invoke("my_contacts"),
  saveContact: (key, saved) => invoke("save_contact", { key, saved }),
  importContacts: (bytes) => invoke("import_contacts", bytes),
  removeImport: (importId) => invoke("remove_import", { importId }),
  search: (query) => invoke("search", { query }),
  vault: () => invoke("vault"),
  vaultCreate: (pin) => invoke("vault_create", { pin }),
  vaultUnlock: (pin) => invoke("vault_unlock", { pin }),
  vaultLock: () => invoke("vault_lock"),
  vaultSave: (plan) => invoke("vault_save", { plan }),
  vaultSetDuress: (pin, wipeReal) => invoke("vault_set_duress", { pin, wipeReal }),
  vaultEraseDamaged: () => invoke("vault_erase_damaged"),
  detainedMessage: (place) => invoke("detained_message", { place }),
  wipeEverything: () => invoke("wipe_everything"),
  packs: () => invoke("packs"),
  // The pack travels as the raw request body; the header says the user confirmed.
  previewPack: (bytes) => invoke("install_pack", bytes),
  installPack: (bytes) => invoke("install_pack", bytes, { headers: { "x-kyr-install": "yes" } }),
  restorePack: (packId) => invoke("restore_pack", { packId }),
  openedPack: () => invoke("opened_pack", { forget: false }),
  forgetOpenedPack: () => invoke("opened_pack", { forget: true }),
};
