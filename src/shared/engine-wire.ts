/**
 * The engine's data as it crosses between the page and the background (`content:annotate`):
 * the article going out, the annotations coming back. Both sides are our own code, but a
 * message is still checked on receipt like every other (a confused sender, a version skew
 * after an update): whatever does not have the engine's shape is refused as a whole, and the
 * page then runs its own engine. Pure; no schema library (this runs in the lazy annotator).
 */
import { LABELS, type Annotations, type ArticleText, type Claim, type Figure, type Label, type Lang, type Link, type Source } from '../engine/types';

/** The longest article text sent to the background (characters); longer pages run the page's engine. */
export const MAX_WIRE_TEXT = 2_000_000;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isLang = (v: unknown): v is Lang => v === 'en' || v === 'fr';
const isLabel = (v: unknown): v is Label => (LABELS as readonly unknown[]).includes(v);
const optStr = (v: unknown): boolean => v === undefined || isStr(v);
const optNum = (v: unknown): boolean => v === undefined || isNum(v);
const listOf = <T>(v: unknown, ok: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(ok);
const isString = (x: unknown): x is string => isStr(x);
const BLOCK_KINDS: ReadonlySet<unknown> = new Set(['p', 'h', 'li', 'quote', 'caption']);

function isSpan(v: Rec | unknown, length: number): boolean {
  return isRec(v) && isOffset(v.start) && isOffset(v.end) && v.start <= v.end && v.end <= length;
}

/** Validates an article to annotate; null when malformed or longer than MAX_WIRE_TEXT. */
export function parseArticleText(raw: unknown): ArticleText | null {
  if (!isRec(raw) || !isStr(raw.text) || raw.text.length > MAX_WIRE_TEXT) return null;
  if (!optStr(raw.title) || !optStr(raw.langHint) || !optStr(raw.url)) return null;
  const length = raw.text.length;
  if (!Array.isArray(raw.blocks) || !raw.blocks.every((b) => isSpan(b, length) && BLOCK_KINDS.has((b as Rec).kind))) return null;
  const article: ArticleText = { text: raw.text, blocks: (raw.blocks as Rec[]).map((b) => ({ start: b.start, end: b.end, kind: b.kind }) as ArticleText['blocks'][number]) };
  if (isStr(raw.title)) article.title = raw.title;
  if (isStr(raw.langHint)) article.langHint = raw.langHint;
  if (isStr(raw.url)) article.url = raw.url;
  return article;
}

const isLink = (v: unknown): v is Link => isRec(v) && isStr(v.title) && isStr(v.url) && /^https:\/\//.test(v.url);

function isSource(v: unknown): v is Source {
  return (
    isRec(v) &&
    (v.kind === 'party' || v.kind === 'analyst' || v.kind === 'other') &&
    isStr(v.name) &&
    optStr(v.label) &&
    optStr(v.person) &&
    optStr(v.entityId) &&
    optStr(v.cue) &&
    (v.carried === undefined || typeof v.carried === 'boolean')
  );
}

function isFigure(v: unknown): v is Figure {
  return isRec(v) && isStr(v.text) && isOffset(v.start) && isOffset(v.end) && optNum(v.value) && typeof v.approximate === 'boolean' && optStr(v.counts) && optStr(v.givenBy);
}

function isClaim(v: unknown, length: number): v is Claim {
  return (
    isRec(v) &&
    isSpan(v, length) &&
    isStr(v.id) &&
    isStr(v.text) &&
    listOf(v.labels, isLabel) &&
    (v.source === undefined || isSource(v.source)) &&
    listOf(v.figures, isFigure) &&
    optStr(v.coveredBy) &&
    (v.covers === undefined || listOf(v.covers, isString)) &&
    listOf(v.conflictsWith, isString) &&
    isStr(v.explanation) &&
    listOf(v.links, isLink) &&
    listOf(v.entityIds, isString)
  );
}

/**
 * Validates the annotations of `text` (offsets must fall inside it); null when anything is out
 * of shape. Links must be https: the overlay turns them into anchors on a page that is not ours.
 */
export function parseAnnotations(raw: unknown, text: string): Annotations | null {
  if (!isRec(raw)) return null;
  const length = text.length;
  const ok =
    isLang(raw.language) &&
    isLang(raw.noteLanguage) &&
    typeof raw.aboutSahel === 'boolean' &&
    isNum(raw.topicScore) &&
    listOf(raw.topicReasons, isString) &&
    Array.isArray(raw.sentences) &&
    raw.sentences.every((s) => isSpan(s, length) && isOffset((s as Rec).block)) &&
    Array.isArray(raw.claims) &&
    raw.claims.every((c) => isClaim(c, length)) &&
    Array.isArray(raw.entities) &&
    raw.entities.every((e) => isRec(e) && isStr(e.id) && isStr(e.name) && isStr(e.kind) && Array.isArray(e.mentions) && e.mentions.every((m) => isSpan(m, length)));
  return ok ? (raw as unknown as Annotations) : null;
}
