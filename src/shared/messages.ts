/**
 * Typed messages between content script, popup, options and background.
 * Names are prefixed by the sender. Every message is validated on receipt with
 * `parseMessage`; anything malformed yields null and is ignored.
 */
import type { Label } from '../engine/types';

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
}

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
  /** test/e2e or options → background: open an extension page in a tab (Firefox tests). */
  | { type: 'options:open-page'; path: string };

export type MessageType = Message['type'];

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'content:status',
  'popup:get-status',
  'popup:open-summary',
  'popup:annotate-now',
  'background:toggle',
  'options:open-page',
]);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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
      return typeof raw.path === 'string' && /^[a-z0-9/_-]+\.html$/i.test(raw.path)
        ? { type: 'options:open-page', path: raw.path }
        : null;
    default:
      return { type: raw.type as Exclude<MessageType, 'content:status' | 'options:open-page'> };
  }
}
