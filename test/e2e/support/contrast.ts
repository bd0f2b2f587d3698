/**
 * WCAG 2.1 text contrast, measured in the page: every visible element with its own text,
 * its computed colour against the first opaque background behind it. Disabled controls
 * are exempt (as WCAG allows). Returns the failures, described for a person.
 *
 * The browser side is a string: TypeScript runners (tsx) wrap named inner functions in a
 * helper that does not exist in the page.
 */
import type { Page } from 'playwright-core';

const IN_PAGE = String.raw`(() => {
  const parse = (c) => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
  };
  const channel = (v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const lum = (c) => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg[3] >= 0.99) return bg;
    }
    return [255, 255, 255, 1];
  };
  const out = [];
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
    if (!own) continue;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (style.visibility === 'hidden' || style.display === 'none' || rect.width < 2 || rect.height < 2 || Number(style.opacity) < 0.1) continue;
    if (el.closest('[disabled], [aria-disabled="true"], noscript')) continue;
    const fg = parse(style.color);
    if (!fg) continue;
    const bg = background(el);
    // A translucent text colour is blended over its background first.
    const mixed = [0, 1, 2].map((i) => fg[i] * fg[3] + bg[i] * (1 - fg[3]));
    const l1 = lum(mixed);
    const l2 = lum(bg);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) out.push(ratio.toFixed(2) + ":1 '" + el.textContent.trim().slice(0, 40) + "' (" + style.color + ' on rgb(' + bg.slice(0, 3).join(',') + '))');
  }
  return out;
})()`;

export function contrastFailures(page: Page): Promise<string[]> {
  return page.evaluate(IN_PAGE) as Promise<string[]>;
}
