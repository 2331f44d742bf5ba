// Applies the interface strings that the core sends for the current locale.
// Elements name their message with data-l10n-id; a missing string leaves the
// element empty rather than showing a raw message id.

let strings = {};

/** Stores the UI view model and applies it to the whole document. */
export function applyUi(ui) {
  strings = ui.strings;
  document.documentElement.lang = ui.lang;
  document.documentElement.dir = ui.dir;
  document.documentElement.dataset.machineAssisted = String(ui.machine_assisted);
  translate(document);
  // "Language" in English too, so the button is found from any language.
  const english = document.getElementById("language-en");
  if (english) {
    english.textContent = ui.language_label_en;
    english.hidden = ui.lang === "en";
  }
  showNotices(ui);
}

/** The string for a message id in the current locale. */
export function t(id) {
  return strings[id] ?? "";
}

/** Fills every [data-l10n-id] element under root. */
export function translate(root) {
  for (const el of root.querySelectorAll("[data-l10n-id]")) {
    el.textContent = t(el.dataset.l10nId);
  }
}

function showNotices(ui) {
  const box = document.getElementById("notices");
  const texts = [...ui.notices];
  if (ui.machine_assisted) texts.push(t("notice-machine-assisted"));
  box.replaceChildren(...texts.map((text) => {
    const p = document.createElement("p");
    p.className = "notice";
    p.textContent = text;
    return p;
  }));
  // On guide pages this one moves below "Do this first" (see screens.js).
  if (ui.machine_assisted) box.lastChild.id = "notice-machine-assisted";
  if (ui.offer_erase) {
    // Unreadable saved data is kept until the user chooses to erase it.
    const erase = document.createElement("button");
    erase.type = "button";
    erase.id = "notice-erase";
    erase.className = "link-button notice-button";
    erase.textContent = t("wipe-title");
    erase.addEventListener("click", () => document.dispatchEvent(new CustomEvent("kyr-open-settings")));
    box.firstChild?.append(" ", erase);
  }
}
