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
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An icon from ui/icons; decorative, so screen readers skip it. */
export function icon(name, className = "icon") {
  return h("img", { class: className, src: `icons/${name}.svg`, alt: "", width: 48, height: 48 });
}
