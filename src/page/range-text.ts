/**
 * The text of a stretch of a page (a reader's selection, or the check page's text) read the way
 * extract.ts reads an article: whitespace collapsed as a browser renders it, block elements
 * joined by "\n\n", script/style/our own overlay left out, with the TextMap back to the DOM.
 * The topic gate and the article finder do not apply: the reader chose the text.
 *
 * Takes plain boundary points (a Range's start/end containers and offsets), not a Range, so
 * it runs under linkedom in unit tests. A generator that yields every `yieldEvery` nodes, so a
 * 200,000-character text is read in idle slices.
 */
import type { ArticleBlock } from '../engine/types';
import type { ExtractedArticle } from './extract';
import { TextMapBuilder } from './text-map';

/** A boundary point: like a Range's (container, offset). */
export interface Boundary {
  node: Node;
  offset: number;
}

/** A stretch of the page: `root` contains both boundaries (a Range's commonAncestorContainer). */
export interface TextStretch {
  root: Node;
  start: Boundary;
  end: Boundary;
}

export interface RangeTextOptions {
  url?: string;
  /** Most characters read (default 250,000, as extract.ts). */
  maxChars?: number;
  yieldEvery?: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'button', 'svg', 'math', 'iframe', 'head', 'title', 'sahel-lens-overlay']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'summary', 'body', 'html',
]);

/** A Range (or anything shaped like one) as a TextStretch. */
export function stretchOfRange(range: Pick<Range, 'commonAncestorContainer' | 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>): TextStretch {
  return {
    root: range.commonAncestorContainer,
    start: { node: range.startContainer, offset: range.startOffset },
    end: { node: range.endContainer, offset: range.endOffset },
  };
}

/** The whole content of `node` as a TextStretch. */
export function stretchOfNode(node: Node): TextStretch {
  return { root: node, start: { node, offset: 0 }, end: { node, offset: node.childNodes.length } };
}

/** The node after `node`'s subtree in document order, within `root` (null at the end). */
function afterSubtree(node: Node, root: Node): Node | null {
  let n: Node | null = node;
  while (n && n !== root) {
    if (n.nextSibling) return n.nextSibling;
    n = n.parentNode;
  }
  return null;
}

function nextInOrder(node: Node, root: Node): Node | null {
  return node.firstChild ?? afterSubtree(node, root);
}

/** For an element boundary, the node at which it sits (null: the end of `root`). */
function markerOf(b: Boundary, root: Node): Node | null {
  if (b.node.nodeType === TEXT_NODE) return b.node;
  return b.node.childNodes[b.offset] ?? afterSubtree(b.node, root) ?? null;
}

function nearestBlock(node: Node, root: Node): Node {
  for (let n: Node | null = node.parentNode; n; n = n.parentNode) {
    if (n.nodeType === ELEMENT_NODE && BLOCKS.has((n as Element).localName)) return n;
    if (n === root) return n;
  }
  return root;
}

function blockKind(block: Node): ArticleBlock['kind'] {
  const name = block.nodeType === ELEMENT_NODE ? (block as Element).localName : '';
  if (/^h[1-6]$/.test(name)) return 'h';
  if (name === 'li' || name === 'dd' || name === 'dt') return 'li';
  if (name === 'blockquote') return 'quote';
  if (name === 'figcaption' || name === 'caption') return 'caption';
  return 'p';
}

function isSkipped(el: Element): boolean {
  return SKIP.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('data-sahel-lens-skip');
}

const WORDS = /[^ \t\n\r\f]+/g;

/**
 * Reads the stretch; null when it holds no text. Headings are read as blocks of their own (the
 * engine does not flag them, but the reader's selection may include one).
 */
export function* rangeTextSteps(stretch: TextStretch, opts: RangeTextOptions = {}): Generator<void, ExtractedArticle | null> {
  const root = stretch.root.nodeType === TEXT_NODE ? (stretch.root.parentNode ?? stretch.root) : stretch.root;
  const maxChars = opts.maxChars ?? 250_000;
  const yieldEvery = opts.yieldEvery ?? 500;
  const b = new TextMapBuilder();
  const blocks: ArticleBlock[] = [];
  let block: Node | null = null;
  let blockStart = 0;
  let kind: ArticleBlock['kind'] = 'p';
  let spacePending = false;
  let truncated = false;

  const startMarker = markerOf(stretch.start, root);
  const endMarker = stretch.end.node.nodeType === TEXT_NODE ? null : markerOf(stretch.end, root);
  let inside = false;
  let count = 0;
  const closeBlock = (): void => {
    if (block && b.length > blockStart) blocks.push({ start: blockStart, end: b.length, kind });
  };

  let node: Node | null = root.firstChild ?? (root.nodeType === TEXT_NODE ? root : null);
  if (stretch.root.nodeType === TEXT_NODE) node = stretch.root;
  while (node) {
    if (++count % yieldEvery === 0) yield;
    if (!inside && node === startMarker) inside = true;
    if (inside && endMarker && node === endMarker) break;
    if (node.nodeType === ELEMENT_NODE) {
      if (isSkipped(node as Element)) {
        // The end may sit inside a skipped subtree: stop there too.
        const after = afterSubtree(node, root);
        if (endMarker && after === null) break;
        node = after;
        continue;
      }
      node = nextInOrder(node, root);
      continue;
    }
    if (node.nodeType === TEXT_NODE && inside) {
      const text = node as Text;
      const from = text === stretch.start.node ? stretch.start.offset : 0;
      const to = text === stretch.end.node ? stretch.end.offset : text.data.length;
      const data = text.data.slice(0, to);
      WORDS.lastIndex = from;
      let m: RegExpExecArray | null;
      let last = from;
      while ((m = WORDS.exec(data))) {
        if (m.index > last) spacePending = true;
        last = m.index + m[0].length;
        const here = nearestBlock(text, root);
        if (here !== block) {
          closeBlock();
          if (b.length > 0) b.appendSynthetic('\n\n');
          block = here;
          blockStart = b.length;
          kind = blockKind(here);
          spacePending = false;
        }
        const space = spacePending && b.length > blockStart ? 1 : 0;
        spacePending = false;
        if (m[0].length + space > maxChars - b.length) {
          truncated = true;
          break;
        }
        if (space) b.appendSynthetic(' ');
        b.appendMapped(m[0], text, m.index);
      }
      if (last < data.length) spacePending = true;
      if (truncated || text === stretch.end.node) break;
    }
    node = nextInOrder(node, root);
  }
  closeBlock();
  const text = b.text();
  if (!text.trim() || !blocks.length) return null;
  const rootEl = (root.nodeType === ELEMENT_NODE ? root : root.parentNode) as Element;
  const lang = rootEl.closest?.('[lang]')?.getAttribute('lang') ?? undefined;
  return {
    article: { text, blocks, ...(lang ? { langHint: lang } : {}), ...(opts.url ? { url: opts.url } : {}) },
    root: rootEl,
    parts: [rootEl],
    map: b.build(),
    truncated,
  };
}
