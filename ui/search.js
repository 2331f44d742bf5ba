// Search as you type. The core folds, ranks and cuts snippets; this module
// only shows them. Matched words arrive as flagged text pieces and become
// <mark> elements, so content is never parsed as HTML.

import { api } from "./api.js";
import { h, icon } from "./dom.js";
import { t } from "./l10n.js";

/**
 * Search on the home screen: a field, a live count and the results. While
 * the field holds a query, the results take the place of the home screen's
 * content (`#home-content`); clearing it brings that back. `remember` keeps
 * the query in the history entry, so coming back from a result restores it.
 */
export function searchArea(query, open, remember) {
  const count = h("p", { id: "search-count", class: "search-count", role: "status" });
  const list = h("ol", { id: "search-results", class: "search-results" });
  let latest = 0;
  const show = (active) => {
    document.getElementById("home-content")?.toggleAttribute("hidden", active);
    count.hidden = !active;
    list.hidden = !active;
  };
  const run = async (text) => {
    const mine = ++latest;
    if (!text.trim()) {
      show(false);
      list.replaceChildren();
      return;
    }
    const view = await api.search(text);
    if (mine !== latest) return; // a newer keystroke already asked
    count.textContent = view.results.length ? view.count : t("search-none");
    list.replaceChildren(...view.results.map((r) => resultItem(r, open)));
    list.dataset.query = text; // what the list shows (tests time keystroke to paint)
    show(true);
  };
  const input = h("input", {
    type: "search", id: "search-input", value: query ?? "", autocomplete: "off", spellcheck: "false",
    placeholder: t("search-hint"), "aria-describedby": "search-count", "aria-controls": "search-results",
    oninput: (e) => {
      field.classList.toggle("has-text", e.target.value !== "");
      remember(e.target.value);
      // Every keystroke searches at once: the core answers in a millisecond
      // or two, and an answer to an older keystroke is dropped.
      run(e.target.value);
    },
  });
  // Our own clear button: the browser's is a 24 px target that ignores the
  // page's direction. It shows only while there is something to clear.
  const clear = h("button", {
    type: "button", id: "search-clear", class: "search-clear", "aria-label": t("search-clear"),
    onclick: () => {
      input.value = "";
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.focus();
    },
  }, h("span", { "aria-hidden": "true" }, "×"));
  const field = h("div", { class: "search-field field-with-button" }, input, clear);
  field.classList.toggle("has-text", Boolean(query));
  count.hidden = true;
  list.hidden = true;
  // Run once the screen is in the document, to restore a query.
  if (query && query.trim()) setTimeout(() => run(query), 0);
  return [
    h("form", { role: "search", class: "search-box", onsubmit: (e) => e.preventDefault() },
      h("label", { for: "search-input", class: "search-label" }, icon("search", "icon icon-inline"), t("search-label")),
      field),
    count,
    list,
  ];
}

function resultItem(r, open) {
  const lang = r.english ? { lang: "en", dir: "ltr" } : {};
  return h("li", {},
    h("button", {
      type: "button", class: "search-result", "data-kind": r.kind, "data-target": r.target,
      "data-section": r.section ?? "", "data-english": String(r.english),
      onclick: () => openResult(r, open),
    },
      icon(r.icon, "icon icon-inline"),
      h("span", { class: "search-result-text" },
        h("span", { class: "search-result-kind" }, r.kind_label,
          r.section_label ? ` · ${r.section_label}` : "",
          r.english ? h("span", { class: "search-english" }, t("search-in-english")) : null),
        h("strong", { class: "search-result-title", ...lang }, marked(r.title)),
        h("span", { class: "search-snippet", ...lang }, marked(r.snippet)))));
}

function marked(parts) {
  return parts.map((p) => (p.hit ? h("mark", {}, p.text) : p.text));
}

function openResult(r, open) {
  switch (r.kind) {
    case "guide": return open.guide(r.target, r.section);
    case "card": return open.cards({ deck: r.target, index: r.section ?? 0 });
    case "term": return open.glossary(r.target);
    case "state": return open.states(r.target);
    default: return undefined;
  }
}
