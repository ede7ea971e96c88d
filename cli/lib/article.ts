/**
 * Node helpers: turn a `.txt` article (title line, blank line, paragraphs separated by blank
 * lines) into the engine's `ArticleText`, and tell readable text from binary input.
 */
import type { ArticleBlock, ArticleText } from '../../src/engine/types.ts';

/**
 * Parses the corpus `.txt` format. The body's paragraphs are joined by "\n\n" so that every
 * gold sentence (verbatim in the file) is found verbatim in `text`. Lines inside a paragraph
 * are kept as they are. A file without a blank line after its first line is read as a body
 * with no title.
 */
export function articleFromTxt(raw: string): ArticleText {
  const src = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = src.split('\n');
  let title: string | undefined;
  let bodyStart = 0;
  if (lines.length > 1 && (lines[0] ?? '').trim() !== '' && (lines[1] ?? '').trim() === '') {
    title = (lines[0] ?? '').trim();
    bodyStart = 2;
  }
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      if (current.length) paragraphs.push(current.join('\n'));
      current = [];
    } else {
      current.push(line.trimEnd());
    }
  }
  if (current.length) paragraphs.push(current.join('\n'));
  return articleFromParagraphs(paragraphs, title);
}

/** Builds an ArticleText from paragraph strings (blocks joined by "\n\n"). */
export function articleFromParagraphs(paragraphs: string[], title?: string): ArticleText {
  const blocks: ArticleBlock[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    const start = text.length;
    text += p;
    blocks.push({ start, end: text.length, kind: 'p' });
  }
  const art: ArticleText = { text, blocks };
  if (title) art.title = title;
  return art;
}

/**
 * True when a buffer looks like binary data rather than text: a NUL byte, or many control
 * characters in the first 8 kB, or invalid UTF-8.
 */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i] ?? 0;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  if (n > 0 && ctrl / n > 0.05) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return true;
  }
  return false;
}
