// Safety screens: the locked emergency plan, the "I've been detained"
// message, the family plan printout, erasing everything, and quick exit.
// The core does the work (encryption, delays, checks); this module only
// shows its answers. PINs are never kept here: inputs are cleared at once.

import { api } from "./api.js";
import { filePicker, h, icon } from "./dom.js";
import { t } from "./l10n.js";

/** The plan screen in its current state; `refresh` re-renders it. */
export function planScreen(view, open, refresh) {
  const head = [h("h1", { id: "plan-title" }, t("vault-title"))];
  const notes = [
    view.error && h("p", { class: "error", role: "alert", id: "vault-error" }, view.error),
    view.done && h("p", { class: "done", role: "status", id: "vault-done" }, view.done),
  ];
  switch (view.state) {
    case "missing": return [...head, h("p", {}, t("vault-intro")), notes, createForm(refresh), savedCopy(view, refresh)];
    case "locked": return [...head, notes, unlockForm(view, refresh), h("p", { class: "hint" }, t("vault-locked-note")), savedCopy(view, refresh)];
    case "unreadable": return [...head, notes, h("p", { class: "error", role: "alert" }, t("vault-unreadable")),
      confirmButton("vault-erase-damaged", "erase-damaged", async () => refresh(await api.vaultEraseDamaged()))];
    default: return [...head, notes, planForm(view.plan, open, refresh), savedCopy(view, refresh)];
  }
}

/** The web app only: the browser may erase what a page keeps, so the plan,
 * still encrypted, can be saved as a file and opened again from it. */
function savedCopy(view, refresh) {
  if (api.shell !== "web") return null;
  const restore = async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    try {
      refresh(await api.vaultRestore(new Uint8Array(await file.arrayBuffer())));
    } catch (error) {
      refresh({ ...view, error: t(error?.message_id ?? "error-storage") });
    }
  };
  return h("section", { class: "section", id: "vault-copy" },
    h("h2", {}, t("web-vault-keep-title")),
    h("p", {}, t("web-vault-keep-text")),
    view.state === "missing"
      ? filePicker({ id: "vault-import", accept: ".kyrvault", label: t("web-vault-import"), onchange: restore })
      : h("button", { type: "button", class: "secondary", id: "vault-export", onclick: () => api.vaultExport() }, t("web-vault-export")));
}

function pinInput(id, labelId) {
  return [
    h("label", { for: id, class: "field-label" }, t(labelId)),
    h("input", { type: "password", id, class: "pin", autocomplete: "off", inputmode: "text", required: true }),
  ];
}

/** Reads a PIN field and clears it, so the page keeps no copy. */
function takePin(id) {
  const el = document.getElementById(id);
  const value = el.value;
  el.value = "";
  return value;
}

function createForm(refresh) {
  const error = h("p", { class: "error", role: "alert", id: "create-error", hidden: true });
  return h("form", {
    class: "vault-form", id: "create-form",
    onsubmit: async (e) => {
      e.preventDefault();
      const pin = takePin("new-pin");
      if (pin !== takePin("new-pin-again")) {
        error.textContent = t("vault-pin-mismatch");
        error.hidden = false;
        return;
      }
      refresh(await api.vaultCreate(pin));
    },
  },
  pinInput("new-pin", "vault-pin-label"),
  h("p", { class: "hint" }, t("vault-pin-hint")),
  pinInput("new-pin-again", "vault-pin-again"),
  error,
  h("button", { type: "submit", class: "primary", id: "create-vault" }, t("vault-create")));
}

function unlockForm(view, refresh) {
  const button = h("button", { type: "submit", class: "primary", id: "unlock-vault", disabled: view.wait_seconds > 0 }, t("vault-unlock"));
  const wait = view.wait && h("p", { class: "hint", id: "vault-wait", role: "status" }, view.wait);
  // The core refuses early tries anyway; this only spares a wasted tap.
  if (view.wait_seconds > 0) setTimeout(() => { button.disabled = false; wait?.remove(); }, view.wait_seconds * 1000);
  return h("form", {
    class: "vault-form", id: "unlock-form",
    onsubmit: async (e) => {
      e.preventDefault();
      button.disabled = true;
      button.textContent = t("vault-opening");
      refresh(await api.vaultUnlock(takePin("pin")));
    },
  }, pinInput("pin", "vault-pin-label"), wait, button);
}

function field(id, labelId, value, attrs = {}) {
  const input = attrs.multiline
    ? h("textarea", { id, rows: 3, maxlength: 500 }, value ?? "")
    : h("input", { type: attrs.type ?? "text", id, value: value ?? "", maxlength: 500, autocomplete: "off", ...(attrs.inputmode ? { inputmode: attrs.inputmode } : {}) });
  return [h("label", { for: id, class: "field-label" }, t(labelId)), input];
}

function contactRow(c, i) {
  const row = h("li", { class: "vault-contact" },
    field(`contact-name-${i}`, "vault-contact-name", c.name),
    field(`contact-phone-${i}`, "vault-contact-phone", c.phone, { type: "tel", inputmode: "tel" }),
    h("button", { type: "button", class: "secondary destructive", onclick: () => row.remove() }, t("vault-remove-contact")));
  return row;
}

/** Reads the form back into a plan for the core to check and encrypt. */
function readPlan() {
  const value = (id) => document.getElementById(id)?.value ?? "";
  const contacts = [...document.querySelectorAll(".vault-contact")].map((row) => ({
    name: row.querySelector("input[id^='contact-name']").value,
    phone: row.querySelector("input[id^='contact-phone']").value,
  }));
  return {
    name: value("plan-name"), a_number: value("plan-a-number"), contacts,
    children: value("plan-children"), documents: value("plan-documents"),
    lawyer_name: value("plan-lawyer-name"), lawyer_phone: value("plan-lawyer-phone"), notes: value("plan-notes"),
  };
}

function planForm(plan, open, refresh) {
  let next = plan.contacts.length;
  const contacts = h("ul", { class: "vault-contacts", id: "vault-contacts" },
    (plan.contacts.length ? plan.contacts : [{ name: "", phone: "" }]).map(contactRow));
  return [
    h("div", { class: "plan-actions" },
      h("button", { type: "button", class: "urgent-action", id: "open-detained", onclick: () => open.detained() },
        icon("alert", "icon icon-inline"), t("detained-button")),
      h("button", { type: "button", class: "link-button", id: "lock-vault", onclick: async () => refresh(await api.vaultLock()) }, t("vault-lock"))),
    h("form", {
      class: "vault-form", id: "plan-form",
      onsubmit: async (e) => {
        e.preventDefault();
        refresh(await api.vaultSave(readPlan()));
      },
    },
    field("plan-name", "vault-name-label", plan.name),
    field("plan-a-number", "vault-a-number-label", plan.a_number),
    h("h2", {}, t("vault-contacts-heading")),
    contacts,
    h("button", { type: "button", class: "link-button", id: "add-contact", onclick: () => contacts.append(contactRow({ name: "", phone: "" }, next++)) }, t("vault-add-contact")),
    h("h2", {}, t("vault-plan-heading")),
    field("plan-children", "vault-children-label", plan.children, { multiline: true }),
    field("plan-documents", "vault-documents-label", plan.documents, { multiline: true }),
    field("plan-lawyer-name", "vault-lawyer-name-label", plan.lawyer_name),
    field("plan-lawyer-phone", "vault-lawyer-phone-label", plan.lawyer_phone, { type: "tel", inputmode: "tel" }),
    field("plan-notes", "vault-notes-label", plan.notes, { multiline: true }),
    h("button", { type: "submit", class: "primary", id: "save-vault" }, t("vault-save"))),
    h("button", { type: "button", class: "tool", id: "print-plan", onclick: () => open.printPlan() }, icon("print"), h("strong", {}, t("vault-print"))),
    duressSection(refresh),
  ];
}

/** The second PIN: explained, and confirmed before it is set. */
function duressSection(refresh) {
  const wipe = h("input", { type: "checkbox", id: "duress-wipe" });
  const warning = h("p", { class: "warning", id: "duress-warning", hidden: true }, t("duress-wipe-warning"));
  wipe.addEventListener("change", () => { warning.hidden = !wipe.checked; });
  const confirm = h("button", { type: "button", class: "danger", id: "duress-confirm", hidden: true,
    onclick: async () => refresh(await api.vaultSetDuress(takePin("duress-pin"), wipe.checked)) }, t("duress-confirm"));
  return h("details", { class: "duress", id: "duress" },
    h("summary", {}, t("duress-title")),
    h("p", {}, t("duress-explain")),
    officialsWarning("duress-officials"),
    pinInput("duress-pin", "duress-pin-label"),
    h("p", { class: "check" }, wipe, " ", h("label", { for: "duress-wipe" }, t("duress-wipe-label"))),
    warning,
    h("button", { type: "button", class: "primary", id: "duress-set", onclick: (e) => { e.target.hidden = true; confirm.hidden = false; confirm.focus(); } }, t("duress-set")),
    confirm);
}

/** Hiding or erasing data once police or agents ask for it can be a crime
 * (obstruction): said before the second PIN and before erasing. */
function officialsWarning(id) {
  return h("p", { class: "warning", id, role: "note" }, t("officials-no-hiding"));
}

/** A destructive button that asks once more before acting. */
function confirmButton(labelId, id, action) {
  const yes = h("button", { type: "button", class: "danger", id: `${id}-confirm`, onclick: action }, t("wipe-confirm"));
  const no = h("button", { type: "button", class: "secondary", id: `${id}-cancel`, onclick: () => { box.hidden = true; first.hidden = false; } }, t("wipe-cancel"));
  const box = h("div", { class: "confirm", hidden: true }, yes, no);
  const first = h("button", { type: "button", class: "danger", id, onclick: () => { first.hidden = true; box.hidden = false; yes.focus(); } }, t(labelId));
  return h("div", {}, first, box);
}

/** "I've been detained": where to, the message, and who gets it. */
export function detainedScreen(view) {
  const preview = h("p", { class: "detained-text", id: "detained-text" }, view.text);
  const to = h("ul", { id: "detained-to" }, view.recipients.map((r) => h("li", {}, r)));
  const error = h("p", { class: "error", role: "alert", id: "detained-error", hidden: !view.error }, view.error ?? "");
  let url = view.url;
  const send = h("button", { type: "button", class: "primary", id: "detained-send", disabled: !url,
    onclick: () => url && api.openLink(url) }, t("detained-send"));
  const place = h("input", { type: "text", id: "detained-place", maxlength: 200, autocomplete: "off",
    oninput: async (e) => {
      const next = await api.detainedMessage(e.target.value);
      preview.textContent = next.text;
      url = next.url;
      send.disabled = !url;
    } });
  return [
    h("h1", {}, t("detained-title")),
    h("p", { class: "hint" }, t("detained-explain")),
    h("label", { for: "detained-place", class: "field-label" }, t("detained-place-label")), place,
    h("h2", {}, t("detained-to")), to,
    preview, error, send,
  ];
}

/** The family plan laid out for paper. */
export function printPlanScreen(view) {
  const p = view.plan;
  const row = (labelId, value) => value && h("div", { class: "plan-row" }, h("dt", {}, t(labelId)), h("dd", {}, value));
  return [
    h("button", { type: "button", class: "show-card", id: "print-button", onclick: () => window.print() }, t("print-button")),
    h("section", { class: "plan-sheet", id: "plan-sheet" },
      h("h1", {}, t("vault-print-title")),
      h("dl", {},
        row("vault-name-label", p.name),
        row("vault-a-number-label", p.a_number),
        p.contacts.map((c) => row("vault-contact-name", `${c.name} — ${c.phone}`)),
        row("vault-children-label", p.children),
        row("vault-documents-label", p.documents),
        row("vault-lawyer-name-label", p.lawyer_name),
        row("vault-lawyer-phone-label", p.lawyer_phone),
        row("vault-notes-label", p.notes)),
      h("p", { class: "hint" }, t("vault-print-note"))),
  ];
}

/** Settings' last section: erase everything, asked twice. */
export function wipeSection(onDone) {
  return h("section", { class: "wipe", id: "wipe-section" },
    h("h2", {}, t("wipe-title")),
    h("p", {}, t("wipe-explain")),
    officialsWarning("wipe-officials"),
    confirmButton("wipe-button", "wipe", async () => onDone(await api.wipeEverything())));
}

/** The privacy promise, for home and settings. */
export function privacyNote() {
  return h("section", { class: "privacy", id: "privacy" },
    h("h2", {}, t("privacy-title")), h("p", {}, t("privacy-text")));
}

// Quick exit. The page is reloaded on a neutral screen: everything the
// app showed, its DOM and its state are gone, and a back gesture finds only
// the neutral screen. Restarting the app opens on home.

const NEUTRAL = "#neutral";

/** Hides the app at once: the screen is emptied first, the plan is locked
 * before the page goes (half a second at most), and the current history
 * entry keeps no search query. */
export async function quickExit() {
  document.getElementById("screen")?.replaceChildren();
  history.replaceState(null, "");
  await Promise.race([api.vaultLock().catch(() => {}), new Promise((done) => setTimeout(done, 500))]);
  location.replace(`index.html${NEUTRAL}`);
}

/** True when the app was hidden and must stay on the neutral screen. */
export function isNeutral() {
  return location.hash === NEUTRAL;
}

/** Everyday notes the neutral screen lists (`neutral-note-<n>-title/body`). */
const NEUTRAL_NOTES = [1, 2, 3];

/** The neutral screen: an ordinary notes app, a list and an editor, that
 * saves nothing and shows nothing of kyr. It must look finished: a bare
 * page looks like a crash to its owner and like a disguise to anyone else. */
export function showNeutral() {
  const title = t("neutral-title") || "Notes";
  document.title = title;
  document.body.className = "neutral";
  const page = h("main", { id: "neutral", class: "neutral-page" });
  const list = () => page.replaceChildren(
    h("header", { class: "notes-bar" }, h("h1", {}, title),
      h("button", { type: "button", class: "notes-new", id: "neutral-new", onclick: () => edit("", "") }, h("span", { "aria-hidden": "true" }, "+"), h("span", {}, t("neutral-new")))),
    h("ul", { class: "notes-list" }, NEUTRAL_NOTES.map((n) => h("li", {},
      h("button", { type: "button", class: "note", onclick: () => edit(t(`neutral-note-${n}-title`), t(`neutral-note-${n}-body`)) },
        h("strong", {}, t(`neutral-note-${n}-title`)), h("span", {}, t(`neutral-note-${n}-body`)))))));
  const edit = (heading, body) => {
    page.replaceChildren(
      h("header", { class: "notes-bar" },
        h("button", { type: "button", class: "notes-back", id: "neutral-all", onclick: list }, h("span", { class: "notes-back-arrow", "aria-hidden": "true" }, "‹"), h("span", {}, t("neutral-all")))),
      h("textarea", { rows: 14, "aria-label": heading || title, placeholder: t("neutral-placeholder") }, body ? `${heading}\n\n${body}` : ""));
    page.querySelector("textarea").focus();
  };
  list();
  document.body.replaceChildren(page);
  // Back never returns to what was shown.
  window.addEventListener("popstate", () => history.pushState(null, "", NEUTRAL));
  history.pushState(null, "", NEUTRAL);
}

/** Escape twice within a second and a half hides the app. */
export function listenForDoubleEscape() {
  let last = 0;
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    const now = performance.now();
    if (now - last < 1500) quickExit();
    last = now;
  });
}

/** Locks the plan when the app goes to the background. */
export function lockWhenHidden(onLocked) {
  document.addEventListener("visibilitychange", async () => {
    if (document.visibilityState === "hidden") onLocked(await api.vaultLock());
  });
}
