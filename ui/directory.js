// The legal aid directory: search by ZIP code, state, language and service;
// call, text or copy a number; open a website after a warning; save
// contacts; import a clinic's CSV. Links go to the phone's own apps through
// the shell (api.openLink) — the app itself connects to nothing.

import { api } from "./api.js";
import { filePicker, h, icon } from "./dom.js";
import { t } from "./l10n.js";

function openExternal(url) {
  return api.openLink(url);
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Older web views: copy through a hidden field.
    const field = h("textarea", { class: "visually-hidden" }, text);
    document.body.append(field);
    field.select();
    document.execCommand("copy");
    field.remove();
  }
  button.textContent = t("directory-copied");
}

/** One contact, with its source and the date it was checked. */
export function contactCard(c) {
  const saveButton = h("button", {
    type: "button", class: "secondary save", "aria-pressed": String(c.saved), "data-key": c.key,
    onclick: async (e) => {
      const button = e.currentTarget; // gone from the event once we await
      const saved = button.getAttribute("aria-pressed") !== "true";
      await api.saveContact(c.key, saved);
      button.setAttribute("aria-pressed", String(saved));
      button.textContent = t(saved ? "directory-saved" : "directory-save");
    },
  }, t(c.saved ? "directory-saved" : "directory-save"));
  // Contacts added from a file can be removed together, file by file.
  const removeButton = c.import_id !== null && c.import_id !== undefined && h("button", {
    type: "button", class: "secondary destructive remove-import", "data-import": String(c.import_id),
    onclick: async () => {
      const result = await api.removeImport(c.import_id);
      document.querySelectorAll(`li[data-import="${c.import_id}"]`).forEach((li) => li.remove());
      document.getElementById("import-report")?.replaceChildren(h("p", { class: "notice" }, result.message));
    },
  }, t("import-remove"));
  // One clear first action: Call, or the website when there is no number.
  // Everything else waits one tap away under "More".
  const call = c.phone_e164 && h("button", { type: "button", class: "primary call", onclick: () => openExternal(`tel:${c.phone_e164}`) },
    icon("call", "icon-button"), h("span", {}, t("directory-call")), c.phone && h("span", { class: "call-number", dir: "ltr" }, c.phone));
  // An alert network's sign-up: the text that joins it, ready to send.
  const signup = c.sms_link && h("button", { type: "button", class: call ? "secondary signup" : "primary signup", onclick: () => openExternal(c.sms_link) },
    !call && icon("message", "icon-button"), h("span", {}, c.signup));
  const website = c.url && h("button", {
    // The notice names the site the browser will open.
    type: "button", class: call || signup ? "secondary" : "primary website", onclick: () => { if (window.confirm(`${t("directory-leaving")}\n\n${new URL(c.url).host}`)) openExternal(c.url); },
  }, t(c.kind_id === "alert_signup" ? "directory-signup-page" : "directory-website"));
  const first = call || signup || website;
  return h("li", { class: "contact", "data-key": c.key, "data-import": c.import_id ?? undefined },
    h("p", { class: "contact-name" }, c.name),
    c.from && h("p", { class: "badge contact-from" }, c.from),
    // A clinic's report never hides the entry: it stands beside it.
    c.reported_outdated.map((line) => h("p", { class: "badge badge-warn reported-outdated" }, line)),
    h("p", { class: "contact-meta" }, [c.kind, c.distance].filter(Boolean).join(" · ")),
    c.address && h("p", { class: "contact-address", dir: "auto" }, c.address),
    c.serves && h("p", { class: "contact-serves" }, c.serves),
    c.kind_id === "alert_signup" && h("p", { class: "hint contact-signup-hint" }, t("directory-signup-hint")),
    c.not_confirmed && h("p", { class: "badge badge-warn" }, t("directory-not-confirmed")),
    c.one_source && h("p", { class: "badge" }, t("directory-one-source")),
    c.services.length > 0 && h("p", { class: "contact-services" }, c.services.join(" · ")),
    !call && c.phone && h("p", { class: "contact-phone", dir: "ltr" }, c.phone),
    first,
    h("details", { class: "more" }, h("summary", { class: "secondary" }, t("directory-more")),
      h("div", { class: "more-actions" },
        signup !== first && signup,
        c.phone_e164 && h("button", { type: "button", class: "secondary", onclick: () => openExternal(`sms:${c.phone_e164}`) }, t("directory-text")),
        c.phone && h("button", { type: "button", class: "secondary copy", onclick: (e) => copy(c.phone, e.currentTarget) }, t("directory-copy")),
        website !== first && website,
        saveButton, removeButton)),
    // Where the entry was read, and how old that page is, in plain sight.
    h("p", { class: "contact-checked" }, h("span", { class: "contact-source-host" }, c.source_host), " · ", c.checked),
    c.old && h("p", { class: "badge badge-warn" }, t("directory-old")),
    h("details", { class: "sources" }, h("summary", {}, t("directory-source")),
      h("p", { class: "cite-source", dir: "ltr" }, c.source_url),
      c.source_quote && h("p", { class: "contact-quote" }, `“${c.source_quote}”`)));
}

function select(id, label, any, options, value) {
  return [
    h("label", { for: id, class: "field-label" }, label),
    h("select", { id, name: id }, h("option", { value: "" }, any),
      options.map((o) => h("option", { value: o.code, selected: o.code === value }, o.name))),
  ];
}

/** The search form, the results, and the clinic import. */
export function directoryScreen(view, query, open) {
  const form = h("form", { role: "search", class: "directory-form", onsubmit: (e) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    open.directory({ zip: data.get("zip"), region: data.get("region"), language: data.get("language"), service: data.get("service") });
  } },
  h("label", { for: "zip", class: "field-label" }, t("directory-zip")),
  h("input", { id: "zip", name: "zip", inputmode: "numeric", maxlength: "5", pattern: "[0-9]{5}", autocomplete: "postal-code", value: query.zip ?? "" }),
  select("region", t("directory-state"), t("directory-state-any"), view.states, query.region),
  select("language", t("directory-language"), t("directory-language-any"), view.languages, query.language),
  select("service", t("directory-service"), t("directory-service-any"), view.services, query.service),
  h("button", { type: "submit", class: "show-card", id: "directory-search" }, t("directory-search")));

  const searched = query.zip || query.region || query.language || query.service;
  const results = [];
  // A clinic pack's own contacts come first, labelled with the clinic.
  if (view.clinics.length > 0) results.push(h("h2", {}, t("home-clinic")), h("ul", { class: "contacts", id: "clinics" }, view.clinics.map(contactCard)));
  if (view.error) results.push(h("p", { class: "error", role: "alert", id: "directory-error" }, view.error));
  else if (searched) {
    if (view.local.length > 0) results.push(h("h2", {}, t("directory-local")), h("ul", { class: "contacts", id: "local" }, view.local.map(contactCard)));
    results.push(h("h2", {}, t("directory-national")), h("ul", { class: "contacts", id: "national" }, view.national.map(contactCard)));
    if (view.local.length + view.national.length === 0) results.push(h("p", {}, t("directory-none")));
    // Contacts added from files: after the vetted ones, apart and labelled.
    if (view.imported.length > 0) results.push(h("h2", {}, t("directory-imported")), h("ul", { class: "contacts", id: "imported" }, view.imported.map(contactCard)));
  }
  return [
    h("h1", {}, t("directory-title")),
    h("p", { class: "hint" }, t("directory-hint")),
    form,
    h("button", { type: "button", class: "link-button", id: "my-contacts", onclick: () => open.myContacts() }, t("directory-my-contacts")),
    h("div", { id: "results", "aria-live": "polite" }, results),
    importSection(),
    h("p", { class: "disclaimer" }, t("directory-credit")),
  ];
}

/** The core's limit for a contacts file (directory::MAX_CSV_BYTES). */
const MAX_CSV_BYTES = 2 * 1024 * 1024;
/** A broken file's problems are listed up to this many lines. */
const MAX_ERRORS_SHOWN = 50;

function importSection() {
  const report = h("div", { id: "import-report", role: "status" });
  const input = filePicker({ id: "import-file", accept: ".csv,text/csv", label: t("import-choose"), onchange: async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    // Sizes are checked before reading; the bytes go to the core as they are.
    if (file.size > MAX_CSV_BYTES) {
      report.replaceChildren(h("p", { class: "error" }, t("import-failed")), h("ul", { class: "import-errors" }, h("li", {}, t("import-error-too-large"))));
      e.target.value = "";
      return;
    }
    const result = await api.importContacts(new Uint8Array(await file.arrayBuffer()));
    e.target.value = "";
    const shown = result.errors.slice(0, MAX_ERRORS_SHOWN);
    if (result.errors.length > shown.length) shown.push("…");
    report.replaceChildren(h("p", { class: result.added > 0 ? "notice" : "error" }, result.message),
      shown.length > 0 && h("ul", { class: "import-errors" }, shown.map((line) => h("li", {}, line))));
  } });
  return h("section", { class: "import" },
    h("h2", {}, t("import-title")),
    h("p", { class: "hint" }, t("import-hint")),
    input, report);
}

/** The contacts the user saved. */
export function myContactsScreen(contacts) {
  return [
    h("h1", {}, t("directory-my-contacts")),
    contacts.length === 0 ? h("p", {}, t("directory-my-contacts-empty")) : h("ul", { class: "contacts", id: "saved" }, contacts.map(contactCard)),
  ];
}


