// The screens: each turns a view model from the core into DOM. `open` holds
// the navigation callbacks from main.js, so screens never touch history.

import { audioControls } from "./audio.js";
import { h, icon } from "./dom.js";
import { t } from "./l10n.js";
import { clinicCard } from "./packs.js";
import { api } from "./api.js";

// The web app installs no clinic packs (a clinic builds its own copy), and
// shows how to add it to the home screen.
const web = api.shell === "web";

/** Guides with a short button under the red card (`home-short-<id>`). */
const SHORTCUTS = ["door", "car", "street", "arrest"];

/** How Hide works, in a picture and three sentences, until the person taps
 * "Got it": they learn it before they need it, not on the notes page. */
function hideTip() {
  return h("section", { class: "hide-tip", id: "hide-tip", "aria-labelledby": "hide-tip-title" },
    h("h2", { id: "hide-tip-title" }, t("hide-tip-title")),
    h("div", { class: "hide-tip-picture", "aria-hidden": "true" },
      h("span", { class: "hide-tip-button" }, icon("hide", "icon-button"), h("span", {}, t("quick-exit"))),
      h("span", { class: "hide-tip-arrow flip-rtl" }, "→"), icon("notes", "icon")),
    h("p", {}, t("hide-tip-text")),
    h("button", { type: "button", class: "secondary", id: "hide-tip-ok", onclick: async () => {
      await api.hideTipSeen();
      document.getElementById("hide-tip")?.remove();
      document.getElementById("quick-exit")?.focus();
    } }, t("hide-tip-ok")));
}

/** Home: the red card, the card to show an agent and the shortcuts for the
 * commonest moments above the fold; then search, tools and every scenario. */
export function homeScreen(home, open, searchArea) {
  const urgent = home.urgent && h("button", {
    type: "button", class: "urgent", id: "urgent", "data-guide": home.urgent.id,
    onclick: () => open.guide(home.urgent.id),
  }, icon(home.urgent.icon, "icon icon-urgent"), h("span", { class: "urgent-text" },
    h("strong", {}, t("home-urgent")), h("span", {}, t("home-urgent-hint"))));

  // The moments people are in most often, one tap each, under the red card.
  const shortcuts = h("ul", { class: "shortcuts", id: "shortcuts" }, SHORTCUTS.filter((id) => home.guides.some((g) => g.id === id)).map((id) =>
    h("li", {}, h("button", { type: "button", class: "shortcut", "data-shortcut": id, onclick: () => open.guide(id) },
      icon(home.guides.find((g) => g.id === id).icon, "icon icon-shortcut"), h("span", {}, t(`home-short-${id}`))))));

  const list = h("ul", { class: "scenarios" }, home.guides.map((g) => h("li", {},
    h("button", { type: "button", class: "scenario", "data-guide": g.id, onclick: () => open.guide(g.id) },
      icon(g.icon), h("span", { class: "scenario-text" }, h("strong", {}, g.title), h("span", {}, g.summary))))));

  return [
    h("h1", { class: "visually-hidden" }, t("app-title")),
    urgent,
    h("button", { type: "button", class: "tool tool-cards", id: "open-cards", onclick: () => open.cards() },
      icon("cards"), h("span", { class: "scenario-text" }, h("strong", {}, t("home-cards")), h("span", {}, t("home-cards-hint")))),
    shortcuts,
    home.hide_tip && hideTip(),
    clinicCard(home.clinic),
    searchArea,
    h("div", { id: "home-content" },
      h("button", { type: "button", class: "tool tool-warrant", id: "open-warrant", onclick: () => open.warrant() },
        icon("warrant"), h("span", { class: "scenario-text" }, h("strong", {}, t("home-warrant")), h("span", {}, t("home-warrant-hint")))),
      h("button", { type: "button", class: "tool", id: "open-directory", onclick: () => open.directory() },
        icon("directory"), h("span", { class: "scenario-text" }, h("strong", {}, t("home-directory")), h("span", {}, t("home-directory-hint")))),
      h("button", { type: "button", class: "tool", id: "open-plan", onclick: () => open.plan() },
        icon("family"), h("span", { class: "scenario-text" }, h("strong", {}, t("home-plan")), h("span", {}, t("home-plan-hint")))),
      web && h("button", { type: "button", class: "tool", id: "open-install", onclick: () => open.install() },
        icon("install"), h("span", { class: "scenario-text" }, h("strong", {}, t("web-install-open")), h("span", {}, t("web-install-open-hint")))),
      h("h2", { class: "scenarios-heading" }, t("home-scenarios")),
      list,
      h("h2", {}, t("home-more")),
      h("div", { class: "tools" },
        h("button", { type: "button", class: "tool", id: "open-glossary", onclick: () => open.glossary() }, icon("glossary"), h("strong", {}, t("nav-glossary"))),
        h("button", { type: "button", class: "tool", id: "open-settings", onclick: () => open.settings() }, icon("settings"), h("strong", {}, t("nav-settings"))),
        h("button", { type: "button", class: "tool", id: "open-print", onclick: () => open.print() }, icon("print"), h("strong", {}, t("nav-print")))),
    ),
    h("p", { class: "disclaimer" }, t("disclaimer")),
    h("p", { class: "disclaimer privacy-short", id: "privacy-home" }, t(web ? "web-privacy-text" : "privacy-text")),
  ];
}

/** One section of a guide; the last one, how to reach a lawyer, ends with
 * the directory, one tap away. */
function section(s, open) {
  return h("section", { class: `section section-${s.kind}`, "data-kind": s.kind, "data-section": s.index },
    h("h2", {}, s.heading),
    h("ul", {}, s.items.map((item) => itemView(item, s.kind === "say", open))),
    s.kind === "lawyer" && h("button", { type: "button", class: "tool", id: "guide-find-help", onclick: () => open.directory() },
      icon("directory"), h("span", { class: "scenario-text" }, h("strong", {}, t("home-directory")), h("span", {}, t("home-directory-hint")))));
}

/** The guide's notices (no lawyer review yet, out of date) as one compact
 * line after "Do this first"; where the translation is machine-assisted,
 * tapping it shows that notice too, which the top of the page then leaves out. */
function guideNotices(notices) {
  const machine = document.documentElement.dataset.machineAssisted === "true" ? t("notice-machine-assisted") : "";
  if (!machine) return notices.map((text) => h("p", { class: "guide-notice" }, text));
  return h("details", { class: "guide-notice", id: "guide-notices" },
    h("summary", {}, notices.length > 0 ? notices.join(" ") : machine),
    notices.length > 0 && h("p", { class: "guide-notice-more" }, machine));
}

/** A guide: the one thing to do first, review notices, the state note, the
 * other sections, and every source. */
export function guideScreen(guide, open) {
  return [
    h("header", { class: "guide-head" },
      icon(guide.icon),
      h("div", {}, h("h1", { id: "guide-title" }, guide.title), h("p", { class: "summary" }, guide.summary))),
    audioControls(guide.audio, "audio-guide"),
    h("button", { type: "button", class: "show-card", id: "show-card", onclick: () => open.cardsFor(guide.id) }, icon("cards", "icon icon-small"), t("guide-show-card")),
    // The one thing to do comes first; notices about the guide follow it.
    guide.sections.filter((s) => s.kind === "first").map((s) => section(s, open)),
    guideNotices(guide.notices),
    guide.state_note && stateNote(guide.state_note, open),
    guide.sections.filter((s) => s.kind !== "first").map((s) => section(s, open)),
    h("section", { class: "guide-sources" },
      h("h2", {}, t("guide-sources"), " ", h("span", { class: "count" }, `(${guide.sources_count})`)),
      h("ol", {}, guide.sources.map((c) => h("li", {}, citation(c))))),
    h("p", { class: "reviewed" }, guide.last_reviewed),
  ];
}

function itemView(item, isPhrase, open) {
  return h("li", { class: isPhrase ? "phrase" : "item" },
    h("p", { class: "text" }, item.text),
    // The label in the page's language and direction, then the English on
    // its own line, left to right (in Arabic the label stays at the right).
    item.english && h("div", { class: "english" },
      h("span", { class: "english-label" }, t("phrase-english-label")),
      h("span", { class: "english-text", lang: "en", dir: "ltr" }, item.english)),
    audioControls(item.audio),
    item.terms && item.terms.length > 0 && h("p", { class: "terms" },
      h("span", { class: "terms-label" }, t("guide-terms")), " ",
      item.terms.map((term) => h("button", { type: "button", class: "term", "data-term": term.id, onclick: () => open.glossary(term.id) }, term.term))),
    item.citations.length > 0 && h("details", { class: "sources" },
      h("summary", {}, t("citation-sources")),
      h("ul", {}, item.citations.map((c) => h("li", {}, citation(c))))));
}

function stateNote(note, open) {
  return h("aside", { class: "state-note", id: "state-note", "data-state": note.code ?? "" },
    h("h2", {}, note.heading),
    note.text && h("p", {}, note.text),
    note.citations.length > 0 && h("ul", { class: "state-cites" }, note.citations.map((c) => h("li", {}, citation(c)))),
    h("button", { type: "button", class: "link-button", id: "change-state", onclick: () => open.states() }, t("state-note-change")));
}

function citation(c) {
  return h("span", { class: "citation" },
    h("span", { class: "cite", lang: "en", dir: "ltr" }, c.cite),
    h("span", { class: "cite-meta" }, `${c.kind} · ${c.publisher} · ${c.read_on}`),
    h("span", { class: "cite-source", dir: "ltr" }, c.source));
}

/** The language screen: every locale named in its own language. */
export function languagesScreen(view, choose) {
  return [
    h("h1", { id: "language-title" }, t("language-title")),
    h("div", { role: "radiogroup", "aria-labelledby": "language-title", class: "choices" },
      view.options.map((o) => h("button", {
        type: "button", role: "radio", class: "choice",
        "aria-checked": String(o.code === view.current), "data-lang": o.code,
        onclick: () => choose(o.code),
      }, h("span", { lang: o.code, dir: o.dir, class: "choice-name language-name" }, o.name),
        o.machine_assisted && h("span", { class: "choice-note" }, t("language-machine"))))),
  ];
}

/** The glossary; `focus` is the id of the entry to scroll to, if any. */
export function glossaryScreen(view) {
  return [
    h("h1", {}, t("glossary-title")),
    h("dl", { class: "glossary" }, view.entries.map((e) => h("div", { class: "glossary-entry", id: `term-${e.id}`, tabindex: "-1" },
      h("dt", {}, e.term), h("dd", {}, e.definition)))),
  ];
}

/** Settings: the language and the user's state. */
export function settingsScreen(languages, states, open) {
  const language = languages.options.find((o) => o.code === languages.current);
  const state = states.options.find((o) => o.code === states.current);
  return [
    h("h1", {}, t("settings-title")),
    h("button", { type: "button", class: "setting", id: "setting-language", onclick: () => open.languages() },
      h("strong", {}, t("nav-language")), h("span", { lang: language?.code }, language?.name ?? "")),
    h("button", { type: "button", class: "setting", id: "setting-state", onclick: () => open.states() },
      h("strong", {}, t("settings-state")), h("span", {}, state ? state.name : t("settings-state-none"))),
    h("p", { class: "hint" }, t("settings-state-hint")),
    !web && h("button", { type: "button", class: "setting", id: "setting-packs", onclick: () => open.packs() },
      h("strong", {}, t("packs-title")), h("span", {}, t("packs-install"))),
    h("p", { class: "disclaimer" }, t("directory-credit")),
  ];
}

/** The state picker. */
export function statesScreen(view, choose) {
  return [
    h("h1", { id: "states-title" }, t("state-picker-title")),
    h("div", { role: "radiogroup", "aria-labelledby": "states-title", class: "choices" },
      view.options.map((o) => h("button", {
        type: "button", role: "radio", class: "choice", "data-state": o.code,
        "aria-checked": String(o.code === view.current), onclick: () => choose(o.code),
      }, h("span", { class: "choice-name" }, o.name)))),
  ];
}

/** One step of the warrant checker, or its result. */
export function warrantScreen(view, at, open) {
  const intro = [h("h1", { id: "warrant-title" }, t("warrant-title"))];
  if (at.result) {
    const r = view.results.find((x) => x.id === at.result);
    return [...intro,
      h("div", { class: `verdict verdict-${r.tone}`, id: "warrant-result", "data-result": r.id },
        h("p", { class: "verdict-tone" }, t(`warrant-tone-${r.tone}`)),
        h("h2", {}, r.title)),
      h("ul", { class: "verdict-text" }, r.text.map((p) => h("li", {}, p))),
      h("section", { class: "section section-say" }, h("h2", {}, t("section-say")),
        h("ul", {}, r.say.map((p) => itemView(p, true, open)))),
      h("details", { class: "sources" }, h("summary", {}, t("citation-sources")),
        h("ul", {}, r.citations.map((c) => h("li", {}, citation(c))))),
      h("button", { type: "button", class: "link-button", id: "warrant-restart", onclick: () => open.warrant() }, t("warrant-start-over")),
    ];
  }
  const step = view.steps.find((s) => s.id === (at.step ?? view.start));
  return [...intro,
    at.step ? null : h("p", { class: "hint" }, t("warrant-intro")),
    h("fieldset", { class: "question", "data-step": step.id },
      h("legend", {}, h("h2", { class: "question-text" }, step.question)),
      h("p", { class: "hint" }, step.hint),
      step.picture && h("img", { class: "picture", src: `pictures/${step.picture}.svg`, alt: t(`warrant-picture-${step.picture.replace("warrant-", "")}`) }),
      h("div", { class: "answers" }, step.answers.map((a, i) => h("button", {
        type: "button", class: "answer", "data-answer": String(i),
        onclick: () => open.warrant(a.next ? { step: a.next } : { result: a.result }),
      }, a.text)))),
  ];
}

/** The web app: how to add it to the home screen, on Android and iPhone,
 * each step with the picture of the button to look for. */
export function installScreen() {
  const steps = (prefix, pictures) => h("ol", { class: "install-steps" }, [1, 2, 3].map((n) =>
    h("li", {}, pictures[n - 1] && icon(pictures[n - 1], "icon install-icon"), h("span", {}, t(`${prefix}-${n}`)))));
  const standalone = window.matchMedia("(display-mode: standalone)").matches || navigator.standalone === true;
  return [
    h("h1", {}, t("web-install-title")),
    standalone ? h("p", { class: "done", id: "install-done" }, t("web-install-done")) : h("p", {}, t("web-install-intro")),
    h("section", { class: "section", id: "install-android" },
      h("h2", {}, t("web-install-android")), steps("web-install-android", ["menu-dots", "install", null])),
    h("section", { class: "section", id: "install-iphone" },
      h("h2", {}, t("web-install-iphone")), steps("web-install-iphone", ["share-ios", "install", null]),
      h("p", {}, t("web-install-iphone-note"))),
  ];
}
