// Clinic packs: the installed list, installing from a file after showing
// who made it (name and key code, to compare with what the clinic says),
// restoring the earlier version. The core verifies, checks and applies;
// nothing here decides whether a pack is safe.

import { api } from "./api.js";
import { filePicker, h, icon } from "./dom.js";
import { t } from "./l10n.js";

/** The core's limit for a pack file (pack::MAX_PACK_BYTES). */
const MAX_PACK_BYTES = 8 * 1024 * 1024;

/** The packs screen; `pending` holds a pack's bytes to review at once. */
export function packsScreen(view, afterChange, pending) {
  const result = h("div", { id: "pack-result", "aria-live": "polite" });
  const review = async (bytes) => showResult(result, await api.previewPack(bytes), bytes, afterChange);
  const input = filePicker({
    id: "pack-file", accept: ".kyrpack", label: t("packs-install"),
    onchange: async (e) => {
      const file = e.target.files[0];
      e.target.value = "";
      if (!file) return;
      // A file larger than any pack is refused before it is read.
      if (file.size > MAX_PACK_BYTES) {
        result.replaceChildren(message({ status: "refused", message: t("pack-error-too-large"), problems: [] }));
        return;
      }
      review(new Uint8Array(await file.arrayBuffer()));
    },
  });
  if (pending) setTimeout(() => review(pending), 0);
  return [
    h("h1", {}, t("packs-title")),
    h("p", {}, t("packs-intro")),
    view.packs.length === 0
      ? h("p", { class: "hint", id: "packs-none" }, t("packs-none"))
      : h("ul", { class: "packs", id: "packs" }, view.packs.map((p) => packItem(p, afterChange))),
    input,
    result,
  ];
}

function packItem(p, afterChange) {
  return h("li", { class: "pack", "data-pack": p.pack_id },
    h("p", { class: "pack-publisher" }, p.publisher),
    h("p", {}, p.version),
    h("p", { class: "key-code", dir: "ltr" }, p.key),
    h("button", {
      type: "button", class: p.can_restore ? "secondary" : "secondary destructive", "data-restore": p.pack_id,
      onclick: async () => afterChange(await api.restorePack(p.pack_id)),
    }, t(p.can_restore ? "pack-restore" : "pack-remove")));
}

/** A review to confirm, a refusal to explain, or a success. */
function showResult(box, view, bytes, afterChange) {
  if (view.status === "review") {
    const r = view.review;
    box.replaceChildren(h("section", { class: "pack-review", id: "pack-review" },
      h("h2", {}, t("pack-review-title")),
      h("p", { class: "pack-publisher", id: "review-publisher" }, r.publisher),
      h("p", { class: "key-code big", id: "review-key", dir: "ltr" }, r.key_id),
      h("p", {}, r.version),
      h("p", { class: r.first_time ? "warning" : "hint" }, r.explain),
      r.adds.length > 0 && h("h3", {}, t("pack-adds-title")),
      r.adds.length > 0 && h("ul", { class: "pack-adds", id: "review-adds" }, r.adds.map((line) => h("li", {}, line))),
      h("button", {
        type: "button", class: "primary", id: "review-install",
        onclick: async () => {
          api.forgetOpenedPack();
          afterChange(await api.installPack(bytes));
        },
      }, t(r.first_time ? "pack-review-install" : "pack-review-update")),
      h("button", { type: "button", class: "link-button", id: "review-cancel", onclick: () => { api.forgetOpenedPack(); box.replaceChildren(); } }, t("pack-review-cancel"))));
    box.querySelector("#review-install").focus();
    return;
  }
  box.replaceChildren(message(view));
}

/** The outcome of an install or restore, for the top of the screen. */
export function message(view) {
  const ok = view.status === "installed";
  return h("div", { class: ok ? "done" : "error", role: ok ? "status" : "alert", id: ok ? "pack-done" : "pack-error" },
    h("p", {}, view.message ?? ""),
    view.problems.length > 0 && h("ul", { dir: "ltr", class: "problems" }, view.problems.slice(0, 20).map((p) => h("li", {}, p))));
}

/** The clinic card on home, from the installed pack's profile. */
export function clinicCard(clinic) {
  if (!clinic) return null;
  return h("section", { class: "clinic-card", id: "clinic-card" },
    h("p", { class: "clinic-label" }, icon("directory", "icon icon-inline"), t("home-clinic")),
    h("p", { class: "clinic-name" }, clinic.name),
    clinic.phone && h("p", { class: "contact-phone", dir: "ltr" }, clinic.phone),
    clinic.phone_e164 && h("button", { type: "button", class: "small-button call", id: "clinic-call",
      onclick: () => api.openLink(`tel:${clinic.phone_e164}`) }, t("clinic-call")),
    h("p", { class: "badge contact-from" }, clinic.from),
    clinic.key && h("p", { class: "hint clinic-key", id: "clinic-key" }, clinic.key));
}
