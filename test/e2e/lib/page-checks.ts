/**
 * In-page checks of the robustness suite, as plain expression strings evaluated through the
 * protocol (`RobustTab.evalExpr`): they must work on pages that break builtins, and under tsx,
 * whose helpers a serialised function would drag into the page.
 */

/** What `pageStateExpr` returns. */
export interface PageState {
  /** Markers in our overlay (`[data-sl-claim]` in `<sahel-lens-overlay>`'s open shadow root). */
  markers: number;
  /** Overlay host elements in the document. */
  hosts: number;
  /** CSS Custom Highlights registered in the document, with the text of each range (first 200). */
  highlights: { name: string; texts: string[]; outside: string[] }[];
  /** Light-DOM text of body (noscript left out): hash:length, live and freshly parsed. */
  live: string;
  fresh: string | null;
  /**
   * The live text with the page's own timing taken out, comparable between two loads: the text
   * nodes the HTML parser made, in document order, then (sorted) the text nodes the page's
   * scripts added at run time, whose position can depend on how far parsing had got (the
   * Guardian's ad-blocker bait, a `<div>&nbsp;</div>` appended to `body` in an animation frame,
   * lands mid-document or at its end from one load to the next). Null without `html`.
   */
  shape: string | null;
  /** When they differ: the first differing offset and a little context from each. */
  diff: { at: number; live: string; fresh: string } | null;
}

/**
 * Reads the page state. With `html`, also parses it (DOMParser, no scripts run) and compares
 * body texts. `insideSelector`: highlight ranges outside elements matching it, or inside
 * `outsideSelector`, are listed in `outside`.
 */
export function pageStateExpr(html: string | null, insideSelector = 'body', outsideSelector = ''): string {
  return `(() => {
  const html = ${JSON.stringify(html)};
  const inside = ${JSON.stringify(insideSelector)};
  const outsideSel = ${JSON.stringify(outsideSelector)};
  const textNodes = (doc) => {
    const body = doc.body;
    if (!body) return [];
    const parts = [];
    const w = doc.createTreeWalker(body, 5, { acceptNode: (n) => (n.nodeName === 'NOSCRIPT' ? 2 : 1) });
    for (let n = w.nextNode(); n; n = w.nextNode()) if (n.nodeType === 3) parts.push(n.data);
    return parts;
  };
  const hash = (s) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return (h >>> 0).toString(16) + ':' + s.length;
  };
  const hosts = document.querySelectorAll('sahel-lens-overlay');
  let markers = 0;
  for (const h of hosts) if (h.shadowRoot) markers += h.shadowRoot.querySelectorAll('[data-sl-claim]').length;
  const highlights = [];
  try {
    if (globalThis.CSS && CSS.highlights) {
      for (const [name, hl] of CSS.highlights) {
        const texts = [];
        const outside = [];
        for (const r of hl) {
          const t = String(r).slice(0, 200);
          texts.push(t);
          const node = r.startContainer;
          const el = node.nodeType === 1 ? node : node.parentElement;
          if (!el || !el.closest(inside) || (outsideSel && el.closest(outsideSel))) outside.push(t);
        }
        highlights.push({ name, texts, outside });
      }
    }
  } catch (e) {
    highlights.push({ name: 'error: ' + e, texts: [], outside: [] });
  }
  const liveNodes = textNodes(document);
  const liveText = liveNodes.join('');
  let fresh = null;
  let diff = null;
  let shape = null;
  if (html !== null) {
    const freshNodes = textNodes(new DOMParser().parseFromString(html, 'text/html'));
    const freshText = freshNodes.join('');
    fresh = hash(freshText);
    const parsed = new Map();
    for (const t of freshNodes) parsed.set(t, (parsed.get(t) || 0) + 1);
    const kept = [];
    const added = [];
    for (const t of liveNodes) {
      const left = parsed.get(t) || 0;
      if (left > 0) {
        parsed.set(t, left - 1);
        kept.push(t);
      } else added.push(t);
    }
    shape = hash(kept.join('\u0001')) + '+' + hash(added.sort().join('\u0001'));
    if (freshText !== liveText) {
      let at = 0;
      while (at < liveText.length && liveText[at] === freshText[at]) at++;
      diff = { at, live: liveText.slice(Math.max(0, at - 60), at + 120), fresh: freshText.slice(Math.max(0, at - 60), at + 120) };
    }
  }
  // Returned as an object: the protocol serialises it (pages may break JSON).
  return { markers, hosts: hosts.length, highlights, live: hash(liveText), fresh, shape, diff };
})()`;
}
