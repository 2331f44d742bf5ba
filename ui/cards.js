// Card mode: one statement at a time, full screen, in very large type —
// English for the agent, the user's language under it. Tap the arrows, swipe,
// or use the arrow keys; the screen is kept awake where the platform allows.

import { audioControls } from "./audio.js";
import { h, icon } from "./dom.js";
import { t } from "./l10n.js";

/** The list of decks, one per situation. */
export function decksScreen(view, open) {
  return [
    h("h1", {}, t("cards-title")),
    h("ul", { class: "scenarios" }, view.decks.map((d) => h("li", {},
      h("button", { type: "button", class: "scenario", "data-deck": d.id, onclick: () => open.cards({ deck: d.id, index: 0 }) },
        icon(d.icon), h("span", { class: "scenario-text" }, h("strong", {}, d.title)))))),
  ];
}

/** One card of a deck; `move(delta)` shows the neighbour, `close()` leaves. */
export function cardScreen(view, at, move, close) {
  const deck = view.decks.find((d) => d.id === at.deck) ?? view.decks[0];
  const index = Math.min(Math.max(at.index ?? 0, 0), deck.cards.length - 1);
  const card = deck.cards[index];
  const showLocal = document.documentElement.lang !== "en";
  const dots = h("p", { class: "card-dots", "aria-hidden": "true" },
    deck.cards.map((_, i) => h("span", { class: i === index ? "dot dot-on" : "dot" })));
  return [
    h("div", { class: "card", id: "card", "data-deck": deck.id, "data-index": String(index) },
      h("div", { class: "card-top" },
        h("p", { class: "card-deck" }, deck.title),
        h("button", { type: "button", class: "card-close", id: "card-close", onclick: close }, t("cards-close"))),
      h("p", { class: "card-label", lang: "en", dir: "ltr" }, view.agent_label),
      h("p", { class: "card-english", lang: "en", dir: "ltr", id: "card-english" }, card.english),
      audioControls(card.audio, "audio-card"),
      showLocal && h("p", { class: "card-local", id: "card-local" }, card.text),
      dots,
      h("div", { class: "card-nav" },
        h("button", { type: "button", class: "card-step", id: "card-previous", disabled: index === 0, "aria-label": t("cards-previous"), onclick: () => move(-1) },
          h("img", { class: "flip-rtl", src: "icons/back.svg", alt: "", width: 40, height: 40 })),
        h("button", { type: "button", class: "card-step", id: "card-next", disabled: index === deck.cards.length - 1, "aria-label": t("cards-next"), onclick: () => move(1) },
          h("img", { class: "flip-rtl flip", src: "icons/back.svg", alt: "", width: 40, height: 40 })))),
  ];
}

let wakeLock = null;

/** Keeps the screen on while a card shows, where the web view supports it. */
export async function keepAwake(on) {
  try {
    if (on && !wakeLock && navigator.wakeLock) wakeLock = await navigator.wakeLock.request("screen");
    if (!on && wakeLock) {
      await wakeLock.release();
      wakeLock = null;
    }
  } catch {
    wakeLock = null; // Not allowed here: the card still shows.
  }
}

/** Swipe left or right on an element calls `move(±1)` (mirrored in RTL). */
export function onSwipe(element, move) {
  let startX = null;
  element.addEventListener("touchstart", (e) => { startX = e.changedTouches[0].clientX; }, { passive: true });
  element.addEventListener("touchend", (e) => {
    if (startX === null) return;
    const dx = e.changedTouches[0].clientX - startX;
    startX = null;
    if (Math.abs(dx) < 50) return;
    const forward = document.documentElement.dir === "rtl" ? dx > 0 : dx < 0;
    move(forward ? 1 : -1);
  });
}

/** Print view: two sheets of wallet cards (fronts in English, backs in the
 * user's language, columns swapped so a long-edge duplex print lines up),
 * with an optional clinic line that is never saved. */
export function printScreen(card) {
  const side = (title, lines, lang, dir) => h("div", { class: "wallet", lang, dir },
    h("p", { class: "wallet-title" }, title),
    h("ul", {}, lines.map((l) => h("li", {}, l))),
    h("p", { class: "wallet-clinic" }));
  const front = () => side(card.english_title, card.english, "en", "ltr");
  const back = () => side(card.title, card.text, card.lang, card.dir);
  const sheet = (make, swap) => h("div", { class: swap ? "sheet sheet-back" : "sheet" }, Array.from({ length: 10 }, make));
  // An installed clinic pack fills in its line; the user may change it.
  if (card.clinic_line) setTimeout(() => document.querySelectorAll(".wallet-clinic").forEach((p) => { p.textContent = card.clinic_line; }), 0);
  const clinic = h("input", {
    type: "text", id: "print-clinic", maxlength: "80", autocomplete: "off", value: card.clinic_line ?? "",
    oninput: (e) => document.querySelectorAll(".wallet-clinic").forEach((p) => { p.textContent = e.target.value; }),
  });
  return [
    h("h1", {}, t("print-title")),
    h("p", { class: "hint" }, t("print-hint")),
    h("label", { for: "print-clinic", class: "field-label" }, t("print-clinic")), clinic,
    // A line filled in by a clinic pack says whose it is.
    card.clinic_from && h("p", { class: "badge contact-from", id: "print-clinic-from" }, card.clinic_from),
    h("button", { type: "button", class: "show-card", id: "print-button", onclick: () => window.print() }, t("print-button")),
    h("div", { class: "print-preview" }, front(), back()),
    h("div", { class: "print-sheets", "aria-hidden": "true" }, sheet(front, false), sheet(back, true)),
  ];
}
