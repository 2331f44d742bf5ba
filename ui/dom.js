// A tiny element builder. Text always goes in as text, never as HTML, so
// content (including clinic packs, later) can never inject markup or script.

/** h("p", {class: "x"}, "text", child) → element */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    if (child instanceof Node) el.append(child);
    else el.append(...keepCodesTogether(String(child)));
  }
  return el;
}

// Codes with a hyphen (I-205, A-number, PIN-кодом) must not break at it: a
// reader who sees "I-" at a line's end and "205" on the next may not find
// the form. They go in a span that does not wrap; the text is unchanged.
const CODE = /(?<![\p{L}\p{N}])\p{Lu}{1,4}-[\p{L}\p{N}]+/gu;

function keepCodesTogether(text) {
  const parts = [];
  let at = 0;
  for (const match of text.matchAll(CODE)) {
    if (match.index > at) parts.push(document.createTextNode(text.slice(at, match.index)));
    const code = document.createElement("span");
    code.className = "code";
    code.textContent = match[0];
    parts.push(code);
    at = match.index + match[0].length;
  }
  if (at < text.length || parts.length === 0) parts.push(document.createTextNode(text.slice(at)));
  return parts;
}

/** A file picker that looks like the app's other buttons: the native input
 * stays in the page (keyboard, screen readers, tests) but out of sight, and
 * its label is the button people see. */
export function filePicker({ id, accept, label, onchange }) {
  return h("div", { class: "file-picker" },
    h("input", { type: "file", id, accept, class: "file-input", onchange }),
    h("label", { for: id, class: "secondary file-button", id: `${id}-label` }, icon("file", "icon-button"), h("span", {}, label)));
}

/** An icon from ui/icons; decorative, so screen readers skip it. */
export function icon(name, className = "icon") {
  return h("img", { class: className, src: `icons/${name}.svg`, alt: "", width: 48, height: 48 });
}
