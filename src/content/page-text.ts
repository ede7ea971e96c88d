/**
 * The always-on scan: one TreeWalker pass over the page collecting its visible-ish text for
 * the topic gate, in slices. Paragraph breaks ("\n\n") at block elements so the gate can tell
 * how widely Sahel names spread; script, style and template text left out; open shadow roots
 * entered; bounded to `maxChars`. This is the least work any annotator must do on a page.
 */

const SKIP_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title', 'sahel-lens-overlay']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote',
  'figcaption', 'figure', 'td', 'th', 'tr', 'table', 'header', 'footer', 'nav', 'aside', 'dd', 'dt', 'pre', 'br',
]);

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/** Yields every `yieldEvery` nodes; returns the collected text (at most `maxChars`). */
export function* pageTextSteps(doc: Document, maxChars = 300_000, yieldEvery = 1000): Generator<void, string> {
  const body = doc.body;
  if (!body) return '';
  const parts: string[] = [];
  let size = 0;
  let breakPending = false;
  let count = 0;
  const walkers: TreeWalker[] = [doc.createTreeWalker(body, SHOW_ELEMENT | SHOW_TEXT)];
  while (walkers.length) {
    const w = walkers[walkers.length - 1] as TreeWalker;
    const node = w.nextNode();
    if (!node) {
      walkers.pop();
      continue;
    }
    if (++count % yieldEvery === 0) yield;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (BLOCKS.has(el.localName)) breakPending = true;
      const sr = el.shadowRoot;
      if (sr && walkers.length < 16) walkers.push(doc.createTreeWalker(sr, SHOW_ELEMENT | SHOW_TEXT));
      continue;
    }
    const parent = node.parentNode as Element | null;
    if (parent && SKIP_TEXT_PARENTS.has(parent.localName)) continue;
    const data = (node as Text).data;
    if (!data.trim()) continue;
    parts.push(breakPending ? '\n\n' : ' ', data);
    breakPending = false;
    size += data.length + 2;
    if (size >= maxChars) break;
  }
  return parts.join('').slice(0, maxChars);
}
