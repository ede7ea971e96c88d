/**
 * Hostile pages for the robustness suite, generated at test time and served with
 * `server.route`. Each page carries a small probe (`window.__slProbe`, a page script) that
 * measures whether the page stays responsive (a 10 ms heartbeat records every gap longer
 * than 50 ms), records the elements added to the light DOM after DOMContentLoaded by anyone
 * but the page itself, counts Content-Security-Policy violations and answers a click on a
 * page button, so the test can tell "the page still works" from outside.
 *
 * The pages that should make the extension run its heavy path carry the design article
 * (seed-kidal-convoy), laid out with `renderNewsPage`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './paths.ts';
import { parseArticleTxt, renderNewsPage, type PlainArticle } from './news-page.ts';
import { pageUrl } from './browsers.ts';

export const SEED_ID = 'seed-kidal-convoy';
export const FR_ID = 'fr-wire-kidal-reprise';

export function loadArticle(id: string): PlainArticle {
  const dir = id.startsWith('seed-') ? 'seed' : 'dev';
  const lang = id.startsWith('fr-') ? 'fr' : 'en';
  return parseArticleTxt(readFileSync(join(CORPUS, dir, `${id}.txt`), 'utf8'), lang);
}

/** What a hostile page expects of the extension. */
export interface HostilePage {
  name: string;
  /** Path of the top document (server.route). */
  path: string;
  html: string;
  headers?: Record<string, string>;
  /** Further documents the page loads (iframes), served on the same server. */
  extra?: { path: string; html: string; headers?: Record<string, string> }[];
  /** Serve the top document under the French test host. */
  lang: 'en' | 'fr';
  /** 'yes': the overlay must show markers; 'no': none; 'any': either. */
  expectNotes: 'yes' | 'no' | 'any';
  /**
   * Compare responsiveness with the same page on a host the extension does not run on,
   * because the page itself is heavy (parsing and layout of a huge DOM cause long tasks).
   */
  control: boolean;
  /** Extra main-thread blocking (ms) the extension may add, measured by the heartbeat. */
  maxExtraBlockMs: number;
  /** Paths on our server the page itself requests (besides `path` and /favicon.ico). */
  ownPaths: string[];
  /** Hosts the page's own documents use (for Firefox's DNS mapping). */
  hosts: string[];
  /** How long the page keeps the main thread busy on its own (stays on until the end). */
  forever?: boolean;
  /** Texts that must reach our UI literally (as text, never as markup). */
  literalTexts?: string[];
}

/** What `readProbe` returns. */
export interface ProbeReport {
  /** ms since navigation start of DOMContentLoaded. */
  dcl: number;
  now: number;
  ticks: number;
  /** [start, duration] of each heartbeat gap longer than 50 ms (ms since navigation start). */
  gaps: [number, number][];
  /** Elements added after DOMContentLoaded by anyone but the page: tag, [rel=…], href/src. */
  added: string[];
  /** Host elements of ours the page removed (delete-host page). */
  removedHosts: number;
  /** CSP violations seen by the page. */
  violations: string[];
  /** Set by injected markup if it ever runs as HTML ('' when never). */
  pwned: string;
  /** Clicks the page's own button handler received. */
  clicks: number;
  /** Markers in our overlay (read with the natives the probe captured). */
  markers: number;
  /** Overlay host elements in the document. */
  hosts: number;
  /** Elements in our shadow root that could run or load something (img, script, iframe, object, embed, svg, [on*]). */
  activeInOverlay: string[];
  /** Hash and length of body's light-DOM text (noscript left out) at DOMContentLoaded (after the page's own scripts)… */
  textAtDcl: string;
  /** …and now. */
  textNow: string;
}

/**
 * The probe, a classic page script placed first in <head>. Everything it relies on is
 * captured before any override the page makes later (Array.prototype, JSON, Node.prototype,
 * MutationObserver, addEventListener…), and it builds its report as a JSON string by hand.
 */
export function probeScript(nonce?: string): string {
  return `<script${nonce ? ` nonce="${nonce}"` : ''}>
(function () {
  var now = performance.now.bind(performance);
  var MO = window.MutationObserver;
  var add = EventTarget.prototype.addEventListener;
  var createElement = Document.prototype.createElement;
  var appendChild = Node.prototype.appendChild;
  var setAttribute = Element.prototype.setAttribute;
  var hasAttribute = Element.prototype.hasAttribute;
  var getAttribute = Element.prototype.getAttribute;
  var qs = Document.prototype.querySelector;
  var qsaDoc = Document.prototype.querySelectorAll;
  var qsaFrag = DocumentFragment.prototype.querySelectorAll;
  var shadowGet = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot').get;
  var textGet = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent').get;
  var childrenGet = Object.getOwnPropertyDescriptor(Node.prototype, 'childNodes').get;
  var nodeTypeGet = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeType').get;
  var nodeNameGet = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName').get;
  var attrsGet = Object.getOwnPropertyDescriptor(Element.prototype, 'attributes').get;
  var bodyGet = Object.getOwnPropertyDescriptor(Document.prototype, 'body').get;
  var P = window.__slProbe = { dcl: 0, ticks: 0, gaps: [], added: [], removedHosts: 0, violations: [], pwned: '', clicks: 0 };
  var last = now();
  setInterval(function () {
    var t = now(), g = t - last;
    last = t;
    P.ticks++;
    if (g > 50) P.gaps[P.gaps.length] = [Math.round(t - g), Math.round(g)];
  }, 10);
  add.call(document, 'securitypolicyviolation', function (e) {
    P.violations[P.violations.length] = e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '');
  });
  add.call(document, 'DOMContentLoaded', function () {
    P.dcl = now();
    new MO(function (records) {
      for (var i = 0; i < records.length; i++) {
        var added = records[i].addedNodes;
        for (var j = 0; j < added.length; j++) {
          var n = added[j];
          if (nodeTypeGet.call(n) === 1 && !hasAttribute.call(n, 'data-page')) {
            var tag = String(nodeNameGet.call(n)).toLowerCase();
            var rel = getAttribute.call(n, 'rel'), href = getAttribute.call(n, 'href') || getAttribute.call(n, 'src');
            P.added[P.added.length] = tag + (rel ? '[rel=' + rel + ']' : '') + (href ? ' ' + String(href).slice(0, 70) : '');
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
    var b = createElement.call(document, 'button');
    setAttribute.call(b, 'id', 'sl-page-button');
    setAttribute.call(b, 'data-page', '');
    // CSSOM, not a style attribute: a strict CSP blocks the latter.
    var st = b.style;
    st.position = 'fixed'; st.left = '0'; st.top = '0'; st.zIndex = '2147483647'; st.width = '40px'; st.height = '24px'; st.fontSize = '9px';
    appendChild.call(b, document.createTextNode('page'));
    add.call(b, 'click', function () { P.clicks++; });
    appendChild.call(bodyGet.call(document), b);
    P.textAtDcl = textHash();
  });
  function q(s) {
    return '"' + String(s).replace(/[\\\\"\\u0000-\\u001f\\u2028\\u2029]/g, function (c) { return '\\\\u' + ('0000' + c.charCodeAt(0).toString(16)).slice(-4); }) + '"';
  }
  function arr(a, f) { var s = '['; for (var i = 0; i < a.length; i++) s += (i ? ',' : '') + f(a[i]); return s + ']'; }
  function num(x) { return String(+x || 0); }
  var firstGet = Object.getOwnPropertyDescriptor(Node.prototype, 'firstChild').get;
  var nextGet = Object.getOwnPropertyDescriptor(Node.prototype, 'nextSibling').get;
  var parentGet = Object.getOwnPropertyDescriptor(Node.prototype, 'parentNode').get;
  var dataGet = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data').get;
  /** FNV-1a over the light-DOM text of body (noscript left out), iterative: pages nest 5,000 deep. */
  function textHash() {
    var body = bodyGet.call(document), h = 0x811c9dc5, len = 0, node = firstGet.call(body);
    while (node && node !== body) {
      var t = nodeTypeGet.call(node);
      if (t === 3) {
        var d = dataGet.call(node);
        len += d.length;
        for (var i = 0; i < d.length; i++) h = Math.imul(h ^ d.charCodeAt(i), 16777619);
      }
      var down = t === 1 && nodeNameGet.call(node) !== 'NOSCRIPT' ? firstGet.call(node) : null;
      if (down) { node = down; continue; }
      while (node && node !== body && !nextGet.call(node)) node = parentGet.call(node);
      if (!node || node === body) break;
      node = nextGet.call(node);
    }
    return (h >>> 0).toString(16) + ':' + len;
  }
  P.textHash = textHash;
  P.report = function () {
    var hosts = qsaDoc.call(document, 'sahel-lens-overlay');
    var markers = 0, active = [];
    for (var i = 0; i < hosts.length; i++) {
      var root = shadowGet.call(hosts[i]);
      if (!root) continue;
      markers += qsaFrag.call(root, '[data-sl-claim]').length;
      var all = qsaFrag.call(root, '*');
      for (var j = 0; j < all.length; j++) {
        var el = all[j], name = String(nodeNameGet.call(el)).toLowerCase();
        var bad = /^(img|script|iframe|object|embed|svg|image|video|audio|frame|frameset|link|meta|base|form)$/.test(name) ? name : '';
        var attrs = attrsGet.call(el);
        for (var k = 0; k < attrs.length; k++) if (/^on/i.test(attrs[k].name)) bad = name + '[' + attrs[k].name + ']';
        if (bad) active[active.length] = bad;
      }
    }
    return '{"dcl":' + num(P.dcl) + ',"now":' + num(now()) + ',"ticks":' + num(P.ticks) +
      ',"gaps":' + arr(P.gaps, function (g) { return '[' + num(g[0]) + ',' + num(g[1]) + ']'; }) +
      ',"added":' + arr(P.added, q) + ',"removedHosts":' + num(P.removedHosts) +
      ',"violations":' + arr(P.violations, q) + ',"pwned":' + q(P.pwned || '') + ',"clicks":' + num(P.clicks) +
      ',"markers":' + num(markers) + ',"hosts":' + num(hosts.length) + ',"activeInOverlay":' + arr(active, q) +
      ',"textAtDcl":' + q(P.textAtDcl || '') + ',"textNow":' + q(textHash()) + '}';
  };
})();
</script>`;
}

/** An expression that reads the probe as a JSON string ('' when the page has none). */
export const READ_PROBE = `(window.__slProbe && typeof window.__slProbe.report === 'function' ? window.__slProbe.report() : '')`;

/** Parses what `readProbeInPage` returned. */
export function parseProbe(raw: string): ProbeReport | null {
  return raw ? (JSON.parse(raw) as ProbeReport) : null;
}

/** Main-thread time blocked beyond 50 ms per gap, inside [from, to) (ms since navigation start). */
export function blockedMs(report: ProbeReport, from = 0, to = Infinity): number {
  let sum = 0;
  for (const [start, dur] of report.gaps) {
    const s = Math.max(start, from);
    const e = Math.min(start + dur, to);
    if (e > s) sum += Math.max(0, e - s - 50 * ((e - s) / dur));
  }
  return Math.round(sum);
}

/** The longest heartbeat gap inside [from, to). */
export function maxGapMs(report: ProbeReport, from = 0, to = Infinity): number {
  let max = 0;
  for (const [start, dur] of report.gaps) if (start + dur > from && start < to) max = Math.max(max, dur);
  return max;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Deterministic filler text that is not about the Sahel and has no claim in it. */
function filler(words: number, seed: number): string {
  const vocab = ['garden', 'recipe', 'weather', 'football', 'museum', 'library', 'concert', 'harbour', 'bicycle', 'orchard',
    'window', 'morning', 'village', 'teacher', 'river', 'bridge', 'market', 'painting', 'season', 'festival', 'the', 'a',
    'and', 'with', 'under', 'over', 'quietly', 'green', 'old', 'new', 'small', 'bright'];
  let x = seed >>> 0;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out.push(vocab[x % vocab.length]!);
  }
  return out.join(' ');
}

const HEAD_CSP_SAFE = (nonce?: string) => probeScript(nonce);

/** Article text with markup in it: it must reach our notes as text, never run as HTML. */
function markupArticle(): { article: PlainArticle; literals: string[] } {
  const a = loadArticle(SEED_ID);
  const img = '<img src=x onerror="window.__slProbe.pwned=\'img\'">';
  const script = '</script><script>window.__slProbe.pwned="script"</script>';
  const svg = '<svg onload="window.__slProbe.pwned=\'svg\'"></svg>';
  const paragraphs = a.paragraphs.map((p, i) => {
    if (i === 0) return p.replace('according to a statement', `${img} according to a statement`);
    if (i === 4) return p.replace('12 trucks', `12 trucks ${script}`);
    if (i === 7) return p.replace('Lyammouri said', `Lyammouri ${svg} said`);
    return p;
  });
  return { article: { ...a, title: `${a.title} <b onmouseover="window.__slProbe.pwned='title'">!</b>`, paragraphs }, literals: [img, script] };
}

/** The seed article page, with extra head/tail markup, as most hostile pages start from. */
function seedPage(head = '', tail = '', nonce?: string): string {
  return renderNewsPage(loadArticle(SEED_ID), { head: HEAD_CSP_SAFE(nonce) + head, tail });
}

/** Every hostile page. `port` is the server's (for the cross-origin iframe). */
export function hostilePages(port: number, hosts: { en: string; fr: string }): HostilePage[] {
  const pages: HostilePage[] = [];
  const base = (p: Partial<HostilePage> & Pick<HostilePage, 'name' | 'html'>): HostilePage => ({
    path: `/hostile/${p.name}.html`,
    lang: 'en',
    expectNotes: 'yes',
    control: false,
    maxExtraBlockMs: 600,
    ownPaths: [],
    hosts: [hosts.en],
    ...p,
  });

  // 1. Markup in the article text.
  {
    const { article, literals } = markupArticle();
    pages.push(base({
      name: 'markup-in-text',
      html: renderNewsPage(article, { head: probeScript() }),
      literalTexts: literals,
    }));
  }

  // 2. A 20 MB page: the article, then 20 MB of reader comments about nothing in particular.
  {
    const chunk: string[] = [];
    let size = 0;
    for (let i = 0; size < 20 * 1024 * 1024; i++) {
      const p = `<div class="comment" data-page><b>reader${i}</b><p>${filler(60, i)}.</p></div>\n`;
      chunk.push(p);
      size += p.length;
    }
    pages.push(base({
      name: 'huge-20mb',
      html: seedPage('', `<section class="more-comments">\n${chunk.join('')}</section>`),
      control: true,
      maxExtraBlockMs: 2500,
    }));
  }

  // 3. 100,000 elements around the article (a sidebar of tiny spans and a big table).
  {
    const spans: string[] = [];
    for (let i = 0; i < 50_000; i++) spans.push(`<span>${i % 97}</span>`);
    const rows: string[] = [];
    for (let i = 0; i < 12_500; i++) rows.push(`<tr><td>${i}</td><td>x</td><td>y</td></tr>`);
    pages.push(base({
      name: 'elements-100k',
      html: seedPage('', `<aside class="tags">${spans.join('')}</aside><table class="stats"><tbody>${rows.join('')}</tbody></table>`),
      control: true,
      maxExtraBlockMs: 1500,
    }));
  }

  // 4. The article nested 5,000 levels deep (built by a page script: the HTML parser caps depth
  // at 512). The chain is `display: contents`: Chromium's own renderer crashes laying out 5,000
  // nested block boxes, with or without any extension, so the DOM is deep and the boxes are not.
  pages.push(base({
    name: 'nesting-5000',
    html: seedPage('', `<script>
(function () {
  var art = document.querySelector('article');
  var root = document.createElement('div'), cur = root;
  root.setAttribute('data-page', '');
  for (var i = 0; i < 5000; i++) { var d = document.createElement('div'); d.className = 'n' + (i % 7); d.style.display = 'contents'; cur.appendChild(d); cur = d; }
  art.parentNode.insertBefore(root, art);
  cur.appendChild(art);
  // A second deep chain of text nodes next to it.
  var t = document.createElement('div'), c2 = t;
  t.setAttribute('data-page', '');
  for (var j = 0; j < 5000; j++) { var s = document.createElement('span'); s.textContent = j % 10; c2.appendChild(s); c2 = s; }
  document.body.appendChild(t);
})();
</script>`),
    control: true,
    maxExtraBlockMs: 1500,
  }));

  // 5. The article inside an open shadow root.
  {
    const a = loadArticle(SEED_ID);
    const inner = `<article><h1>${esc(a.title)}</h1>${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article>`;
    pages.push(base({
      name: 'shadow-article',
      expectNotes: 'any',
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)}</title>${probeScript()}</head>
<body><header><nav><a href="#">World</a> <a href="#">Africa</a></nav></header>
<main><div id="story-host"></div></main>
<script>
(function () {
  var host = document.getElementById('story-host');
  var root = host.attachShadow({ mode: 'open' });
  root.innerHTML = ${JSON.stringify(inner)};
})();
</script>
</body></html>`,
    }));
  }

  // 6. Iframes: the article on top, a same-origin frame and a cross-origin frame, both with articles.
  {
    const frameDoc = (id: string) => {
      const a = loadArticle(id);
      return `<!doctype html><html lang="${a.lang}"><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<script>
window.addEventListener('message', function (e) {
  if (e.data !== 'sl-frame-state') return;
  e.source.postMessage({ sl: 'frame-state', overlay: document.querySelectorAll('sahel-lens-overlay').length,
    text: document.body.textContent.length, elements: document.body.querySelectorAll('*').length }, '*');
});
</script></head>
<body><article><h1>${esc(a.title)}</h1>${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article></body></html>`;
    };
    const same = '/hostile/frame-same.html';
    const cross = '/hostile/frame-cross.html';
    pages.push(base({
      name: 'iframes',
      html: seedPage('', `<iframe id="f-same" src="${same}" width="600" height="300"></iframe>
<iframe id="f-cross" src="${pageUrl(hosts.fr, port, cross)}" width="600" height="300"></iframe>`),
      extra: [{ path: same, html: frameDoc(FR_ID) }, { path: cross, html: frameDoc(SEED_ID) }],
      ownPaths: [same, cross],
      hosts: [hosts.en, hosts.fr],
    }));
  }

  // 7. A strict Content-Security-Policy (header), Trusted Types required, reports to /csp-report.
  {
    const nonce = 'sl0n0nce';
    pages.push(base({
      name: 'strict-csp',
      html: seedPage('', '', nonce).replace(/<style>/, `<style nonce="${nonce}">`),
      headers: {
        'content-security-policy':
          // img-src 'self': browsers fetch /favicon.ico under the page's CSP, and that violation is not ours.
          `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src 'self'; font-src 'none'; ` +
          `connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; ` +
          `require-trusted-types-for 'script'; trusted-types 'none'; report-uri /csp-report`,
      },
    }));
  }

  // 8. Builtins overridden by the page: Array.prototype, JSON, Node.prototype, window.fetch.
  const overrides: Record<string, string> = {
    'override-array': `
['map','forEach','filter','reduce','some','every','find','findIndex','indexOf','includes','join','slice','splice','push','pop','shift','unshift','sort','concat','flat','flatMap','at','keys','values','entries']
  .forEach(function (k) { var o = Array.prototype[k]; Array.prototype[k] = function () { throw new Error('page broke Array.prototype.' + k); }; Array.prototype[k].__orig = o; });
Array.from = function () { return []; };
Array.isArray = function () { return false; };`,
    'override-json': `
JSON.parse = function () { throw new Error('page broke JSON.parse'); };
JSON.stringify = function () { return '"page broke JSON.stringify"'; };
window.JSON = { parse: function () { return 42; }, stringify: function () { return 'nope'; } };`,
    'override-node': `
['appendChild','insertBefore','removeChild','replaceChild','cloneNode','contains','hasChildNodes','normalize','compareDocumentPosition']
  .forEach(function (k) { var o = Node.prototype[k]; Node.prototype[k] = function () { if (this && this.hasAttribute && this.hasAttribute('data-page')) return o.apply(this, arguments); throw new Error('page broke Node.prototype.' + k); }; });
Object.defineProperty(Node.prototype, 'textContent', { get: function () { return 'page broke textContent'; }, set: function () {}, configurable: true });
Object.defineProperty(Node.prototype, 'parentNode', { get: function () { return null; }, configurable: true });
Element.prototype.attachShadow = function () { throw new Error('page broke attachShadow'); };
Element.prototype.querySelectorAll = function () { return []; };
Document.prototype.createElement = function () { throw new Error('page broke createElement'); };
Document.prototype.createTreeWalker = function () { throw new Error('page broke createTreeWalker'); };`,
    'override-fetch': `
window.fetch = function () { window.__slProbe.fetches = (window.__slProbe.fetches || 0) + 1; return new Promise(function () {}); };
XMLHttpRequest.prototype.open = function () { throw new Error('page broke XHR'); };
window.Promise.prototype.finally = function () { throw new Error('page broke finally'); };
navigator.sendBeacon = function () { window.__slProbe.beacons = (window.__slProbe.beacons || 0) + 1; return true; };
window.requestIdleCallback = function () { return 0; };
window.MutationObserver = function () { throw new Error('page broke MutationObserver'); };
window.addEventListener = function () {};
EventTarget.prototype.addEventListener = function () {};
window.CSS = { highlights: { set: function () { throw new Error('page broke CSS.highlights'); } } };
window.Highlight = function () { throw new Error('page broke Highlight'); };
window.customElements && (window.customElements.define = function () { throw new Error('page broke customElements.define'); });`,
  };
  for (const [name, code] of Object.entries(overrides)) {
    // The probe runs first and keeps working: it captured what it needs before the override.
    pages.push(base({ name, html: seedPage(`<script>${code}</script>`) }));
  }

  // 9. A page that deletes our host element whenever it shows up.
  pages.push(base({
    name: 'delete-host',
    expectNotes: 'any',
    html: seedPage(`<script>
(function () {
  var remove = Element.prototype.remove;
  function sweep() {
    var hosts = document.querySelectorAll('sahel-lens-overlay, [id^="sahel-lens"], [class^="sahel-lens"]');
    for (var i = 0; i < hosts.length; i++) { remove.call(hosts[i]); window.__slProbe.removedHosts++; }
  }
  new MutationObserver(sweep).observe(document, { childList: true, subtree: true });
  setInterval(sweep, 100);
})();
</script>`),
  }));

  // 10. Text that changes every 10 ms, forever: a ticker in the header and a counter in the article.
  pages.push(base({
    name: 'text-churn',
    forever: true,
    html: seedPage('', `<script>
(function () {
  var ticker = document.createElement('div');
  ticker.setAttribute('data-page', '');
  ticker.id = 'ticker';
  document.querySelector('header').appendChild(ticker);
  var ps = document.querySelectorAll('article p');
  var last = ps[ps.length - 1];
  var counter = document.createElement('span');
  counter.setAttribute('data-page', '');
  last.appendChild(document.createTextNode(' Updated '));
  last.appendChild(counter);
  var n = 0;
  setInterval(function () {
    n++;
    ticker.textContent = 'Live: ' + n + ' readers, markets ' + (n % 7) + '% up';
    counter.textContent = n + ' times';
    var extra = document.createElement('p');
    extra.setAttribute('data-page', '');
    extra.textContent = 'Update ' + n;
    if (n % 50 === 0) { var old = document.querySelectorAll('.updates p'); for (var i = 0; i < old.length; i++) old[i].remove(); }
    document.querySelector('.updates').appendChild(extra);
  }, 10);
})();
</script>`).replace('<section class="comments">', '<section class="updates" data-page></section>\n  <section class="comments">'),
  }));

  return pages;
}
