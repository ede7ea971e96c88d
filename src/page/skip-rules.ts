/**
 * Which elements are never article text: page chrome, ads, comments, related links, share
 * bars, bylines, scripts, hidden things. Pure attribute checks, so the rules behave the same
 * under linkedom (the `annotate` CLI) and in a browser.
 */

/** Tags whose subtree never holds article prose. `h1` is the title, read separately. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object',
  'embed', 'canvas', 'video', 'audio', 'select', 'textarea', 'input', 'button', 'nav', 'aside',
  'footer', 'label', 'option', 'head', 'link', 'meta', 'title', 'dialog', 'menu', 'img', 'picture',
  'hr', 'source', 'track', 'map', 'area', 'h1',
  // Our own overlay host (see src/overlay/overlay.ts).
  'sahel-lens-overlay',
]);

const SKIP_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar', 'toolbar', 'search',
  'dialog', 'alertdialog', 'tooltip', 'tablist', 'status', 'alert', 'marquee', 'timer',
]);

/**
 * Tokens of class/id names that mark clutter ("related-stories", "adSlot", "share_bar").
 * Strong ones name things that are never the article (comments, related links, newsletter
 * boxes): their subtrees are skipped outright, which also keeps a page with 20 MB of comments
 * cheap. Weak ones also turn up on layout wrappers around the article ("Page-ad-margins",
 * "js-social-anchor"), so they only lower a score.
 */
const STRONG_TOKENS = new Set([
  'comment', 'comments', 'disqus', 'related', 'recommended', 'recommendation', 'recommendations',
  'recirc', 'outbrain', 'taboola', 'newsletter', 'byline', 'bylines', 'breadcrumb', 'breadcrumbs',
  'cookie', 'cookies', 'consent', 'subscribe', 'signup', 'mostread', 'trending',
]);
const WEAK_TOKENS = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'dfp',
  'sponsor', 'sponsored', 'promo', 'promoted', 'promotion', 'nav', 'navbar', 'navigation', 'menu',
  'sidebar', 'footer', 'share', 'sharing', 'sharebar', 'social', 'author', 'authors', 'subscription',
  'tags', 'toolbar', 'popup', 'modal', 'masthead', 'credit', 'credits', 'timestamp', 'pubdate',
  'dateline', 'popular', 'skip', 'widget', 'paywall', 'meta',
]);

/** Tokens of class names that mark a caption (photo descriptions, not the article's claims). */
const CAPTION_TOKENS = new Set(['caption', 'captions', 'figcaption']);

/**
 * Tokens that name an article-body container. A class name made of these and no clutter
 * token ("article-body", "entry-content") protects its element from the clutter rule, so
 * "article-body js-social-share" is still the body while "article-share" is not.
 */
const CONTENT_TOKENS = new Set(['article', 'story', 'entry', 'post', 'body', 'content', 'text', 'prose', 'copy']);

/** Whole class names used for visually-hidden text. */
const HIDDEN_CLASSES = new Set([
  'hidden', 'is-hidden', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text',
  'screen-reader-only', 'offscreen', 'u-hidden', 'a11y-hidden', 'element-invisible',
]);

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Splits "relatedStories share_bar ad-slot" into lowercase tokens, camelCase included. */
function tokens(name: string, out: string[]): void {
  // Bounded: class attributes can be huge on hostile pages.
  const s = name.length > 512 ? name.slice(0, 512) : name;
  const re = /[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m[0].toLowerCase());
}

/** True when the element is hidden by its own attributes (hidden, aria-hidden, inline style). */
export function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && INLINE_HIDDEN.test(style)) return true;
  const cls = el.getAttribute('class');
  if (cls) {
    for (const c of cls.split(/\s+/)) if (HIDDEN_CLASSES.has(c.toLowerCase())) return true;
  }
  return false;
}

type NameKind = 'content' | 'strong' | 'weak' | null;

/** What one class name or id says: article body, strong or weak clutter, or nothing. */
function classifyName(name: string): NameKind {
  const toks: string[] = [];
  tokens(name, toks);
  let content = false;
  let weak = false;
  for (const t of toks) {
    if (STRONG_TOKENS.has(t)) return 'strong';
    if (WEAK_TOKENS.has(t)) weak = true;
    else if (CONTENT_TOKENS.has(t)) content = true;
  }
  return weak ? 'weak' : content ? 'content' : null;
}

/** True when a role attribute says the element is navigation, a sidebar, a banner, a dialog… */
export function hasChromeRole(el: Element): boolean {
  const role = el.getAttribute('role');
  return !!role && SKIP_ROLES.has(role.toLowerCase());
}

/**
 * Containers that are never judged clutter by their class names: a page's `<main>`,
 * `<article>` or articleBody often carries layout classes like "js-social-anchor" or
 * "layout-with-ad-margins".
 */
export function isProtectedContainer(el: Element): boolean {
  const name = el.localName;
  if (name === 'html' || name === 'body' || name === 'main' || name === 'article') return true;
  if (el.getAttribute('role') === 'main') return true;
  const prop = el.getAttribute('itemprop') ?? el.getAttribute('property');
  return !!prop && /\barticleBody\b/i.test(prop);
}

/**
 * How strongly class, id or itemprop say the element is page clutter: 2 (strong: comments,
 * related links…; never article prose), 1 (weak: a hint, since class names lie — a layout
 * wrapper called "Page-ad-margins" may hold the article; see extract.ts) or 0.
 */
export function clutterLevel(el: Element): 0 | 1 | 2 {
  if (isProtectedContainer(el)) return 0;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && /\b(?:author|publisher|comment)\b/i.test(itemprop)) return 2;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return 0;
  let level: 0 | 1 | 2 = 0;
  const names = cls ? cls.split(/\s+/, 64) : [];
  if (id) names.push(id);
  for (const name of names) {
    if (!name) continue;
    const kind = classifyName(name);
    if (kind === 'content') return 0;
    if (kind === 'strong') level = 2;
    else if (kind === 'weak' && level === 0) level = 1;
  }
  return level;
}

/** True when class, id or itemprop say the element is page clutter (strong or weak). */
export function isClutter(el: Element): boolean {
  return clutterLevel(el) > 0;
}

/** True for a caption: `<figcaption>`, a table `<caption>`, or an element classed as one. */
export function isCaption(el: Element): boolean {
  const name = el.localName;
  if (name === 'figcaption' || name === 'caption') return true;
  const cls = el.getAttribute('class');
  if (!cls) return false;
  const toks: string[] = [];
  tokens(cls, toks);
  return toks.some((t) => CAPTION_TOKENS.has(t));
}

/** True for tags that never hold article prose (scripts, forms controls, nav, aside, footer…). */
export function isSkippedTag(localName: string): boolean {
  return SKIP_TAGS.has(localName);
}

/** The hard rules: tags, roles and hidden attributes that always end a walk into an element. */
export function isNeverText(el: Element): boolean {
  return isSkippedTag(el.localName) || hasChromeRole(el) || hiddenByAttributes(el);
}
