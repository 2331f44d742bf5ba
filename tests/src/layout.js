// Layout rules measured in the real web view, as the visual review measured
// them. Each check returns a list of problems (empty when the screen is
// right), naming the element and the figure, so a failure says what to fix.
// oxlint-disable-next-line no-unused-vars -- read by the line lib.rs appends
const layout = (() => {
  const visible = (el) => {
    // Inside a closed <details>, only the summary is shown.
    const closed = el.closest("details:not([open])");
    if (closed && !el.closest("summary")?.parentElement?.isSameNode(closed)) return false;
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && cs.visibility !== "hidden" && cs.display !== "none";
  };
  const name = (el) => {
    const words = (el.innerText || el.getAttribute("aria-label") || "").trim().replace(/\s+/g, " ").slice(0, 30);
    return `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} "${words}"`;
  };

  // sRGB relative luminance and contrast ratio (WCAG 2.2).
  const rgb = (color) => (color.match(/[\d.]+/g) || []).map(Number);
  const luminance = ([r, g, b]) => {
    const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const ratio = (a, b) => {
    const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  // The colour behind an element: the first ancestor with an opaque background.
  const backdrop = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      const parts = rgb(c);
      if (parts.length >= 3 && (parts.length === 3 || parts[3] > 0.5)) return c;
    }
    return "rgb(255, 255, 255)";
  };

  const targets = () => [...document.querySelectorAll("button, a[href], summary, select, textarea, input:not([type=hidden]):not(.file-input), label.file-button")]
    .filter(visible)
    // A checkbox's target includes its label, which a tap on also toggles it.
    .filter((el) => !(el.type === "checkbox" && el.labels?.length))
    // A target inside the card-mode deck is the whole screen's; text fields span the column.
    .filter((el) => !el.closest(".neutral-page"));

  return {
    /** Text that runs out of its box, or a page that scrolls sideways. */
    overflow() {
      const problems = [];
      const page = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      if (page > 0) {
        // Name the widest culprits: elements past the edge whose children are not.
        const width = document.documentElement.clientWidth;
        const past = (el) => { const r = el.getBoundingClientRect(); return r.right > width + 1 || r.left < -1; };
        const culprits = [...document.body.querySelectorAll("*")].filter((el) => visible(el) && past(el) && ![...el.children].some(past));
        problems.push(`the page scrolls sideways by ${page} px: ${culprits.slice(0, 3).map(name).join(", ")}`);
      }
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!node.textContent.trim() || !visible(el)) continue;
        // Ellipsis is a deliberate cut (the bar's labels); the hidden heading is for screen readers.
        if (el.closest(".visually-hidden, .file-input") || getComputedStyle(el).textOverflow === "ellipsis") continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const text = range.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        const over = Math.max(text.right - box.right, box.left - text.left);
        if (over > 1) problems.push(`${name(el)} overflows its box by ${over.toFixed(0)} px`);
      }
      return problems;
    },

    /** Tap targets: 44 px and up, 8 px apart, one shape (WCAG 2.2 AA, 2.5.8). */
    targets() {
      const problems = [];
      const all = targets();
      const shapes = new Map();
      for (const el of all) {
        const r = el.getBoundingClientRect();
        const text = ["TEXTAREA", "INPUT", "SELECT"].includes(el.tagName);
        if (r.height < 44 || (!text && r.width < 44)) problems.push(`${name(el)} is ${r.width.toFixed(0)}×${r.height.toFixed(0)} px`);
        if (el.tagName === "BUTTON" || el.classList.contains("file-button") || el.matches("summary.secondary")) {
          const radius = getComputedStyle(el).borderTopLeftRadius;
          shapes.set(radius, [...(shapes.get(radius) || []), name(el)]);
        }
      }
      if (shapes.size > 1) problems.push(`buttons have ${shapes.size} shapes: ${[...shapes].map(([r, els]) => `${r} (${els.slice(0, 2).join(", ")})`).join("; ")}`);
      for (let i = 0; i < all.length; i++) {
        for (let j = i + 1; j < all.length; j++) {
          const [a, b] = [all[i], all[j]];
          if (a.contains(b) || b.contains(a)) continue;
          // A button inside a field (clear the search) is part of that field.
          if (a.parentElement === b.parentElement && a.parentElement.classList.contains("field-with-button")) continue;
          // The sticky bar floats over the page as it scrolls: compare it with itself only.
          if (Boolean(a.closest(".bar")) !== Boolean(b.closest(".bar"))) continue;
          const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
          const dx = Math.max(p.left, q.left) - Math.min(p.right, q.right);
          const dy = Math.max(p.top, q.top) - Math.min(p.bottom, q.bottom);
          const gap = dx > 0 && dy > 0 ? Math.hypot(dx, dy) : Math.max(dx, dy);
          if (gap < 7.5) problems.push(`${name(a)} and ${name(b)} are ${gap.toFixed(1)} px apart`);
        }
      }
      return problems;
    },

    /** Field borders 3:1 against what is behind them, placeholders 4.5:1. */
    contrast() {
      const problems = [];
      for (const el of document.querySelectorAll("input:not([type=hidden]):not(.file-input):not([type=checkbox]), select, textarea")) {
        if (!visible(el)) continue;
        const cs = getComputedStyle(el);
        const border = ratio(cs.borderTopColor, backdrop(el.parentElement));
        if (border < 3) problems.push(`${name(el)}: border ${border.toFixed(2)}:1`);
        if (el.placeholder) {
          const placeholder = ratio(getComputedStyle(el, "::placeholder").color, backdrop(el));
          if (placeholder < 4.5) problems.push(`${name(el)}: placeholder ${placeholder.toFixed(2)}:1`);
        }
      }
      return problems;
    },
  };
})();
