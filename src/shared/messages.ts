/**
 * Typed messages between content script, popup, options and background.
 * Names are prefixed by the sender. Every message is validated on receipt with
 * `parseMessage`; anything malformed yields null and is ignored.
 */
import type { ArticleText, Label } from '../engine/types';
import type { NoteLanguage } from '../settings/types';
import { parseArticleText } from './engine-wire';

export interface PageStatus {
  /** The content script ran on this page and found an article. */
  article: boolean;
  aboutSahel: boolean;
  topicScore: number;
  counts: Record<Label, number>;
  /** Flagged sentences currently shown (after the label filters). */
  total: number;
  language: 'en' | 'fr' | null;
  /** Annotations currently shown on the page. */
  active: boolean;
  /**
   * Where the engine ran for what is shown: in the background (the usual case) or on the page
   * (the fallback when the background did not answer); absent before any engine run.
   */
  engine?: EngineSite;
}

/** Where the claim engine ran. */
export type EngineSite = 'background' | 'page';

export type Message =
  /** content → background: update the toolbar badge for the sender's tab. */
  | { type: 'content:status'; status: PageStatus }
  /** popup → content: what did you find? (response: PageStatus) */
  | { type: 'popup:get-status' }
  /** popup → content: open the summary panel. */
  | { type: 'popup:open-summary' }
  /** popup/background → content: annotate this page even if not on the list / not judged Sahel. */
  | { type: 'popup:annotate-now' }
  /** background → content: toggle annotations on this page (keyboard command). */
  | { type: 'background:toggle' }
  /**
   * background → content: annotate just the reader's current selection (context menu, or the
   * keyboard shortcut with text selected). Response: CheckSelectionResult.
   */
  | { type: 'background:check-selection' }
  /**
   * test/e2e, options or content → background: open an extension page in a tab (Firefox tests).
   * `path` is one of the extension's own pages (see EXTENSION_PAGES). When the page is the
   * popup, it is opened as `?tab=<id>` for `tabId`, or else for the sender's tab.
   */
  | { type: 'options:open-page'; path: string; tabId?: number }
  /**
   * popup → background: make sure the content script runs in `tabId` (injecting it with
   * activeTab + scripting when the site is not on the list); with `force`, then send it
   * `popup:annotate-now`. Response: AnnotateTabResult.
   */
  | { type: 'popup:annotate-tab'; tabId: number; force: boolean }
  /**
   * popup/tests or content → background: the toolbar badge text of `tabId` (or of the
   * sender's tab). Response: { text: string }. Lets e2e tests read the badge in Firefox.
   */
  | { type: 'popup:get-badge'; tabId?: number }
  /**
   * content → background: inject the annotator (src/content/annotator-script.ts) into the
   * sender's frame with scripting.executeScript, so that no extension file is ever
   * web-accessible. Response: BackgroundReply.
   */
  | { type: 'content:load-annotator' }
  /**
   * content → background: inject the page's own engine (src/content/page-engine-script.ts) into
   * the sender's frame, when the background engine did not answer. Response: BackgroundReply.
   */
  | { type: 'content:load-page-engine' }
  /**
   * content → background: run the claim engine on `article` (in the background, off the page's
   * main thread). Response: EngineReply.
   */
  | { type: 'content:annotate'; article: ArticleText; noteLanguage: NoteLanguage; force: boolean };

/** Response to `content:load-annotator`. */
export type BackgroundReply = { ok: true } | { ok: false; detail: string };

/** Response to `content:annotate`: the annotations (checked on receipt with parseAnnotations). */
export type EngineReply = { ok: true; annotations: unknown } | { ok: false; detail: string };

/** Response to `popup:annotate-tab`. */
export type AnnotateTabResult =
  | { ok: true; injected: boolean }
  /** no-access: no activeTab grant / host permission; unsupported: not an http(s) page. */
  | { ok: false; reason: 'no-access' | 'unsupported' | 'failed'; detail?: string };

/**
 * Response to `background:check-selection`: the selection was annotated in place (`total`
 * notes shown on it; `text` and `language` so a selection without a note can open in the
 * check page), or there is no selection in the top frame.
 */
export type CheckSelectionResult =
  | { ok: true; total: number; text: string }
  | { ok: false; reason: 'no-selection' };

/** Validates a CheckSelectionResult received from a tab; null if malformed. */
export function parseCheckSelectionResult(raw: unknown): CheckSelectionResult | null {
  if (!isRecord(raw)) return null;
  if (raw.ok === false && raw.reason === 'no-selection') return { ok: false, reason: 'no-selection' };
  if (raw.ok === true && typeof raw.total === 'number' && typeof raw.text === 'string') return { ok: true, total: raw.total, text: raw.text };
  return null;
}

/** The check page (issue 15): paste, type or drop a text to annotate it. */
export const CHECK_PAGE = 'src/check/index.html';

/** The extension pages `options:open-page` may open (paths as built, relative to the root). */
export const EXTENSION_PAGES: readonly string[] = ['src/popup/index.html', 'src/options/index.html', 'src/welcome/index.html', CHECK_PAGE];

export type MessageType = Message['type'];

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'content:status',
  'popup:get-status',
  'popup:open-summary',
  'popup:annotate-now',
  'background:toggle',
  'background:check-selection',
  'options:open-page',
  'popup:annotate-tab',
  'popup:get-badge',
  'content:load-annotator',
  'content:load-page-engine',
  'content:annotate',
]);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isTabId(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** Validates a PageStatus received as a response to `popup:get-status`; null if malformed. */
export function parsePageStatus(raw: unknown): PageStatus | null {
  return isStatus(raw) ? raw : null;
}

function isStatus(v: unknown): v is PageStatus {
  if (!isRecord(v)) return false;
  const counts = v.counts;
  return (
    typeof v.article === 'boolean' &&
    typeof v.aboutSahel === 'boolean' &&
    typeof v.topicScore === 'number' &&
    typeof v.total === 'number' &&
    typeof v.active === 'boolean' &&
    (v.engine === undefined || v.engine === 'background' || v.engine === 'page') &&
    (v.language === 'en' || v.language === 'fr' || v.language === null) &&
    isRecord(counts) &&
    ['unverified', 'party-claim', 'figure', 'analyst'].every((k) => typeof counts[k] === 'number')
  );
}

/** Validates an incoming message; returns null for anything that is not one of ours. */
export function parseMessage(raw: unknown): Message | null {
  if (!isRecord(raw) || typeof raw.type !== 'string' || !TYPES.has(raw.type)) return null;
  switch (raw.type) {
    case 'content:status':
      return isStatus(raw.status) ? { type: 'content:status', status: raw.status } : null;
    case 'options:open-page':
      if (typeof raw.path !== 'string' || !/^[a-z0-9/_-]+\.html$/i.test(raw.path)) return null;
      if (raw.tabId !== undefined && !isTabId(raw.tabId)) return null;
      return raw.tabId === undefined
        ? { type: 'options:open-page', path: raw.path }
        : { type: 'options:open-page', path: raw.path, tabId: raw.tabId };
    case 'popup:annotate-tab':
      return isTabId(raw.tabId) && typeof raw.force === 'boolean'
        ? { type: 'popup:annotate-tab', tabId: raw.tabId, force: raw.force }
        : null;
    case 'popup:get-badge':
      if (raw.tabId === undefined) return { type: 'popup:get-badge' };
      return isTabId(raw.tabId) ? { type: 'popup:get-badge', tabId: raw.tabId } : null;
    case 'content:annotate': {
      const article = parseArticleText(raw.article);
      const lang = raw.noteLanguage;
      if (!article || typeof raw.force !== 'boolean' || (lang !== 'auto' && lang !== 'en' && lang !== 'fr')) return null;
      return { type: 'content:annotate', article, noteLanguage: lang, force: raw.force };
    }
    default:
      return {
        type: raw.type as Exclude<
          MessageType,
          'content:status' | 'options:open-page' | 'popup:annotate-tab' | 'popup:get-badge' | 'content:annotate'
        >,
      };
  }
}
