// The screens: each turns a view model from the core into DOM.

import { h, icon } from "./dom.js";
import { t } from "./l10n.js";

/** Home: the urgent shortcut, then every scenario as a large button. */
export function homeScreen(home, open) {
  const urgent = home.urgent && h("button", {
    type: "button", class: "urgent", id: "urgent", "data-guide": home.urgent.id,
    onclick: () => open.guide(home.urgent.id),
  }, icon(home.urgent.icon, "icon icon-urgent"), h("span", { class: "urgent-text" },
    h("strong", {}, t("home-urgent")), h("span", {}, t("home-urgent-hint"))));

  const list = h("ul", { class: "scenarios" }, home.guides.map((g) => h("li", {},
    h("button", { type: "button", class: "scenario", "data-guide": g.id, onclick: () => open.guide(g.id) },
      icon(g.icon), h("span", { class: "scenario-text" }, h("strong", {}, g.title), h("span", {}, g.summary))))));

  return [
    h("h1", { class: "visually-hidden" }, t("app-title")),
    urgent,
    h("h2", { class: "scenarios-heading" }, t("home-scenarios")),
    list,
    h("p", { class: "disclaimer" }, t("disclaimer")),
  ];
}

/** A guide: its sections in order, phrases with their English line, sources. */
export function guideScreen(guide) {
  return [
    h("header", { class: "guide-head" },
      icon(guide.icon),
      h("div", {}, h("h1", { id: "guide-title" }, guide.title), h("p", { class: "summary" }, guide.summary))),
    guide.sections.map((s) => h("section", { class: `section section-${s.kind}`, "data-kind": s.kind },
      h("h2", {}, s.heading),
      h("ul", {}, s.items.map((item) => h("li", { class: s.kind === "say" ? "phrase" : "item" },
        h("p", { class: "text" }, item.text),
        item.english && h("p", { class: "english", lang: "en", dir: "ltr" },
          h("span", { class: "english-label" }, t("phrase-english-label")), " ", item.english),
        item.citations.length > 0 && sources(item.citations)))))),
    h("p", { class: "reviewed" }, guide.last_reviewed),
  ];
}

function sources(citations) {
  return h("details", { class: "sources" },
    h("summary", {}, t("citation-sources")),
    h("ul", {}, citations.map((c) => h("li", {},
      h("span", { class: "cite", lang: "en", dir: "ltr" }, c.cite),
      h("span", { class: "cite-meta" }, `${c.kind} · ${c.read_on}`),
      h("span", { class: "cite-source", dir: "ltr" }, c.source)))));
}

/** The language screen: every locale named in its own language. */
export function languagesScreen(view, choose) {
  return [
    h("h1", { id: "language-title" }, t("language-title")),
    h("div", { role: "radiogroup", "aria-labelledby": "language-title", class: "languages" },
      view.options.map((o) => h("button", {
        type: "button", role: "radio", class: "language",
        "aria-checked": String(o.code === view.current), "data-lang": o.code,
        onclick: () => choose(o.code),
      }, h("span", { lang: o.code, dir: o.dir, class: "language-name" }, o.name),
        o.machine_assisted && h("span", { class: "language-note" }, t("language-machine"))))),
  ];
}
