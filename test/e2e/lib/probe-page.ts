/**
 * The probe page (issue 16): what a web page can learn, from its own main world, about whether
 * Sahel Lens is installed. It plays the worst-case attacker: it knows the extension's real id
 * (Chromium) or the install's moz-extension UUID (Firefox) and every file of the package.
 *
 * Three parts, all run in the page through `pageExpression`:
 *  - a recorder, the first script of the page's <head>: a MutationObserver on the whole document
 *    from the start, listeners (capture, on window) for every event type the browser names
 *    (`on*` properties) and every event name found in the package, and `message` events;
 *  - a snapshot of everything else a page can read: the DOM with open shadow roots, `data-*`
 *    attributes, style sheets (adopted ones too), computed styles and layout of every element,
 *    `CSS.highlights`, fonts, main-world globals and prototypes (and whether their functions are
 *    still native), `window.chrome`, performance entries, focus, history;
 *  - active probes: fetching and loading (`fetch`, `import()`, `<script>`, `<img>`,
 *    `<link rel=stylesheet>`, `<iframe>`) every file of the package by the real id and by a
 *    made-up one, timing those loads, and dispatching (untrusted) the keys a content script
 *    might answer to see whether anyone prevents or stops them.
 *
 * A snapshot says nothing alone: it is compared, line by line, with the same page in the same
 * browser launched by the same harness with a control extension instead of Sahel Lens (see
 * `controlExtension`), loaded twice so that what varies from one load of the page to the next
 * is not blamed on us.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { renderNewsPage, type PlainArticle } from './news-page.ts';
import { pageExpression } from './page-function.ts';
import { ROOT } from './paths.ts';
import { FIREFOX_CONTROL_EXTENSION, type BrowserName } from './browsers.ts';

// ------------------------------------------------------------------ pages

/**
 * A story with no Sahel name anywhere, long enough (over 2,000 characters of paragraphs) that
 * the always-on content script judges it at its first look, without late rescans.
 */
export const PLAIN_ARTICLE: PlainArticle = {
  lang: 'en',
  title: 'City council approves a network of protected cycle lanes',
  paragraphs: [
    'The city council voted on Tuesday evening to build forty kilometres of protected cycle lanes over the next three years, the largest change to the city’s streets in a generation.',
    'The plan, which passed by eleven votes to four, separates bicycles from traffic with low concrete kerbs on the main avenues and turns six residential streets into routes where cars may only enter to reach a house.',
    'Supporters filled the public gallery. Parents described taking their children to school along roads where delivery vans park on the pavement, and a retired bus driver spoke about the crossings he had watched for thirty years.',
    'Shop owners on the market street were divided. Some feared that fewer parking places would keep customers away; others pointed to surveys showing that most of their customers arrive on foot, by tram or by bicycle already.',
    'The transport department will publish detailed drawings for each street in the spring, and residents will be able to comment on them at exhibitions in the libraries and online before work begins.',
    'Construction is due to start on the river avenue, where a temporary lane marked with paint and plastic posts has carried more than three thousand bicycles a day since last summer.',
    'The council also agreed to repair the old cobbles on the cathedral square, to plant two hundred trees along the new lanes and to add secure bicycle parking at every tram stop.',
    'Opponents said the cost, estimated at sixty million, should have gone to resurfacing roads in the outer districts, where potholes have damaged cars and buses through a long and wet winter.',
    'The mayor answered that the lanes would be built with the resurfacing, not instead of it, and that the first districts to benefit would be those furthest from the centre.',
    'A final vote on the budget for the first year will take place next month, after a report from the city auditor on the cost of maintenance and of the new traffic signals.',
    'Cycling groups welcomed the decision but asked the council to publish counts from every new lane each year, so that residents can judge for themselves whether the network is being used.',
    'The bus company said it would move four stops to make room for the lanes and promised that no passenger would have to walk more than a few extra steps to reach them.',
  ],
};

/** Paths the test serves the probe pages under. */
export const PROBE_PATHS = { plain: '/probe/plain.html', annotated: '/probe/annotated.html' } as const;

/** A news page for `article` with the recorder as the very first element of <head>. */
export function probePageHtml(article: PlainArticle, eventTypes: string[]): string {
  const source = pageExpression(installRecorder, { eventTypes });
  // The recorder's source must not end its own <script> element early.
  if (/<\/script/i.test(source)) throw new Error('the probe recorder contains </script>');
  return renderNewsPage(article).replace('<head>', `<head>\n<script>${source};</script>`);
}

// ------------------------------------------------------------------ the package

/** Every file of a built extension folder, relative, with `/` separators, sorted. */
export function packageFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dist, p).split('\\').join('/'));
    }
  };
  walk(dist);
  return out.sort();
}

/** Files the built manifest lists as web-accessible (empty when it has no such key). */
export function webAccessibleFiles(dist: string): string[] {
  const m = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { web_accessible_resources?: { resources?: string[] }[] };
  return (m.web_accessible_resources ?? []).flatMap((w) => w.resources ?? []);
}

/**
 * Event names an attacker can read in the package: string literals given to `new Event(…)` or
 * `new CustomEvent(…)` in its scripts. The recorder listens for them besides the browser's own.
 */
export function packageEventNames(dist: string): string[] {
  const names = new Set<string>();
  for (const f of packageFiles(dist)) {
    if (!f.endsWith('.js')) continue;
    const code = readFileSync(join(dist, f), 'utf8');
    for (const m of code.matchAll(/new\s+(?:Custom)?Event\(\s*[`'"]([^`'"]{1,60})[`'"]/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

// ------------------------------------------------------------------ control extension

/** The control's one web-accessible file: the positive check that the URL probe can find a file. */
export const CANARY_FILE = 'canary.txt';
/** A file of the control that is not web-accessible. */
export const CONTROL_PRIVATE_FILE = 'bg.js';
/** An image of the control, not web-accessible. */
export const CONTROL_ICON = 'icon.png';

/**
 * The control extension: nothing on pages (no content script), an empty background, and one
 * web-accessible file. The control browser loads it instead of Sahel Lens, so it is launched by
 * exactly the same harness code; the canary proves, in each browser, that the URL probe finds a
 * file a page can load.
 */
export function controlExtension(): { chrome: string; firefox: string } {
  const root = join(tmpdir(), 'sahel-lens-probe-control');
  const base = {
    manifest_version: 3,
    name: 'Probe control (test)',
    version: '1.0',
    web_accessible_resources: [{ resources: [CANARY_FILE], matches: ['https://*/*', 'http://*/*'] }],
  };
  for (const target of ['chrome', 'firefox'] as const) {
    const dir = join(root, target);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, CONTROL_PRIVATE_FILE), '// nothing\n');
    writeFileSync(join(dir, CANARY_FILE), 'canary\n');
    copyFileSync(join(ROOT, 'icons/icon-16.png'), join(dir, CONTROL_ICON));
    const manifest =
      target === 'chrome'
        ? { ...base, background: { service_worker: CONTROL_PRIVATE_FILE } }
        : {
            ...base,
            background: { scripts: [CONTROL_PRIVATE_FILE] },
            browser_specific_settings: { gecko: { id: FIREFOX_CONTROL_EXTENSION.id, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } },
          };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  }
  return { chrome: join(root, 'chrome'), firefox: join(root, 'firefox') };
}

/** An extension origin that no install has: same shape as the real one. */
export function madeUpOrigin(browser: BrowserName): string {
  return browser === 'chromium' ? 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' : 'moz-extension://0badc0de-1234-4321-8765-0badc0de0000';
}

// ------------------------------------------------------------------ in the page: recorder

/** What the recorder keeps on `window.__probeRecorder` (a non-enumerable property of our own page). */
export interface RecorderState {
  mutations: string[];
  events: string[];
  messages: string[];
  startGlobals: string[];
  /** history.length and state when the page started (the tab's earlier entries are not the page's). */
  startHistory: { length: number; state: string };
  stop(): void;
}

/**
 * Runs first in the page. Records every mutation of the document (parser insertions included:
 * the control records the same), every event of the listed types that reaches the window, and
 * every `message`. Describes nodes by their path (tag names with an index among same-tag
 * siblings, `#shadow` for a shadow root), so a record can be compared across loads.
 */
export function installRecorder(o: { eventTypes: string[] }): void {
  const pathOf = (start: Node | null): string => {
    const parts: string[] = [];
    let n: Node | null = start;
    while (n) {
      if (n.nodeType === 1) {
        const el = n as Element;
        const parent = el.parentNode as (ParentNode & Node) | null;
        let i = 0;
        if (parent) {
          for (const c of Array.from(parent.children)) {
            if (c === el) break;
            if (c.localName === el.localName) i++;
          }
        }
        parts.push(i ? `${el.localName}:${i}` : el.localName);
        n = parent;
      } else if (n.nodeType === 11) {
        parts.push('#shadow');
        n = (n as ShadowRoot).host ?? null;
      } else if (n.nodeType === 9) {
        break;
      } else {
        parts.push(n.nodeName.toLowerCase());
        n = n.parentNode;
      }
    }
    return parts.reverse().join('>') || '#document';
  };
  const nodeText = (n: Node): string => {
    if (n.nodeType !== 1) return n.nodeName.toLowerCase();
    const el = n as Element;
    const attrs = Array.from(el.attributes).map((a) => `${a.name}="${a.value.slice(0, 80)}"`).sort();
    return `<${[el.localName, ...attrs].join(' ')}>`;
  };
  const rec = {
    mutations: [] as string[],
    events: [] as string[],
    messages: [] as string[],
    startGlobals: Object.getOwnPropertyNames(window),
    startHistory: { length: history.length, state: JSON.stringify(history.state) },
    pathOf,
    stop: () => {},
  };
  const mo = new MutationObserver((list) => {
    for (const m of list) {
      const where = pathOf(m.target);
      if (m.type === 'childList') {
        for (const n of Array.from(m.addedNodes)) rec.mutations.push(`+ ${nodeText(n)} in ${where}`);
        for (const n of Array.from(m.removedNodes)) rec.mutations.push(`- ${nodeText(n)} from ${where}`);
      } else if (m.type === 'attributes') {
        const now = (m.target as Element).getAttribute(m.attributeName ?? '');
        rec.mutations.push(`@${m.attributeName} on ${where}: ${JSON.stringify(m.oldValue)} -> ${JSON.stringify(now)}`);
      } else {
        rec.mutations.push(`~ ${m.target.nodeName.toLowerCase()} in ${pathOf(m.target.parentNode)}`);
      }
    }
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true });
  const onEvent = (e: Event) => {
    const t = e.target as Node | Window | null;
    const target = t === window ? 'window' : t && 'nodeType' in t ? pathOf(t) : String(t);
    const detail = e instanceof CustomEvent ? ` detail=${JSON.stringify(e.detail ?? null)?.slice(0, 120)}` : '';
    rec.events.push(`${e.type} on ${target} trusted=${e.isTrusted}${detail}`);
    if (e.type === 'message') {
      const m = e as MessageEvent;
      let data: string;
      try {
        data = JSON.stringify(m.data)?.slice(0, 200) ?? String(m.data);
      } catch {
        data = `[${typeof m.data}]`;
      }
      rec.messages.push(`from ${m.origin || '(no origin)'} source=${m.source === window ? 'self' : m.source ? 'other' : 'none'} ports=${m.ports.length} data=${data}`);
    }
  };
  const types = new Set(o.eventTypes);
  for (const proto of [window, Document.prototype, HTMLElement.prototype, Element.prototype]) {
    for (let p: object | null = proto; p; p = Object.getPrototypeOf(p)) {
      for (const k of Object.getOwnPropertyNames(p)) if (k.startsWith('on') && k.length > 2) types.add(k.slice(2));
    }
  }
  for (const t of ['message', 'messageerror', 'DOMContentLoaded', 'readystatechange', 'visibilitychange', 'pageshow', 'pagehide']) types.add(t);
  const opts = { capture: true, passive: true };
  for (const t of types) window.addEventListener(t, onEvent, opts);
  rec.stop = () => {
    mo.disconnect();
    for (const t of types) window.removeEventListener(t, onEvent, opts);
  };
  Object.defineProperty(window, '__probeRecorder', { value: rec, configurable: true, enumerable: false, writable: false });
}

// ------------------------------------------------------------------ in the page: snapshot

/** Observations by kind; each kind is a list of lines compared as a multiset with the control. */
export type Snapshot = Record<string, string[]>;

/**
 * Kinds whose lines depend on the machine's speed (long animation frames and their script
 * attributions): not compared with the control, only searched for a mention of the extension.
 */
export const TIMING_KINDS: readonly string[] = ['timing-entries'];

/** The kinds of observation a snapshot holds (every one is checked). */
export const SNAPSHOT_KINDS = [
  'dom',
  'data-attributes',
  'shadow-hosts',
  'stylesheets',
  'computed-style',
  'layout',
  'highlights',
  'fonts',
  'globals',
  'prototypes',
  'chrome-object',
  'events',
  'messages',
  'mutations',
  'performance',
  'focus-history',
  'timing-entries',
  'input',
] as const;

/**
 * Reads everything a page can read about itself (see the file comment), after stopping the
 * recorder when `stop` is set. Lines are sorted within each kind.
 */
export async function readSnapshot(o: { stop: boolean }): Promise<Snapshot> {
  const rec = (window as unknown as { __probeRecorder?: RecorderState & { pathOf(n: Node | null): string } }).__probeRecorder;
  if (!rec) throw new Error('the page has no probe recorder');
  if (o.stop) rec.stop();
  // Let pending mutation records and events arrive.
  await new Promise((r) => setTimeout(r, 50));
  const pathOf = rec.pathOf;
  const hash = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return `${(h >>> 0).toString(16)}:${s.length}`;
  };
  const out: Record<string, string[]> = {};
  const add = (kind: string, line: string) => (out[kind] ??= []).push(line);

  // DOM, with every open shadow root.
  const elements: Element[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const walk = (root: Node) => {
    const w = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let n: Node | null = w.currentNode; n; n = w.nextNode()) {
      if (n.nodeType === 1) {
        const el = n as Element;
        elements.push(el);
        const attrs = Array.from(el.attributes).map((a) => `${a.name}=${JSON.stringify(a.value.slice(0, 200))}`).sort();
        add('dom', `${pathOf(el)} <${[el.localName, ...attrs].join(' ')}>`);
        for (const a of Array.from(el.attributes)) if (a.name.startsWith('data-')) add('data-attributes', `${a.name} on ${pathOf(el)}`);
        const sr = el.shadowRoot;
        if (sr) {
          shadowRoots.push(sr);
          add('shadow-hosts', `${pathOf(el)} (open shadow root)`);
          add('dom', `${pathOf(el)} #shadow-root(${sr.mode})`);
          walk(sr);
        }
      } else if (n.nodeType === 3 || n.nodeType === 8) {
        add('dom', `${pathOf(n.parentNode)} ${n.nodeName.toLowerCase()} ${hash((n as CharacterData).data)}`);
      } else if (n.nodeType === 10) {
        add('dom', `doctype ${(n as DocumentType).name}`);
      }
    }
  };
  walk(document);

  // Style sheets: the document's and each open shadow root's, adopted ones too.
  const rulesOf = (s: CSSStyleSheet) => {
    try {
      const rules = Array.from(s.cssRules).map((r) => r.cssText);
      const selectors = rules.map((r) => r.split('{')[0]!.trim()).slice(0, 3).join(' | ');
      return `${rules.length} rules ${hash(rules.join('\n'))} [${selectors}]`;
    } catch (e) {
      return `rules unreadable (${(e as Error).name})`;
    }
  };
  const sheetsOf = (where: string, root: Document | ShadowRoot) => {
    Array.from(root.styleSheets).forEach((s, i) => {
      const owner = s.ownerNode ? pathOf(s.ownerNode) : 'none';
      add('stylesheets', `${where} sheet ${i} owner=${owner} href=${s.href ?? ''} media=${s.media.mediaText} disabled=${s.disabled} ${rulesOf(s as CSSStyleSheet)}`);
    });
    const adopted = (root as { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets ?? [];
    add('stylesheets', `${where} adopted count=${adopted.length}`);
    adopted.forEach((s, i) => add('stylesheets', `${where} adopted ${i} ${rulesOf(s)}`));
  };
  sheetsOf('document', document);
  for (const sr of shadowRoots) sheetsOf(`${pathOf(sr.host)}#shadow`, sr);

  // Computed styles (and ::before/::after) and layout of every element, light DOM and open shadow roots.
  for (const el of elements) {
    const p = pathOf(el);
    const cs = getComputedStyle(el);
    const props: string[] = [];
    for (let i = 0; i < cs.length; i++) props.push(`${cs[i]}:${cs.getPropertyValue(cs[i]!)}`);
    const pseudo = ['::before', '::after'].map((ps) => getComputedStyle(el, ps).getPropertyValue('content')).join(',');
    add('computed-style', `${p} ${hash(props.join(';'))} pseudo=${pseudo}`);
    const r = el.getBoundingClientRect();
    add('layout', `${p} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`);
  }
  const de = document.documentElement;
  add('layout', `document scroll ${de.scrollWidth}x${de.scrollHeight} client ${de.clientWidth}x${de.clientHeight} window ${innerWidth}x${innerHeight} scroll ${scrollX},${scrollY}`);

  // CSS Custom Highlights.
  const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range> & { priority?: number; type?: string }> } }).CSS?.highlights;
  if (!reg) add('highlights', 'no CSS.highlights');
  else {
    add('highlights', `CSS.highlights size=${reg.size}`);
    for (const [name, h] of reg) add('highlights', `${name} ranges=${h.size} priority=${h.priority} type=${h.type}`);
  }

  // Fonts.
  const fonts = document.fonts;
  add('fonts', `document.fonts size=${fonts.size} status=${fonts.status}`);
  fonts.forEach((f) => add('fonts', `${f.family} ${f.style} ${f.weight} ${f.status}`));

  // Main-world globals and expandos, and prototypes with their functions' nativeness.
  const fnToString = Function.prototype.toString;
  const nonNative = (owner: string, obj: object) => {
    for (const k of Object.getOwnPropertyNames(obj)) {
      const d = Object.getOwnPropertyDescriptor(obj, k);
      for (const f of [d?.value, d?.get, d?.set]) {
        if (typeof f !== 'function') continue;
        let src = '';
        try {
          src = fnToString.call(f);
        } catch {
          src = '(toString threw)';
        }
        if (!/\{\s*\[native code\]\s*\}\s*$/.test(src)) add('prototypes', `non-native ${owner}.${k}`);
      }
    }
  };
  const start = new Set(rec.startGlobals);
  for (const k of Object.getOwnPropertyNames(window)) add('globals', start.has(k) ? `window.${k}` : `window.${k} (added after the page started)`);
  for (const s of Object.getOwnPropertySymbols(window)) add('globals', `window[${String(s)}]`);
  for (const [name, obj] of [['document', document], ['html', document.documentElement], ['head', document.head], ['body', document.body], ['navigator', navigator], ['history', history], ['location', location]] as const) {
    for (const k of Object.getOwnPropertyNames(obj)) add('globals', `${name}.${k}`);
  }
  const w = window as unknown as Record<string, { prototype?: object } | undefined>;
  for (const ctor of ['Object', 'Function', 'Array', 'Promise', 'JSON', 'Reflect', 'EventTarget', 'Node', 'Element', 'HTMLElement', 'Document', 'Window', 'History', 'Navigator', 'ShadowRoot', 'CSSStyleSheet', 'Range', 'Selection', 'MutationObserver', 'Event', 'CustomEvent', 'MessagePort', 'Response', 'Request', 'XMLHttpRequest', 'HTMLScriptElement', 'HTMLIFrameElement', 'Storage']) {
    const c = w[ctor];
    if (!c) {
      add('prototypes', `${ctor} missing`);
      continue;
    }
    const proto = c.prototype ?? c;
    add('prototypes', `${ctor} ${Object.getOwnPropertyNames(proto).sort().join(',')}`);
    nonNative(ctor, proto);
    if (c.prototype) nonNative(`${ctor}(static)`, c);
  }
  nonNative('window', window);
  nonNative('document', document);

  // window.chrome (Chromium gives pages chrome.runtime when an extension is externally connectable).
  const chromeObj = (window as unknown as { chrome?: Record<string, unknown> }).chrome;
  if (chromeObj === undefined) add('chrome-object', 'no window.chrome');
  else {
    add('chrome-object', `chrome: ${Object.getOwnPropertyNames(chromeObj).sort().join(',')}`);
    for (const k of Object.getOwnPropertyNames(chromeObj)) {
      const v = chromeObj[k];
      if (v && typeof v === 'object') add('chrome-object', `chrome.${k}: ${Object.getOwnPropertyNames(v).sort().join(',')}`);
    }
  }
  add('chrome-object', `typeof browser=${typeof (window as unknown as { browser?: unknown }).browser}`);

  // Recorder.
  out.mutations = rec.mutations.slice();
  out.events = [...new Set(rec.events)];
  out.messages = rec.messages.slice();

  // Performance entries (the page's own document and resources, and anything else).
  // Entries that exist or not depending on the machine's speed (long frames) go to
  // 'timing-entries', which is not compared with the control; see TIMING_KINDS.
  for (const e of performance.getEntries()) {
    if (e.entryType === 'long-animation-frame' || e.entryType === 'longtask') {
      add('timing-entries', `${e.entryType} ${Math.round(e.duration)} ms`);
      const scripts = (e as unknown as { scripts?: { invokerType?: string; invoker?: string; sourceURL?: string }[] }).scripts ?? [];
      for (const sc of scripts) add('timing-entries', `${e.entryType} script ${sc.invokerType} ${sc.invoker} ${sc.sourceURL}`);
    } else if (e.entryType === 'resource' || e.entryType === 'navigation' || e.entryType === 'mark' || e.entryType === 'measure') {
      // The browser's own request for the favicon shows up (or not yet) depending on timing.
      if (e.entryType === 'resource' && new URL(e.name, location.href).pathname === '/favicon.ico' && !new URL(e.name, location.href).search) continue;
      add('performance', `${e.entryType} ${e.name}`);
    } else {
      add('performance', `${e.entryType} ${e.name.startsWith('http') ? 'url' : e.name}`);
    }
  }

  // Focus, selection, history.
  add('focus-history', `active ${document.activeElement ? pathOf(document.activeElement) : 'none'}`);
  const sel = getSelection();
  add('focus-history', `selection ranges=${sel?.rangeCount ?? 0} text=${hash(sel?.toString() ?? '')}`);
  add('focus-history', `history entries added=${history.length - rec.startHistory.length} state ${JSON.stringify(history.state) === rec.startHistory.state ? 'as at start' : `now ${JSON.stringify(history.state)}`}`);
  add('focus-history', `title ${document.title} url ${location.href}`);
  add('focus-history', `frames ${window.length}`);
  for (const k of Object.keys(out)) out[k]!.sort();
  return out;
}

/**
 * Active input probe, after a snapshot: dispatches keyboard events a content script might
 * answer (our shortcuts, the browser command chord, Escape) as the page can, untrusted, and
 * reports for each whether someone called preventDefault() or stopped it before the page's own
 * listener on window saw it.
 */
export function probeInput(): string[] {
  const lines: string[] = [];
  const chords = [
    { label: 'Alt+Shift+L', key: 'L', code: 'KeyL', mods: true },
    { label: 'Alt+Shift+J', key: 'J', code: 'KeyJ', mods: true },
    { label: 'Alt+Shift+K', key: 'K', code: 'KeyK', mods: true },
    { label: 'Alt+Shift+S', key: 'S', code: 'KeyS', mods: true },
    { label: 'Escape', key: 'Escape', code: 'Escape', mods: false },
  ];
  for (const c of chords) {
    let seen = false;
    const onBubble = () => {
      seen = true;
    };
    window.addEventListener('keydown', onBubble);
    const ev = new KeyboardEvent('keydown', { key: c.key, code: c.code, altKey: c.mods, shiftKey: c.mods, bubbles: true, cancelable: true, composed: true });
    document.body.dispatchEvent(ev);
    window.removeEventListener('keydown', onBubble);
    lines.push(`keydown ${c.label} (untrusted): defaultPrevented=${ev.defaultPrevented} reached the page's listener=${seen}`);
  }
  return lines.sort();
}

/**
 * The probe's own positive check: plants, from the page's main world, one leak of every kind
 * a snapshot compares (an attribute, a shadow host, an adopted sheet, a highlight, a global, a
 * patched prototype, a message, an event, a resource load, a font, a history entry…), so that a
 * snapshot taken afterwards must differ from the control's in every kind.
 */
export async function plantLeaks(): Promise<string[]> {
  const planted: string[] = [];
  document.body.setAttribute('data-planted', '1');
  const host = document.createElement('planted-host');
  host.attachShadow({ mode: 'open' }).innerHTML = '<span data-planted-inner>x</span>';
  document.documentElement.appendChild(host);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(planted){color:red}');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const w = window as unknown as { CSS: { highlights?: Map<string, unknown> }; Highlight?: new (r: Range) => unknown; chrome?: Record<string, unknown>; __planted?: number };
  if (w.CSS.highlights && w.Highlight) {
    const r = document.createRange();
    r.selectNodeContents(document.querySelector('p')!);
    w.CSS.highlights.set('planted', new w.Highlight(r));
  }
  w.__planted = 1;
  if (w.chrome) w.chrome.planted = {};
  else w.chrome = { planted: {} };
  const push = History.prototype.pushState;
  History.prototype.pushState = function (...args: Parameters<History['pushState']>) {
    return push.apply(this, args);
  };
  window.postMessage({ planted: true }, '*');
  window.dispatchEvent(new CustomEvent('vite:preloadError', { detail: 'planted' }));
  await fetch('/favicon.ico?planted').then((r) => r.arrayBuffer());
  document.fonts.add(new FontFace('Planted', 'local(serif)'));
  history.pushState({ planted: 1 }, '');
  window.addEventListener('keydown', (e) => {
    if (e.altKey && e.shiftKey && e.code === 'KeyL') e.preventDefault();
  }, true);
  await new Promise((r) => setTimeout(r, 100));
  planted.push('done');
  return planted;
}

// ------------------------------------------------------------------ in the page: URL probes

export const LOAD_METHODS = ['fetch', 'import', 'script', 'img', 'link', 'iframe'] as const;
export type LoadMethod = (typeof LOAD_METHODS)[number];

/** One load of one file by one method, by the real origin and by the made-up one. */
export interface LoadResult {
  file: string;
  method: LoadMethod;
  real: string;
  fake: string;
  realMs: number;
  fakeMs: number;
}

/**
 * Loads every file of `files` by every method, from `real` and from `fake` (two extension
 * origins), a few loads at a time, and describes each outcome as the page sees it (events,
 * status, sizes, error names and messages with the origin replaced by `<origin>`).
 */
export async function probeUrls(o: { real: string; fake: string; jobs: { file: string; method: string }[]; timeoutMs: number; concurrency: number }): Promise<LoadResult[]> {
  const settle = <T,>(p: Promise<T>, ms: number, onTimeout: T) => Promise.race([p, new Promise<T>((r) => setTimeout(() => r(onTimeout), ms))]);
  const describeError = (e: unknown, origin: string) => {
    const err = e as { name?: string; message?: string };
    return `${err?.name ?? 'Error'}: ${String(err?.message ?? e)}`.split(origin).join('<origin>');
  };
  const viaElement = (tag: 'script' | 'img' | 'link' | 'iframe', url: string, origin: string): Promise<string> => {
    const el = document.createElement(tag);
    const errors: string[] = [];
    // Errors of the loaded script itself (other loads run at the same time: match the URL).
    const onError = (ev: ErrorEvent) => {
      if (ev.filename === url) errors.push(`page error: ${ev.message}`.split(origin).join('<origin>'));
    };
    window.addEventListener('error', onError);
    const done = new Promise<string>((resolve) => {
      el.addEventListener('load', () => resolve('load'));
      el.addEventListener('error', () => resolve('error'));
    });
    if (tag === 'script') (el as HTMLScriptElement).src = url;
    else if (tag === 'img') (el as HTMLImageElement).src = url;
    else if (tag === 'link') {
      (el as HTMLLinkElement).rel = 'stylesheet';
      (el as HTMLLinkElement).href = url;
    } else {
      (el as HTMLIFrameElement).src = url;
      el.setAttribute('style', 'width:10px;height:10px;border:0');
    }
    (tag === 'iframe' ? document.body : document.head).appendChild(el);
    return settle(done, o.timeoutMs, 'timeout').then(async (ev) => {
      let extra = '';
      if (tag === 'img') extra = ` ${(el as HTMLImageElement).naturalWidth}x${(el as HTMLImageElement).naturalHeight}`;
      if (tag === 'link') {
        const sheet = (el as HTMLLinkElement).sheet;
        let rules = 'none';
        if (sheet) {
          try {
            rules = String(sheet.cssRules.length);
          } catch (e) {
            rules = (e as Error).name;
          }
        }
        extra = ` sheet=${rules}`;
      }
      if (tag === 'iframe') {
        const f = el as HTMLIFrameElement;
        let href = '';
        try {
          href = String(f.contentWindow?.location.href);
        } catch (e) {
          href = (e as Error).name;
        }
        extra = ` frames=${f.contentWindow?.length ?? 'none'} href=${href.split(origin).join('<origin>')} doc=${f.contentDocument ? 'readable' : 'null'}`;
      }
      // A script that loads runs: give its errors a moment to arrive.
      if (tag === 'script' && ev === 'load') await new Promise((r) => setTimeout(r, 0));
      window.removeEventListener('error', onError);
      el.remove();
      return `${ev}${extra}${errors.length ? ` [${errors.join('; ')}]` : ''}`;
    });
  };
  const loadOnce = async (method: string, origin: string, file: string): Promise<{ out: string; ms: number }> => {
    const url = `${origin}/${file}`;
    const t0 = performance.now();
    let out: string;
    try {
      if (method === 'fetch') {
        const ctl = new AbortController();
        const timer = setTimeout(() => ctl.abort(), o.timeoutMs);
        try {
          const r = await fetch(url, { signal: ctl.signal });
          const body = await r.arrayBuffer();
          out = `ok ${r.status} ${r.type} ${body.byteLength} bytes`;
        } finally {
          clearTimeout(timer);
        }
      } else if (method === 'import') {
        // import() from an inline module script: written in this function, the expression would
        // be rewritten by the test runner's module loader before it reaches the page.
        const channel = `probe-import-${Math.random().toString(36).slice(2)}`;
        const result = new Promise<string>((resolve) => {
          window.addEventListener(channel, (e) => resolve(String((e as CustomEvent).detail)), { once: true });
        });
        const s = document.createElement('script');
        s.type = 'module';
        const tell = (expr: string) => `window.dispatchEvent(new CustomEvent(${JSON.stringify(channel)}, { detail: ${expr} }))`;
        s.textContent =
          `import(${JSON.stringify(url)}).then((m) => ${tell("'imported ' + Object.keys(m).length + ' exports'")}, ` +
          `(e) => ${tell("(e && e.name) + ': ' + String(e && e.message)")});`;
        document.head.appendChild(s);
        out = (await settle(result, o.timeoutMs, 'timeout')).split(origin).join('<origin>');
        s.remove();
      } else {
        out = await viaElement(method as 'script' | 'img' | 'link' | 'iframe', url, origin);
      }
    } catch (e) {
      out = describeError(e, origin);
    }
    return { out, ms: performance.now() - t0 };
  };
  const jobs = o.jobs;
  const results: LoadResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      // Alternate which origin goes first, so neither always gets a warm path.
      const realFirst = (next & 1) === 0;
      const a = await loadOnce(job.method, realFirst ? o.real : o.fake, job.file);
      const b = await loadOnce(job.method, realFirst ? o.fake : o.real, job.file);
      const [real, fake] = realFirst ? [a, b] : [b, a];
      results.push({ file: job.file, method: job.method as LoadMethod, real: real.out, fake: fake.out, realMs: real.ms, fakeMs: fake.ms });
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  return results;
}

/** Every file by every method. */
export function allJobs(files: string[], methods: readonly LoadMethod[] = LOAD_METHODS): { file: string; method: LoadMethod }[] {
  return methods.flatMap((method) => files.map((file) => ({ file, method })));
}

/** Whether a load outcome means the page got the file (or ran it). An iframe's `load` fires for error pages too: it is judged by comparison only. */
export function loaded(method: LoadMethod, outcome: string): boolean {
  if (method === 'fetch') return outcome.startsWith('ok ');
  if (method === 'import') return outcome.startsWith('imported ');
  if (method === 'img') return /^load [1-9]/.test(outcome);
  if (method === 'script' || method === 'link') return outcome.startsWith('load');
  return false;
}

/** A load that is a finding: it worked, or the page can tell it from the made-up origin's. */
export function suspicious(r: LoadResult): boolean {
  return loaded(r.method, r.real) || r.real !== r.fake;
}

/** Findings of the URL probe: every load by the real origin that worked or that the page can tell from the made-up origin's. */
export function urlFindings(results: LoadResult[], realOrigin: string): string[] {
  const out: string[] = [];
  for (const r of results) {
    if (!suspicious(r)) continue;
    const url = `${realOrigin}/${r.file}`;
    if (loaded(r.method, r.real)) out.push(`${r.method} ${url} succeeded (${r.real})`);
    else if (r.real !== r.fake) out.push(`${r.method} ${url}: "${r.real}", but "${r.fake}" for a made-up id`);
  }
  return out;
}

// ------------------------------------------------------------------ in the page: timing

/** Per label, load times (ms) by the real origin and by the made-up one, in rounds. */
export interface TimingResult {
  label: string;
  real: number[];
  fake: number[];
}

/** One origin the timing probe loads from, and the file of each target it loads there. */
export interface TimingArm {
  name: string;
  origin: string;
}

/**
 * Times `rounds` samples of each target from every arm (an origin, with its own file per
 * target), one load at a time, the arms in an order that turns from round to round; returns
 * the samples by arm name.
 */
export async function timeLoads(o: {
  arms: TimingArm[];
  targets: { label: string; method: 'fetch' | 'img' | 'script'; files: Record<string, string> }[];
  rounds: number;
  /** Loads in a row per sample: Firefox gives pages a 1 ms clock, a batch of loads measures finer. */
  batch: number;
}): Promise<{ label: string; samples: Record<string, number[]> }[]> {
  const once = (method: string, url: string): Promise<void> => {
    if (method === 'fetch') return fetch(url).then((r) => r.arrayBuffer()).then(() => undefined, () => undefined);
    return new Promise<void>((resolve) => {
      const el = document.createElement(method === 'img' ? 'img' : 'script');
      const end = () => {
        el.remove();
        resolve();
      };
      el.addEventListener('load', end);
      el.addEventListener('error', end);
      setTimeout(end, 5000);
      (el as HTMLImageElement).src = url;
      if (method !== 'img') document.head.appendChild(el);
    });
  };
  const sample = async (method: string, url: string): Promise<number> => {
    const t0 = performance.now();
    for (let i = 0; i < o.batch; i++) await once(method, url);
    return performance.now() - t0;
  };
  const url = (arm: TimingArm, t: { files: Record<string, string> }) => `${arm.origin}/${t.files[arm.name]}`;
  const out = o.targets.map((t) => ({ label: t.label, samples: Object.fromEntries(o.arms.map((a) => [a.name, [] as number[]])) }));
  // Untimed loads first: the first requests pay for setting up the paths.
  for (const t of o.targets) for (const a of o.arms) await sample(t.method, url(a, t));
  for (let round = 0; round < o.rounds; round++) {
    for (let i = 0; i < o.targets.length; i++) {
      const t = o.targets[i]!;
      const n = o.arms.length;
      for (let j = 0; j < n; j++) {
        const arm = o.arms[(round + i + j) % n]!;
        out[i]!.samples[arm.name]!.push(await sample(t.method, url(arm, t)));
      }
    }
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Mann-Whitney U as a rank-biserial effect size in [-1, 1]: the probability that a real-origin
 * load is slower than a made-up-origin one, minus the reverse. 0: indistinguishable.
 */
export function timingEffect(real: number[], fake: number[]): number {
  let greater = 0;
  let less = 0;
  for (const a of real) for (const b of fake) {
    if (a > b) greater++;
    else if (a < b) less++;
  }
  return (greater - less) / (real.length * fake.length);
}

/** A timing target: the same kind of load of one of our files and of one of the control extension's. */
export interface TimingTarget {
  label: string;
  method: 'fetch' | 'img' | 'script';
  /** Our file. */
  ours: string;
  /** The control extension's file of the same kind, not web-accessible (the baseline). */
  baseline: string;
}

/**
 * The timing probe: rounds, loads per sample (Firefox gives pages a 1 ms clock: a sample there
 * is a batch of loads), the thresholds of a signal (rank effect size and median difference per
 * sample) against the made-up id and against the baseline, and what our id is held to:
 *  - Chromium: no difference from a made-up id at all. Measured here (150 samples a target): an
 *    installed extension with no web-accessible file answers exactly like an unknown id
 *    (effect ≤ 0.06), while one with any web-accessible file answers every URL ~0.3–0.5 ms later
 *    (effect 0.2–0.3), its other files included.
 *  - Firefox: no more difference than an installed add-on's (the control extension, installed in
 *    the same browser and timed in the same rounds). Firefox answers every moz-extension:// URL
 *    of an installed add-on, web-accessible or not, about 0.3 ms later than one of an unknown
 *    UUID (effect 0.6–0.8 at 100 samples of 3 loads); the UUID is random per install and a page
 *    can only aim at it once it has leaked, which the other checks rule out.
 */
export const TIMING = {
  rounds: 40,
  batch: { chromium: 1, firefox: 3 },
  minEffect: 0.5,
  minMs: 0.5,
  minExcessMs: 1,
  against: { chromium: 'made-up id', firefox: 'installed add-on' },
} as const;

/** The timing targets: the manifest, the annotator chunk, the content script, a missing file, an icon. */
export function timingTargets(annotatorChunk: string): TimingTarget[] {
  return [
    { label: 'fetch manifest.json', method: 'fetch', ours: 'manifest.json', baseline: 'manifest.json' },
    { label: `fetch the annotator (${annotatorChunk})`, method: 'fetch', ours: annotatorChunk, baseline: CONTROL_PRIVATE_FILE },
    { label: '<script> the content script', method: 'script', ours: 'src/content/index.js', baseline: CONTROL_PRIVATE_FILE },
    { label: 'fetch a file that does not exist', method: 'fetch', ours: 'no-such-file.js', baseline: 'no-such-file.js' },
    { label: '<img> an icon', method: 'img', ours: 'icons/icon-16.png', baseline: CONTROL_ICON },
  ];
}

/**
 * The annotator's file in a build: the classic script the background injects
 * (src/content/annotator-script.js), or in older builds the module chunk of
 * src/content/annotator.ts that the content script imported (from Vite's build manifest).
 */
export function annotatorChunk(dist: string): string {
  const files = packageFiles(dist);
  if (files.includes('src/content/annotator-script.js')) return 'src/content/annotator-script.js';
  try {
    const chunks = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
    const file = chunks['src/content/annotator.ts']?.file;
    if (file) return file;
  } catch {
    /* no build manifest */
  }
  const any = files.find((f) => /annotator/.test(f) && f.endsWith('.js'));
  if (!any) throw new Error(`no annotator file in ${dist}`);
  return any;
}

/**
 * Pools runs of the same target: each run's samples are taken relative to the median of its own
 * made-up-id samples, so that the machine getting slower or faster between runs (other work on a
 * shared machine) does not blur the comparison.
 */
function pooled(runs: TimingResult[]): { real: number[]; fake: number[] } {
  const real: number[] = [];
  const fake: number[] = [];
  for (const r of runs) {
    const m = median(r.fake);
    real.push(...r.real.map((x) => x - m));
    fake.push(...r.fake.map((x) => x - m));
  }
  return { real, fake };
}

/** Effect size, median difference and a one-line description of one target's runs. */
export function timingSummary(runs: TimingResult[]): { effect: number; deltaMs: number; signal: boolean; line: string } {
  const { real, fake } = pooled(runs);
  const effect = timingEffect(real, fake);
  const deltaMs = median(real) - median(fake);
  const signal = Math.abs(effect) >= TIMING.minEffect && Math.abs(deltaMs) >= TIMING.minMs;
  const medians = runs.map((r) => `${median(r.real).toFixed(2)}/${median(r.fake).toFixed(2)}`).join(', ');
  return {
    effect,
    deltaMs,
    signal,
    line: `real id ${deltaMs >= 0 ? '+' : ''}${deltaMs.toFixed(2)} ms against a made-up id (effect ${effect.toFixed(2)}; medians real/made-up ${medians} ms; ${real.length} samples)`,
  };
}

/**
 * Whether our id stands out by timing: against a made-up id (`against: 'made-up id'`), or more
 * than the baseline, an installed extension in the same browser, does (our real-id samples
 * against the baseline's, each relative to its own made-up id, in the direction ours goes).
 */
export function timingExcess(ours: TimingResult[], base: TimingResult[], against: 'made-up id' | 'installed add-on'): { excess: boolean; line: string } {
  const a = timingSummary(ours);
  const b = timingSummary(base);
  const dOurs = pooled(ours).real;
  const dBase = pooled(base).real;
  const effect = timingEffect(dOurs, dBase);
  const excessMs = median(dOurs) - median(dBase);
  const dir = Math.sign(a.deltaMs) || 1;
  const excess = a.signal && (against === 'made-up id' || (effect * dir >= TIMING.minEffect && excessMs * dir >= TIMING.minExcessMs));
  return {
    excess,
    line: `${ours[0]?.label}: ours ${a.line}; the control extension ${b.line}; ours beyond it by ${excessMs.toFixed(2)} ms (effect ${effect.toFixed(2)})`,
  };
}

// ------------------------------------------------------------------ comparing snapshots

/** A line of a snapshot present with the extension and not in the control (+), or the reverse (-). */
export interface Finding {
  kind: string;
  sign: '+' | '-';
  line: string;
}

function counts(lines: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) m.set(l, (m.get(l) ?? 0) + 1);
  return m;
}

/** Multiset difference of two snapshots, kind by kind. */
export function diffSnapshots(ext: Snapshot, control: Snapshot): Finding[] {
  const out: Finding[] = [];
  for (const kind of new Set([...Object.keys(ext), ...Object.keys(control)])) {
    if (TIMING_KINDS.includes(kind)) continue;
    const a = counts(ext[kind] ?? []);
    const b = counts(control[kind] ?? []);
    for (const [line, n] of a) for (let i = 0; i < n - (b.get(line) ?? 0); i++) out.push({ kind, sign: '+', line });
    for (const [line, n] of b) for (let i = 0; i < n - (a.get(line) ?? 0); i++) out.push({ kind, sign: '-', line });
  }
  return out;
}

/** The findings of `ext` against `control` that are not the page's own variation (lines that differ between two control loads). */
export function findingsAgainst(ext: Snapshot, control: Snapshot, control2: Snapshot): Finding[] {
  const noise = new Set(diffSnapshots(control, control2).map((f) => `${f.kind}\n${f.line}`));
  return diffSnapshots(ext, control).filter((f) => !noise.has(`${f.kind}\n${f.line}`));
}

/** Lines of a snapshot, of any kind, that name one of `needles` (an extension origin, its id): findings whatever the control shows. */
export function mentions(snapshot: Snapshot, needles: string[]): Finding[] {
  const out: Finding[] = [];
  for (const [kind, lines] of Object.entries(snapshot)) {
    for (const line of lines) if (needles.some((n) => line.includes(n))) out.push({ kind, sign: '+', line });
  }
  return out;
}

export const findingText = (f: Finding) => `${f.kind}: ${f.sign} ${f.line}`;

// ------------------------------------------------------------------ what a page can see on an annotated page

/** One thing a page can observe on a page Sahel Lens annotates. */
export interface Observable {
  id: string;
  /** Where it shows (snapshot kinds) and the snapshot lines it accounts for. */
  kinds: string[];
  match: RegExp;
  /** What the README says about it. */
  text: string;
}

const OVERLAY = 'html>sahel-lens-overlay';

/**
 * Everything a page can observe on a page Sahel Lens annotates, and nothing else: the probe
 * test asserts that the differences from the control page are exactly these, in both browsers
 * (every one seen, no other). The README's "What a page can see" section states the same list.
 * Not in the list because it depends on the machine's speed, not on what we add: the time our
 * work takes on the page's thread (long animation frames in Chromium).
 */
export const ANNOTATED_OBSERVABLES: readonly Observable[] = [
  {
    id: 'host-element',
    kinds: ['dom', 'mutations', 'shadow-hosts'],
    match: new RegExp(`^(${OVERLAY} (<sahel-lens-overlay style=|#shadow-root\\(open\\))|\\+ <sahel-lens-overlay style=.*> in html|${OVERLAY} \\(open shadow root\\))`),
    text: 'One `<sahel-lens-overlay>` element appended to `<html>` (a MutationObserver sees it arrive), with an inline style (absolute, 0×0, topmost z-index) and an open shadow root.',
  },
  {
    id: 'overlay-content',
    kinds: ['dom', 'data-attributes', 'stylesheets', 'computed-style', 'layout'],
    match: new RegExp(`^(${OVERLAY}( |>#shadow|#shadow )|data-[\\w-]+ on ${OVERLAY}>#shadow)`),
    text: 'Inside that shadow root, readable by the page: the markers and note cards (which sentences are marked, their labels and explanations, `data-*` attributes such as `data-sl-claim`), the overlay\'s own adopted stylesheet, and their computed styles and layout.',
  },
  {
    id: 'highlights',
    kinds: ['highlights'],
    match: /^(CSS\.highlights size=\d+|sahel-lens-[\w-]+ ranges=\d+ priority=\S+ type=\S+)$/,
    text: 'Entries named `sahel-lens-<label>` in `CSS.highlights`, whose ranges are the marked sentences.',
  },
  {
    id: 'highlight-styles',
    kinds: ['stylesheets'],
    match: /^document adopted (count=\d+|\d+ \d+ rules \S+ \[::highlight\(sahel-lens-)/,
    text: 'One stylesheet adopted by the document (`document.adoptedStyleSheets`) holding the `::highlight(sahel-lens-*)` rules.',
  },
];

/**
 * Splits the findings on an annotated page into the documented observables seen, the
 * documented ones not seen, and findings no documented item accounts for.
 */
export function matchObservables(findings: Finding[]): { seen: string[]; missing: string[]; undocumented: string[] } {
  const list = ANNOTATED_OBSERVABLES;
  const seen = new Set<string>();
  const undocumented: string[] = [];
  for (const f of findings) {
    const o = list.find((x) => x.kinds.includes(f.kind) && x.match.test(f.line));
    // A documented thing counts when it appears (+); one of the control's lines changing because
    // of it (the adopted count, CSS.highlights' size) is part of the same observation.
    if (o) seen.add(o.id);
    else undocumented.push(findingText(f));
  }
  return { seen: list.filter((o) => seen.has(o.id)).map((o) => o.id), missing: list.filter((o) => !seen.has(o.id)).map((o) => o.id), undocumented };
}
