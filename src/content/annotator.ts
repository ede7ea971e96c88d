/**
 * The lazy part of the content script, loaded only on pages judged to be about the Sahel (or
 * when the reader asks): settings, extraction, engine, highlights, overlay, live updates.
 *
 * One `run()` at a time (a newer one cancels an older one); each run extracts the article in
 * idle slices, has the engine annotate it — in the background when a `remoteEngine` is given
 * (the page's thread only sends the text), else, or when the background does not answer, right
 * here in short slices —, reuses the last result when the text did not change, filters claims
 * by the reader's label switches, maps them to Ranges, paints highlights and updates the
 * overlay. Every entry point catches its errors: whatever happens, the page keeps working.
 */
import browser from 'webextension-polyfill';
import type { ContextIndex } from '../context/linker';
import type { ContextPack } from '../context/types';
import { filterClaims } from '../engine/filter-claims';
import type { Annotations, ArticleText, Claim } from '../engine/types';
import { uiLanguage } from '../overlay/i18n';
import { Overlay } from '../overlay/overlay';
import { computeAnchors } from '../page/anchors';
import { extractArticleSteps, type ExtractedArticle } from '../page/extract';
import { rangeTextSteps, stretchOfRange } from '../page/range-text';
import { PageHighlighter } from '../page/highlight';
import { spanAtPoint, type Span } from '../page/hit-test';
import { watchPage, type ChangeReason, type Watcher } from '../page/observe';
import { rangeForOffsets } from '../page/ranges';
import { Cancelled, runSliced, whenIdle, type Cancel } from '../page/schedule';
import { getCustomPack, watchCustomPack } from '../settings/custom-pack';
import { isSiteEnabled } from '../settings/sites';
import { getSettings, watchSettings } from '../settings/storage';
import type { NoteLanguage, Settings } from '../settings/types';
import { saveCorrection } from '../corrections/store';
import type { CorrectionDraft } from '../corrections/model';
import type { CheckSelectionResult, EngineSite, Message, PageStatus } from '../shared/messages';
import { warnOnce } from './log';
import type { RemoteEngine } from './remote-engine';
import type { PageEngine } from './engine';
import { annotatedStatus, idleStatus } from './status';

/** How the always-on part starts the annotator. */
export interface AnnotatorInit {
  /** The page-level topic verdict from the always-on scan (null when not scanned). */
  topic: { aboutSahel: boolean; score: number } | null;
  /** Annotate even if the gate says no (popup "Annotate this page", keyboard toggle). */
  force: boolean;
  /**
   * Annotate only this stretch of the page (a reader's selection, the check page's text)
   * instead of the article the page layer finds; the topic gate does not apply.
   */
  scope?: Range | null;
  /** The page URL recorded with corrections (default: the page's own, when http(s)). */
  sourceUrl?: string | null;
  /** Told about each phase of a run (the check page shows progress). */
  onProgress?(phase: AnnotatorPhase): void;
  /** Told after each run that showed or hid annotations. */
  onUpdate?(annotator: Annotator): void;
  /**
   * Most notes marked at once (default: all). Each note costs a marker, a highlight range and a
   * layout read, all in one task: the check page caps a 200,000-character text so that task stays short.
   */
  maxShown?: number;
  /**
   * Runs the engine off the page (the background); when it rejects, this run uses the page's
   * own engine. Absent on extension pages, which have a thread of their own.
   */
  remoteEngine?: RemoteEngine;
  /** Loads the page's own engine (src/content/engine.ts), on first need. */
  pageEngine: () => Promise<PageEngine>;
}

/** The phases of a run, in order. */
export type AnnotatorPhase = 'reading' | 'context' | 'engine' | 'painting' | 'done';

/** The current selection of the window as a Range, or null when nothing (or only blanks) is selected. */
export function selectedRange(win: Window): Range | null {
  const sel = win.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !sel.toString().trim()) return null;
  return sel.getRangeAt(0).cloneRange();
}

/** How often the page may delete our host before we stop putting it back. */
const MAX_REATTACH = 3;

/** Shortest time between two layout passes (marker positions) on a page that keeps resizing. */
const LAYOUT_EVERY_MS = 200;

/**
 * Above this many elements, highlights are drawn as boxes in our shadow root instead of with
 * the CSS Custom Highlight API: adding any `::highlight()` rule to a document restyles every
 * element (measured in Chromium: ~12 ms at 1,000 elements, ~57 ms at 10,000, 350–950 ms on the
 * 100,000-element and 20 MB test pages), while boxes cost only our own shadow tree.
 */
const CSS_HIGHLIGHT_MAX_ELEMENTS = 5000;

function isHiddenInBrowser(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(el, { visibilityProperty: true }) : false;
}

/** The page's annotator. Create with `startAnnotator`. */
export class Annotator {
  private readonly win: Window;
  private readonly doc: Document;
  private settings: Settings | null = null;
  /** Built on first need, in a task of its own (building the index takes a while). */
  private context: ContextIndex | null = null;
  /** The reader's own pack for the page's engine: read on first need (undefined until then). */
  private customPack: ContextPack | null | undefined = undefined;
  /** Where the engine ran for the current annotations. */
  private engineSite: EngineSite | null = null;
  private topic: AnnotatorInit['topic'];
  private forced: boolean;
  private userHidden = false;
  private scope: Range | null;
  private readonly init: AnnotatorInit;

  private extracted: ExtractedArticle | null = null;
  private annotations: Annotations | null = null;
  private lastKey = '';
  private shown: Claim[] = [];
  private ranges = new Map<string, Range>();
  private spans: Span[] = [];

  private highlighter: PageHighlighter | null = null;
  private overlay: Overlay | null = null;
  private watcher: Watcher | null = null;
  private reattached = 0;
  private resizeObserver: ResizeObserver | null = null;
  private layoutFrame = 0;
  private layoutTimer: ReturnType<typeof setTimeout> | null = null;
  private lastLayoutAt = 0;
  private lastLayoutSig = '';

  private runSeq = 0;
  private cancel: Cancel = { cancelled: false };
  private running: Promise<void> = Promise.resolve();
  private lastSent = '';
  private readonly stops: (() => void)[] = [];
  private destroyed = false;

  constructor(win: Window, init: AnnotatorInit) {
    this.win = win;
    this.doc = win.document;
    this.topic = init.topic;
    this.forced = init.force;
    this.scope = init.scope ?? null;
    this.init = init;
  }

  /** Loads settings, starts watching them and the reader's pack, and runs once. */
  async start(): Promise<void> {
    const { settings } = await getSettings();
    this.settings = settings;
    this.stops.push(
      watchSettings((s) => this.safely('settings', () => this.applySettings(s))),
      watchCustomPack((stored) =>
        this.safely('context pack', () => {
          this.customPack = stored?.pack ?? null;
          this.context = null;
          this.lastKey = '';
          void this.run();
        }),
      ),
    );
    await this.run();
  }

  /** True when settings, the reader's toggle and "annotate now" allow annotations here. */
  private wanted(): boolean {
    if (this.userHidden || !this.settings) return false;
    return this.scope !== null || this.forced || isSiteEnabled(this.settings, this.win.location.hostname);
  }

  private applySettings(next: Settings): void {
    const prev = this.settings;
    this.settings = next;
    const host = this.win.location.hostname;
    // Flipping the switch (globally or for this site) overrides an earlier "annotate now".
    if (prev && isSiteEnabled(prev, host) !== isSiteEnabled(next, host)) this.forced = false;
    if (prev?.noteLanguage !== next.noteLanguage) this.lastKey = '';
    void this.run();
  }

  /** Re-reads the page and shows (or removes) annotations. Later calls supersede earlier ones. */
  run(): Promise<void> {
    const seq = ++this.runSeq;
    this.cancel.cancelled = true;
    const cancel: Cancel = { cancelled: false };
    this.cancel = cancel;
    const job = this.running
      .catch(() => undefined)
      .then(() => (seq === this.runSeq ? this.runOnce(cancel) : undefined))
      .catch((e: unknown) => {
        if (!(e instanceof Cancelled)) warnOnce('annotation failed', e);
      });
    this.running = job;
    return job;
  }

  private async runOnce(cancel: Cancel): Promise<void> {
    if (this.destroyed) return;
    if (!this.wanted()) {
      this.hide();
      this.stopWatching();
      this.report();
      return;
    }
    this.startWatching();
    this.init.onProgress?.('reading');
    const url = this.win.location.href;
    const extracted = await runSliced(
      this.win,
      this.scope ? rangeTextSteps(stretchOfRange(this.scope), { url }) : extractArticleSteps(this.doc, { isHidden: isHiddenInBrowser, url }),
      { cancel },
    );
    if (cancel.cancelled || this.destroyed) throw new Cancelled();
    this.extracted = extracted;
    if (!extracted || !this.settings) {
      this.annotations = null;
      this.hide();
      this.report();
      return;
    }
    // Each heavy step gets a task of its own (index, engine, painting, layout), so they never
    // add up to one long task: the page gets the main thread back in between.
    const force = this.forced || this.scope !== null;
    const key = `${this.settings.noteLanguage}|${force}|${extracted.article.text}`;
    if (key !== this.lastKey || !this.annotations) {
      this.annotations = await this.runEngine(extracted.article, { noteLanguage: this.settings.noteLanguage, force }, cancel);
      if (cancel.cancelled || this.destroyed) throw new Cancelled();
      this.lastKey = key;
    }
    this.init.onProgress?.('painting');
    await this.pause(cancel);
    this.show(extracted, this.annotations, this.settings);
    this.report();
    this.init.onProgress?.('done');
    this.init.onUpdate?.(this);
  }

  /**
   * Annotates the article: through the remote engine when there is one, else (or when it
   * rejects: no answer in time, an error, a malformed reply) with the page's own engine, which
   * builds its context index first, each in short slices.
   */
  private async runEngine(article: ArticleText, options: { noteLanguage: NoteLanguage; force: boolean }, cancel: Cancel): Promise<Annotations> {
    const remote = this.init.remoteEngine;
    if (remote) {
      this.init.onProgress?.('engine');
      try {
        const annotations = await remote(article, options);
        this.engineSite = 'background';
        return annotations;
      } catch (e) {
        if (cancel.cancelled || this.destroyed) throw new Cancelled();
        warnOnce('the background engine did not answer; annotating on the page', e);
      }
    }
    const { engineSteps, pageContextSteps } = await this.init.pageEngine();
    if (!this.context) {
      this.init.onProgress?.('context');
      await this.pause(cancel);
      if (this.customPack === undefined) this.customPack = (await getCustomPack().catch(() => null))?.pack ?? null;
      this.context = await runSliced(this.win, pageContextSteps(this.customPack), { cancel });
    }
    this.init.onProgress?.('engine');
    await this.pause(cancel);
    const annotations = await runSliced(this.win, engineSteps(article, { ...options, context: this.context }), { cancel });
    this.engineSite = 'page';
    return annotations;
  }

  /** Ends the current task; the caller continues in a later idle period. Throws Cancelled when superseded. */
  private async pause(cancel: Cancel): Promise<void> {
    await whenIdle(this.win, 250);
    if (cancel.cancelled || this.destroyed) throw new Cancelled();
  }

  /** Maps claims to ranges, paints them, and renders the overlay. */
  private show(extracted: ExtractedArticle, annotations: Annotations, settings: Settings): void {
    const all = annotations.aboutSahel || this.forced || this.scope ? filterClaims(annotations.claims, settings.labels) : [];
    const claims = this.init.maxShown !== undefined && all.length > this.init.maxShown ? all.slice(0, this.init.maxShown) : all;
    const ranges = new Map<string, Range>();
    const shown: Claim[] = [];
    for (const c of claims) {
      const r = rangeForOffsets(extracted.map, c.start, c.end);
      if (!r) continue;
      ranges.set(c.id, r);
      shown.push(c);
    }
    this.shown = shown;
    this.ranges = ranges;
    this.spans = shown.map((c) => ({ id: c.id, start: c.start, end: c.end })).sort((a, b) => a.start - b.start);
    if (!shown.length) {
      this.hide();
      return;
    }
    const overlay = this.ensureOverlay();
    const highlighter = (this.highlighter ??= new PageHighlighter(this.doc, {
      fallbackLayer: () => this.overlay?.layer ?? null,
      ...(this.doc.getElementsByTagName('*').length > CSS_HIGHLIGHT_MAX_ELEMENTS ? { mode: 'boxes' as const } : {}),
    }));
    highlighter.set(shown.map((c) => ({ id: c.id, range: ranges.get(c.id) as Range, labels: c.labels })));
    overlay.update({ lang: uiLanguage(settings.noteLanguage, annotations), claims: shown });
    // Layout reads in the next frame, in their own task (the style is fresh by then).
    this.lastLayoutSig = '';
    this.scheduleLayout();
    this.observeLayout(extracted.root);
    this.watcher?.flushOwn();
  }

  /** Removes highlights and the overlay (annotations can come back on the next run). */
  private hide(): void {
    this.shown = [];
    this.ranges = new Map();
    this.spans = [];
    this.highlighter?.clear();
    if (this.overlay) {
      this.overlay.destroy();
      this.overlay = null;
      this.win.document.removeEventListener('click', this.onClick, true);
      this.win.removeEventListener('resize', this.onResize);
    }
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.watcher?.flushOwn();
  }

  private ensureOverlay(): Overlay {
    if (this.overlay) {
      if (!this.overlay.attached && this.reattached < MAX_REATTACH) {
        this.reattached++;
        this.overlay.reattach();
      }
      return this.overlay;
    }
    this.overlay = new Overlay(this.doc, {
      onActiveChange: (id) => this.highlighter?.setActive(id),
      onCorrection: (draft) => this.saveCorrection(draft),
    });
    this.lastLayoutSig = '';
    this.doc.addEventListener('click', this.onClick, true);
    this.win.addEventListener('resize', this.onResize, { passive: true });
    return this.overlay;
  }

  /** Reads the layout once and moves markers (and fallback boxes) to their sentences. */
  private layoutNow(): void {
    const overlay = this.overlay;
    if (!overlay || !this.extracted) return;
    const origin = overlay.host.getBoundingClientRect();
    const col = this.extracted.root.getBoundingClientRect();
    const width = this.doc.documentElement.clientWidth || this.win.innerWidth;
    const anchors = computeAnchors(
      this.shown.map((c) => ({ id: c.id, range: this.ranges.get(c.id) as Range })),
      { origin, column: col.width > 0 ? { left: col.left, right: col.right } : null, viewportWidth: width },
    );
    const viewport = { width, scrollX: this.win.scrollX };
    // Pages that resize all the time (a live ticker) must not make us re-render for nothing.
    const sig = JSON.stringify([viewport, [...anchors]]);
    this.lastLayoutAt = Date.now();
    if (sig === this.lastLayoutSig) return;
    this.lastLayoutSig = sig;
    // Reads before writes: fallback boxes measure (no write yet), then boxes and markers are
    // written, so the browser lays the page out once, not once per write.
    this.highlighter?.refresh();
    overlay.update({ anchors, viewport });
    this.watcher?.flushOwn();
  }

  /** Layout in the next frame, at most every LAYOUT_EVERY_MS however often the page resizes. */
  private scheduleLayout(): void {
    if (this.layoutFrame || this.layoutTimer) return;
    const wait = Math.max(0, this.lastLayoutAt + LAYOUT_EVERY_MS - Date.now());
    const inFrame = (): void => {
      this.layoutTimer = null;
      this.layoutFrame = this.win.requestAnimationFrame(() => {
        this.layoutFrame = 0;
        this.safely('layout', () => this.layoutNow());
      });
    };
    if (wait > 0) this.layoutTimer = setTimeout(inFrame, wait);
    else inFrame();
  }

  private observeLayout(root: Element): void {
    const RO = (this.win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (!RO) return;
    this.resizeObserver?.disconnect();
    this.resizeObserver = new RO(() => this.scheduleLayout());
    // The root for text reflow; the body for things above the article that push it down.
    this.resizeObserver.observe(root);
    if (this.doc.body) this.resizeObserver.observe(this.doc.body);
  }

  private readonly onResize = (): void => this.scheduleLayout();

  private readonly onClick = (e: MouseEvent): void => {
    this.safely('click', () => {
      const overlay = this.overlay;
      if (!overlay || !this.extracted || e.button !== 0) return;
      if (e.composedPath?.().includes(overlay.host)) return;
      const target = e.target as Element | null;
      if (target?.closest?.('a[href],button,input,select,textarea,label,summary,[contenteditable=""],[contenteditable="true"]')) return;
      const sel = this.win.getSelection();
      if (sel && !sel.isCollapsed) return; // the reader is selecting text
      const id = spanAtPoint(this.doc, e.clientX, e.clientY, this.extracted.map, this.spans, (sid) => this.ranges.get(sid) ?? null);
      if (id) overlay.openClaim(id, { focus: true });
      else if (overlay.openClaimId) overlay.closeCard(false);
    });
  };

  private startWatching(): void {
    if (this.watcher) return;
    this.watcher = watchPage({
      win: this.win,
      getRoot: () => this.extracted?.root ?? null,
      isOwn: (node) =>
        (!!this.overlay && this.overlay.isOwn(node)) ||
        (node.nodeType === 1 && (node as Element).hasAttribute('data-sahel-lens')),
      onChange: (reason) => this.safely('page change', () => this.onPageChange(reason)),
    });
  }

  private stopWatching(): void {
    this.watcher?.stop();
    this.watcher = null;
  }

  private onPageChange(reason: ChangeReason): void {
    if (reason === 'host-removed') {
      if (this.overlay && this.reattached < MAX_REATTACH) {
        this.reattached++;
        this.overlay.reattach();
        this.watcher?.flushOwn();
      }
      return;
    }
    if (reason === 'root-removed' || reason === 'navigation') {
      // The article is gone (or we are on another page): its annotations go now.
      if (reason === 'navigation') {
        this.forced = false;
        this.scope = null;
        this.lastKey = '';
        this.topic = null;
      }
      this.extracted = null;
      this.hide();
      this.report();
      return; // the watcher schedules the re-read once the page settles
    }
    void this.run();
  }

  /** The current PageStatus. */
  status(): PageStatus {
    if (!this.annotations || !this.extracted) return idleStatus(this.topic, !!this.extracted);
    const status = annotatedStatus(this.annotations, this.shown, !!this.overlay);
    return this.engineSite ? { ...status, engine: this.engineSite } : status;
  }

  /** Tells the background (toolbar badge) when the status changed. */
  private report(): void {
    if (this.destroyed) return;
    const status = this.status();
    const json = JSON.stringify(status);
    if (json === this.lastSent) return;
    this.lastSent = json;
    try {
      void browser.runtime.sendMessage({ type: 'content:status', status }).catch(() => undefined);
    } catch {
      /* extension context gone (reloaded): nothing to tell */
    }
  }

  /**
   * Answers one of our messages; undefined for messages this script does not answer (so
   * another listener may).
   */
  handleMessage(msg: Message): Promise<PageStatus | CheckSelectionResult> | undefined {
    switch (msg.type) {
      case 'background:check-selection':
        return this.checkSelection();
      case 'popup:get-status':
        return this.running.then(() => this.status());
      case 'popup:open-summary':
        return this.running.then(() => {
          this.overlay?.openSummary();
          return this.status();
        });
      case 'popup:annotate-now':
        this.forced = true;
        this.userHidden = false;
        this.scope = null;
        return this.run().then(() => this.status());
      case 'background:toggle':
        if (this.overlay) {
          this.userHidden = true;
          this.scope = null;
        } else {
          this.userHidden = false;
          this.forced = true;
        }
        return this.run().then(() => this.status());
      default:
        return undefined;
    }
  }

  /** Answers `background:check-selection`: annotates the current selection, if any. */
  checkSelection(): Promise<CheckSelectionResult> {
    const range = selectedRange(this.win);
    if (!range) return Promise.resolve({ ok: false, reason: 'no-selection' });
    return this.checkRange(range);
  }

  /**
   * Annotates just `range` (the reader's selection) from now on, until the page navigates or the
   * reader asks for the whole page. Resolves with what was shown.
   */
  async checkRange(range: Range): Promise<CheckSelectionResult> {
    this.scope = range;
    this.userHidden = false;
    // No reset of lastKey: the engine result is reused only when the selected text is the same.
    await this.run();
    return { ok: true, total: this.shown.length, text: this.extracted?.article.text ?? range.toString() };
  }

  /** How many notes are marked on the page now. */
  get shownCount(): number {
    return this.shown.length;
  }

  /** The engine's result of the last run (null before one). */
  get result(): Annotations | null {
    return this.annotations;
  }

  /** Sentences of the last run that got no note from the engine (label switches aside), in order. */
  unmarkedSentences(): { start: number; end: number; text: string }[] {
    const a = this.annotations;
    const text = this.extracted?.article.text;
    if (!a || text === undefined) return [];
    const flagged = a.claims.map((c) => [c.start, c.end] as const);
    return a.sentences
      .filter((s) => !flagged.some(([cs, ce]) => cs < s.end && ce > s.start))
      .map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end).trim() }))
      .filter((s) => s.text.length > 0);
  }

  /** Where a correction made here comes from: the init's URL, else this page's if http(s). */
  correctionUrl(): string | null {
    if (this.init.sourceUrl !== undefined) return this.init.sourceUrl;
    const href = this.win.location.href;
    return /^https?:/i.test(href) ? href : null;
  }

  /** Stores a reader's correction (storage.local only; nothing leaves the browser). */
  saveCorrection(draft: Omit<CorrectionDraft, 'url' | 'language'>): Promise<void> {
    return saveCorrection({ ...draft, url: this.correctionUrl(), language: this.annotations?.language ?? 'en' }).then(() => undefined);
  }

  /** Removes everything and stops every watcher. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.cancel.cancelled = true;
    this.hide();
    this.highlighter?.destroy();
    this.stopWatching();
    for (const stop of this.stops.splice(0)) {
      try {
        stop();
      } catch {
        /* already stopped */
      }
    }
    if (this.layoutFrame) this.win.cancelAnimationFrame(this.layoutFrame);
    if (this.layoutTimer) clearTimeout(this.layoutTimer);
  }

  private safely(what: string, fn: () => void): void {
    try {
      fn();
    } catch (e) {
      warnOnce(what, e);
    }
  }
}

/** Creates the annotator and runs it once (errors are caught and reported once, never thrown). */
export async function startAnnotator(win: Window, init: AnnotatorInit): Promise<Annotator> {
  const a = new Annotator(win, init);
  try {
    await a.start();
  } catch (e) {
    warnOnce('could not start', e);
  }
  return a;
}
