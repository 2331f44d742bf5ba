// Start-up and navigation. Screens are kept in the browser history so the
// platform's back gesture works; each entry holds only a screen name and an
// id, never content.

import { api } from "./api.js";
import { releaseAudio } from "./audio.js";
import { applyUi, t } from "./l10n.js";
import * as screens from "./screens.js";
import * as cards from "./cards.js";
import * as directory from "./directory.js";
import * as search from "./search.js";
import * as safety from "./safety.js";
import * as packs from "./packs.js";

const main = document.getElementById("screen");
const back = document.getElementById("back");

const open = {
  guide: (id, section) => go({ screen: "guide", id, section: section ?? null }),
  languages: () => go({ screen: "languages" }),
  glossary: (term) => go({ screen: "glossary", id: term }),
  settings: () => go({ screen: "settings" }),
  states: (code) => go({ screen: "states", id: code ?? null }),
  warrant: (at = {}) => go({ screen: "warrant", ...at }),
  cards: (at) => go(at ? { screen: "card", ...at } : { screen: "cards" }),
  print: () => go({ screen: "print" }),
  directory: (q = {}) => go({ screen: "directory", ...q }),
  myContacts: () => go({ screen: "contacts" }),
  plan: () => go({ screen: "plan" }),
  packs: () => go({ screen: "packs" }),
  detained: () => go({ screen: "detained" }),
  install: () => go({ screen: "install" }),
  printPlan: () => go({ screen: "plan-print" }),
  cardsFor: async (guideId) => {
    const deck = (await api.cards()).decks.find((d) => d.guide === guideId);
    open.cards(deck ? { deck: deck.id, index: 0 } : undefined);
  },
};

/** Moves within a deck without growing the history: back always leaves. */
async function moveCard(delta) {
  const state = history.state;
  if (!state || state.screen !== "card") return;
  const next = { ...state, index: (state.index ?? 0) + delta };
  const count = (await api.cards()).decks.find((d) => d.id === state.deck)?.cards.length ?? 0;
  if (next.index < 0 || next.index >= count) return;
  if (await show(next)) history.replaceState(next, "");
}

/** Shows a screen and records it in the history. */
async function go(state) {
  flushQuery();
  if (await show(state)) history.pushState(state, "");
}

/** Renders the screen for a history state; false when it failed. */
async function show(state) {
  try {
    const nodes = await build(state);
    releaseAudio(); // a recording never plays on behind another screen
    main.replaceChildren(...nodes.flat(Infinity).filter(Boolean));
    main.dataset.screen = state.screen;
    document.body.classList.toggle("card-mode", state.screen === "card");
    document.body.classList.toggle("guide-screen", state.screen === "guide");
    document.body.classList.toggle("home-screen", state.screen === "home");
    cards.keepAwake(state.screen === "card");
    main.dataset.guide = state.screen === "guide" ? state.id : "";
    back.hidden = state.screen === "home";
    measureBar(); // the back button may have made it wrap; measured before scrolling
    focus(state);
    keepPlanAlive();
    return true;
  } catch (error) {
    showError(error);
    return false;
  }
}

function focus(state) {
  const section = state.screen === "guide" && state.section != null && main.querySelector(`[data-section="${Number(state.section)}"]`);
  const chosen = state.screen === "states" && state.id && main.querySelector(`[data-state="${CSS.escape(state.id)}"]`);
  if (section || chosen) {
    const target = section || chosen;
    if (section) {
      section.classList.add("highlight");
      section.setAttribute("tabindex", "-1");
    }
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
    return;
  }
  const searched = state.screen === "directory" && (state.zip || state.region || state.language || state.service);
  const target = (state.screen === "glossary" && state.id && document.getElementById(`term-${state.id}`)) || (searched && document.getElementById("results"));
  if (target) {
    if (state.screen === "glossary") target.classList.add("highlight");
    target.setAttribute("tabindex", "-1");
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  } else {
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  }
}

async function build(state) {
  switch (state.screen) {
    case "guide":
      return screens.guideScreen(await api.guide(state.id), open);
    case "languages":
      return screens.languagesScreen(await api.languages(), chooseLanguage);
    case "glossary":
      return screens.glossaryScreen(await api.glossary());
    case "settings":
      return [screens.settingsScreen(await api.languages(), await api.states(), open), safety.privacyNote(), safety.wipeSection(afterWipe)];
    case "plan":
      return safety.planScreen(await api.vault(), open, showPlan);
    case "packs": {
      const pending = pendingPack;
      pendingPack = null;
      return packs.packsScreen(await api.packs(), afterPackChange, pending);
    }
    case "detained":
    case "plan-print": {
      // Both need the open plan; a locked one sends the user to its PIN.
      const view = await api.vault();
      if (view.state !== "open") return safety.planScreen(view, open, showPlan);
      return state.screen === "detained" ? safety.detainedScreen(await api.detainedMessage("")) : safety.printPlanScreen(view);
    }
    case "states":
      return screens.statesScreen(await api.states(), chooseState);
    case "warrant":
      return screens.warrantScreen(await api.warrant(), state, open);
    case "cards":
      return cards.decksScreen(await api.cards(), open);
    case "directory":
      return directory.directoryScreen(await api.directory(state), state, open);
    case "contacts":
      return directory.myContactsScreen(await api.myContacts());
    case "print":
      return cards.printScreen(await api.printCard());
    case "install":
      return screens.installScreen();
    case "card":
      return cards.cardScreen(await api.cards(), state, moveCard, () => history.back());
    default:
      return screens.homeScreen(await api.home(), open, search.searchArea(state.q, open, rememberQuery));
  }
}

/** Re-renders the plan screen with a view the core just returned. */
function showPlan(view) {
  main.replaceChildren(...safety.planScreen(view, open, showPlan).flat(Infinity).filter(Boolean));
  const target = document.getElementById("vault-error") || document.getElementById("vault-done") || document.getElementById("pin") || main;
  target.setAttribute("tabindex", "-1");
  target.focus();
  keepPlanAlive();
}

// While a plan screen is open, typing keeps the plan open (the core locks it
// after 5 idle minutes); with no activity the screen itself locks.
const PLAN_SCREENS = ["plan", "detained", "plan-print"];
let planTimer;
let lastPing = 0;
function keepPlanAlive() {
  clearTimeout(planTimer);
  if (!PLAN_SCREENS.includes(main.dataset.screen)) return;
  planTimer = setTimeout(async () => {
    if (PLAN_SCREENS.includes(main.dataset.screen)) showPlan(await api.vaultLock());
  }, 5 * 60 * 1000);
  if (performance.now() - lastPing > 30000) {
    lastPing = performance.now();
    api.vault().catch(() => {});
  }
}
main.addEventListener("input", keepPlanAlive);

async function afterWipe(ui) {
  applyUi(ui);
  const home = { screen: "home" };
  history.replaceState(home, "");
  await show(home);
  const done = document.createElement("p");
  done.className = "done";
  done.id = "wipe-done";
  done.setAttribute("role", "status");
  done.textContent = t("wipe-done");
  main.prepend(done);
}

// A pack the app was opened with, reviewed on the packs screen.
let pendingPack = null;

/** After an install or restore: strings may have changed; show the outcome. */
async function afterPackChange(view) {
  applyUi(await api.ui());
  await show({ screen: "packs" });
  main.prepend(packs.message(view));
}

/** Keeps the query in the history entry, so back and forward restore it. */
// WebKit refuses more than 100 history changes in 30 seconds (it throws),
// and a fast typist gets there: the query is written once typing pauses,
// and a refusal never stops the search.
let rememberTimer;
let rememberPending = null;
function rememberQuery(q) {
  clearTimeout(rememberTimer);
  rememberPending = q;
  rememberTimer = setTimeout(flushQuery, 400);
}

/** Writes a query still waiting to be remembered (before leaving home). */
function flushQuery() {
  clearTimeout(rememberTimer);
  if (rememberPending === null) return;
  const q = rememberPending;
  rememberPending = null;
  try {
    if (history.state?.screen === "home") history.replaceState({ ...history.state, q }, "");
  } catch {
    // Only the query's place in history is lost.
  }
}

async function chooseLanguage(code) {
  try {
    applyUi(await api.setLanguage(code));
    await show({ screen: "languages" });
  } catch (error) {
    showError(error);
  }
}

async function chooseState(code) {
  try {
    await api.setState(code);
    await show({ screen: "states" });
  } catch (error) {
    showError(error);
  }
}

function showError(error) {
  // Errors from the core carry a message id; anything else gets a generic one.
  const id = error && error.message_id ? error.message_id : "error-storage";
  const p = document.createElement("p");
  p.className = "error";
  p.setAttribute("role", "alert");
  p.textContent = t(id);
  main.replaceChildren(p);
}

back.addEventListener("click", () => history.back());
// The bar wraps to two rows in some languages; what scrolls into view must
// stop below it, whatever its height.
function measureBar() {
  const bar = document.querySelector(".bar");
  if (!bar) return; // gone after quick exit
  // With very large text the bar grows; then it scrolls away with the page
  // instead of covering a fifth of the screen.
  bar.classList.remove("bar-static");
  const height = Math.ceil(bar.getBoundingClientRect().height);
  const tall = height > 72 || height > window.innerHeight * 0.15;
  bar.classList.toggle("bar-static", tall);
  document.documentElement.style.setProperty("--bar-height", tall ? "0px" : `${height}px`);
}
new ResizeObserver(measureBar).observe(document.querySelector(".bar"));
cards.onSwipe(main, moveCard);
document.addEventListener("keydown", (e) => {
  if (history.state?.screen !== "card") return;
  const rtl = document.documentElement.dir === "rtl";
  if (e.key === "ArrowRight") moveCard(rtl ? -1 : 1);
  if (e.key === "ArrowLeft") moveCard(rtl ? 1 : -1);
});
document.getElementById("language-button").addEventListener("click", () => open.languages());
document.getElementById("quick-exit").addEventListener("click", safety.quickExit);
document.addEventListener("kyr-open-settings", () => open.settings());
safety.listenForDoubleEscape();
safety.lockWhenHidden((view) => { if (PLAN_SCREENS.includes(main.dataset.screen)) showPlan(view); });
window.addEventListener("popstate", (event) => show(event.state ?? { screen: "home" }));

async function start() {
  try {
    applyUi(await api.ui());
  } catch (error) {
    showError(error);
    return;
  }
  if (safety.isNeutral()) {
    safety.showNeutral();
    document.body.dataset.ready = "true";
    return;
  }
  const home = { screen: "home" };
  history.replaceState(home, "");
  await show(home);
  // Opened with a .kyrpack file: show who made it before anything else.
  const opened = await api.openedPack().catch(() => null);
  if (opened) {
    pendingPack = new Uint8Array(opened);
    await open.packs();
  }
  // Two frames later the home screen has been painted; tests read this mark.
  requestAnimationFrame(() => requestAnimationFrame(() => {
    performance.mark("home-painted");
    document.body.dataset.ready = "true";
  }));
}

start();
