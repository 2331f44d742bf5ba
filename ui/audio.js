// Play controls for recordings: the English voice of what is said to an
// agent, and a clinic's own recordings. One button plays and stops; its name
// says what it plays ("Play in English"), then "Stop" while it plays (a name
// that changes, not a toggle state, so a screen reader says what a tap will
// do), and a status line that screen readers announce ("Playing").
// Nothing plays until pressed; one recording plays at a time. The bytes come
// from the core and play from a blob: URL (the CSP allows no other media).

import { api } from "./api.js";
import { h } from "./dom.js";
import { t } from "./l10n.js";

let playing = null;
// The blob: URLs of this screen's recordings, freed when it is left.
const urls = new Set();

/** Stops whatever plays (pressing another control). */
export function stopAudio() {
  playing?.stop();
}

/** Leaving a screen: stops what plays and frees its recordings' memory. */
export function releaseAudio() {
  stopAudio();
  for (const url of urls) URL.revokeObjectURL(url);
  urls.clear();
}

/** The controls for a list of recordings, or nothing when there are none. */
export function audioControls(list, variant = "") {
  if (!list || list.length === 0) return null;
  return h("div", { class: `audio ${variant}`.trim() }, list.map((recording) => control(recording)));
}

function control(recording) {
  const name = h("span", { class: "audio-name" }, recording.label);
  const status = h("span", { class: "audio-status", role: "status" });
  const audio = h("audio", { preload: "none", "data-recording": String(recording.id) });
  const image = h("img", { src: "icons/play.svg", alt: "", width: 32, height: 32 });
  const button = h("button", {
    type: "button", class: "audio-play", "data-recording": String(recording.id),
    onclick: () => (playing?.audio === audio ? stopAudio() : start()),
  }, image, name);
  let url = null;

  const show = (on) => {
    button.dataset.playing = String(on);
    name.textContent = on ? t("audio-stop") : recording.label;
    image.setAttribute("src", on ? "icons/stop.svg" : "icons/play.svg");
    status.textContent = on ? t("audio-playing") : "";
  };
  const stop = () => {
    audio.pause();
    audio.currentTime = 0;
    if (playing?.audio === audio) playing = null;
    show(false);
  };
  const failed = () => {
    stop();
    status.textContent = t("audio-cannot-play");
  };
  audio.addEventListener("ended", stop);
  audio.addEventListener("error", () => url && failed());

  async function start() {
    stopAudio();
    playing = { audio, stop };
    show(true);
    try {
      if (!url) {
        const bytes = await api.recording(recording.id);
        url = URL.createObjectURL(new Blob([bytes], { type: "audio/ogg; codecs=opus" }));
        urls.add(url);
        audio.src = url;
      }
      if (playing?.audio === audio) await audio.play();
    } catch {
      failed();
    }
  }

  return h("div", { class: "audio-control" },
    button,
    recording.note && h("span", { class: "audio-note" }, recording.note),
    status, audio);
}
