/**
 * An iterative, resumable depth-first walk over a DOM subtree, open shadow roots included.
 *
 * Why not recursion or a TreeWalker: pages nest 5,000 levels deep (recursion would overflow the
 * stack), a TreeWalker cannot enter shadow roots, and we need enter/leave events to keep a
 * stack of block ancestors. The walk only follows firstChild/nextSibling/parentNode pointers,
 * so its cost is O(nodes visited) with O(1) extra memory, and it is a generator so callers can
 * slice it into short tasks.
 */

/** Node.ELEMENT_NODE, without touching a global `Node` (absent in some runtimes). */
export const ELEMENT_NODE = 1;
/** Node.TEXT_NODE. */
export const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

/** Callbacks of a walk. */
export interface WalkVisitor {
  /** Called when the walk reaches an element; return false to skip its subtree. */
  enter(el: Element): boolean;
  /** Called after the subtree of an entered element is done (not for skipped ones). */
  leave?(el: Element): void;
  /** Called for each Text node inside entered elements. */
  text?(node: Text): void;
}

/** Bounds of a walk. */
export interface WalkOptions {
  /** Stop after this many nodes (elements and text); the walk then returns false. */
  maxNodes?: number;
  /** Yield to the caller every this many nodes (a slice boundary). */
  yieldEvery?: number;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === DOCUMENT_FRAGMENT_NODE && 'host' in node && (node as ShadowRoot).host != null;
}

/** The open shadow root of an element, if any (closed ones are invisible to us by design). */
export function openShadowRoot(el: Element): ShadowRoot | null {
  try {
    const sr = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    return sr && sr.firstChild ? sr : null;
  } catch {
    return null;
  }
}

/** The parent of a node across shadow boundaries (a shadow root's child climbs to its host). */
export function composedParent(node: Node): Node | null {
  const p = node.parentNode;
  if (p && isShadowRoot(p)) return p.host;
  return p;
}

/**
 * Walks the descendants of `root` (not `root` itself) in document order: for an element with an
 * open shadow root, its shadow children first, then its light children. Yields every
 * `yieldEvery` nodes; returns true when the whole subtree was visited, false when `maxNodes`
 * cut it short.
 */
export function* walk(root: Node, visitor: WalkVisitor, opts: WalkOptions = {}): Generator<void, boolean> {
  const maxNodes = opts.maxNodes ?? Infinity;
  const yieldEvery = Math.max(1, opts.yieldEvery ?? 2000);
  let count = 0;

  const firstInside = (el: Element): Node | null => openShadowRoot(el)?.firstChild ?? el.firstChild;

  /** Next node after `node`'s subtree, calling `leave` on every element we climb out of. */
  const nextAfter = (start: Node): Node | null => {
    let node: Node = start;
    for (;;) {
      if (node === root) return null;
      const sib = node.nextSibling;
      if (sib) return sib;
      const parent = node.parentNode;
      if (!parent || parent === root) return null;
      if (isShadowRoot(parent)) {
        // Done with the shadow children: continue with the host's light children, if any.
        const host = parent.host;
        if (host.firstChild) return host.firstChild;
        if (host === root) return null;
        visitor.leave?.(host);
        node = host;
        continue;
      }
      if (parent.nodeType === ELEMENT_NODE) visitor.leave?.(parent as Element);
      node = parent;
    }
  };

  let node: Node | null = root.nodeType === ELEMENT_NODE ? firstInside(root as Element) : root.firstChild;
  while (node) {
    if (++count > maxNodes) return false;
    if (count % yieldEvery === 0) yield;
    const type = node.nodeType;
    if (type === ELEMENT_NODE) {
      const el = node as Element;
      if (visitor.enter(el)) {
        const child = firstInside(el);
        if (child) {
          node = child;
          continue;
        }
        visitor.leave?.(el);
      }
    } else if (type === TEXT_NODE) {
      visitor.text?.(node as Text);
    }
    node = nextAfter(node);
  }
  return true;
}

/** Runs a generator to completion synchronously (the engine's, shared by the page layer). */
export { drain } from '../engine/steps';
