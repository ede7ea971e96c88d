/**
 * Text out of the files a reader drops on the check page: `.txt` (UTF-8, or Latin-1 when it is
 * not valid UTF-8), `.html` (the article the page layer finds, else the body text) and `.eml`
 * (an e-mail: its Subject as title, the text/plain part, else the text/html part; quoted-printable
 * and base64 decoded; multipart followed). Pure except for `parseHtml`, which the caller passes
 * (DOMParser in the browser, linkedom in tests). Never throws: a file it cannot read is refused
 * with a reason.
 */
import { drain } from '../../engine/steps';
import { extractArticle } from '../../page/extract';
import { rangeTextSteps, stretchOfNode } from '../../page/range-text';

/** Most bytes read from a dropped file. */
export const MAX_FILE_BYTES = 5_000_000;
/** Most characters the check page annotates (extract.ts reads at most 250,000). */
export const MAX_TEXT_CHARS = 250_000;

export type FileRefusal =
  | { reason: 'unsupported'; ext: string }
  | { reason: 'too-large'; bytes: number }
  | { reason: 'too-long'; chars: number }
  | { reason: 'binary' }
  | { reason: 'empty' }
  | { reason: 'bad-eml'; detail: string };

export type FileText = { ok: true; title: string | null; text: string } | { ok: false; refusal: FileRefusal };

export type HtmlParser = (html: string) => Document;

/** The kinds of file accepted, by extension. */
export const ACCEPTED_EXTENSIONS = ['.txt', '.html', '.htm', '.eml'] as const;

export function extensionOf(name: string): string {
  const m = /\.[a-z0-9]+$/i.exec(name);
  return m ? m[0].toLowerCase() : '';
}

/** Bytes as text: UTF-8 when valid (BOM dropped), else windows-1252 (Latin-1 superset). */
export function decodeBytes(bytes: Uint8Array, charset?: string): string {
  const cs = (charset ?? '').toLowerCase().replace(/^"|"$/g, '');
  if (cs && cs !== 'utf-8' && cs !== 'utf8' && cs !== 'us-ascii') {
    try {
      return new TextDecoder(cs).decode(bytes);
    } catch {
      /* unknown charset: fall through */
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** True when the bytes look like a binary file (NUL bytes or many control characters in the first 4 KB). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** Plain text tidied: line endings unified, trailing spaces dropped, 3+ blank lines folded. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The readable text of an HTML document: the article the page layer finds, else all body text. */
export function htmlToText(html: string, parseHtml: HtmlParser): { title: string | null; text: string } {
  // A fragment (an e-mail's HTML part) gets a document around it, as a browser would build.
  const doc = parseHtml(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const found = extractArticle(doc);
  const title = found?.article.title ?? (doc.title?.trim() || null);
  if (found) return { title, text: found.article.text };
  const body = doc.body ?? doc.documentElement;
  const all = body ? drain(rangeTextSteps(stretchOfNode(body))) : null;
  return { title, text: all?.article.text ?? '' };
}

// --- e-mail (RFC 5322 / MIME) ---------------------------------------------------------------

interface MimePart {
  headers: Map<string, string>;
  body: string;
}

/** Splits a message (or part) into unfolded headers and body at the first blank line. */
export function splitHeaders(raw: string): MimePart {
  const text = raw.replace(/\r\n?/g, '\n');
  const cut = text.search(/\n\n/);
  const head = cut < 0 ? text : text.slice(0, cut);
  const body = cut < 0 ? '' : text.slice(cut + 2);
  const headers = new Map<string, string>();
  let last = '';
  for (const line of head.split('\n')) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const m = /^([!-9;-~]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    last = (m[1] as string).toLowerCase();
    headers.set(last, m[2] as string);
  }
  return { headers, body };
}

/** A header parameter (`boundary`, `charset`) of a header value. */
export function headerParam(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const m = new RegExp(`;\\s*${name}\\s*=\\s*("([^"]*)"|[^;\\s]+)`, 'i').exec(value);
  return m ? (m[2] ?? m[1]) : undefined;
}

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** Quoted-printable to bytes (soft line breaks removed). */
export function decodeQuotedPrintable(s: string): Uint8Array {
  const joined = s.replace(/=\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined[i] as string;
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const code = joined.charCodeAt(i);
      if (code < 128) bytes.push(code);
      else for (const b of new TextEncoder().encode(c)) bytes.push(b);
    }
  }
  return new Uint8Array(bytes);
}

/** Base64 to bytes; null when it is not base64. */
export function decodeBase64(s: string): Uint8Array | null {
  const clean = s.replace(/[\s]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  try {
    return latin1Bytes(atob(clean));
  } catch {
    return null;
  }
}

/** RFC 2047 encoded words in a header (`=?utf-8?Q?…?=`, `=?UTF-8?B?…?=`). */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (whole, charset: string, enc: string, data: string) => {
      const bytes = enc.toUpperCase() === 'B' ? decodeBase64(data) : decodeQuotedPrintable(data.replace(/_/g, ' '));
      return bytes ? decodeBytes(bytes, charset) : whole;
    });
}

function partText(part: MimePart): string | null {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  const charset = headerParam(part.headers.get('content-type'), 'charset');
  if (encoding === 'base64') {
    const bytes = decodeBase64(part.body);
    return bytes ? decodeBytes(bytes, charset) : null;
  }
  if (encoding === 'quoted-printable') return decodeBytes(decodeQuotedPrintable(part.body), charset);
  return charset && !/^utf-?8$|^us-ascii$/i.test(charset) ? decodeBytes(latin1Bytes(part.body), charset) : part.body;
}

/** The text/plain and text/html bodies of a message, depth-first, attachments skipped. */
function textParts(part: MimePart, depth = 0): { plain: string[]; html: string[] } {
  const out = { plain: [] as string[], html: [] as string[] };
  const type = (part.headers.get('content-type') ?? 'text/plain').split(';')[0]?.trim().toLowerCase() ?? 'text/plain';
  const disposition = (part.headers.get('content-disposition') ?? '').toLowerCase();
  if (disposition.startsWith('attachment')) return out;
  if (type.startsWith('multipart/') && depth < 8) {
    const boundary = headerParam(part.headers.get('content-type'), 'boundary');
    if (!boundary) return out;
    const pieces = part.body.split(new RegExp(`^--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*$`, 'm'));
    for (const piece of pieces.slice(1)) {
      if (!piece.trim()) continue;
      const sub = textParts(splitHeaders(piece.replace(/^\n/, '')), depth + 1);
      out.plain.push(...sub.plain);
      out.html.push(...sub.html);
    }
    return out;
  }
  const text = partText(part);
  if (text === null) return out;
  if (type === 'text/plain') out.plain.push(text);
  else if (type === 'text/html') out.html.push(text);
  return out;
}

/** The readable text of an e-mail message: Subject, then text/plain (else text/html). */
export function emlToText(raw: string, parseHtml: HtmlParser): FileText {
  const msg = splitHeaders(raw);
  if (!msg.headers.size) return { ok: false, refusal: { reason: 'bad-eml', detail: 'no mail headers (From:, Subject:…) before the first blank line' } };
  const subject = msg.headers.get('subject');
  const title = subject ? decodeEncodedWords(subject).trim() || null : null;
  const parts = textParts(msg);
  let text = '';
  if (parts.plain.some((p) => p.trim())) text = parts.plain.join('\n\n');
  else if (parts.html.length) text = htmlToText(parts.html.join('\n'), parseHtml).text;
  else return { ok: false, refusal: { reason: 'bad-eml', detail: 'no text/plain or text/html part' } };
  // Quoted replies ("> …") are kept: a forward is often what the reader wants checked.
  return finish(title, tidyText(text.replace(/^>+ ?/gm, '')));
}

function finish(title: string | null, text: string): FileText {
  if (!text.trim()) return { ok: false, refusal: { reason: 'empty' } };
  if (text.length > MAX_TEXT_CHARS) return { ok: false, refusal: { reason: 'too-long', chars: text.length } };
  return { ok: true, title, text };
}

/** Reads a dropped or picked file's bytes into text to check. */
export function fileToText(name: string, bytes: Uint8Array, parseHtml: HtmlParser): FileText {
  const ext = extensionOf(name);
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(ext)) return { ok: false, refusal: { reason: 'unsupported', ext: ext || name } };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, refusal: { reason: 'too-large', bytes: bytes.length } };
  if (bytes.length === 0) return { ok: false, refusal: { reason: 'empty' } };
  if (looksBinary(bytes)) return { ok: false, refusal: { reason: 'binary' } };
  if (ext === '.eml') return emlToText(decodeBytes(bytes), parseHtml);
  if (ext === '.html' || ext === '.htm') {
    const got = htmlToText(decodeBytes(bytes), parseHtml);
    return finish(got.title, got.text);
  }
  return finish(null, tidyText(decodeBytes(bytes)));
}

/** Pasted or typed text, checked against the same limits. */
export function pastedText(text: string): FileText {
  return finish(null, tidyText(text));
}
